// Tests, like the command line, have every language's messages at hand.
import { registerAllLangs } from '../src/core/messages/all-langs';

registerAllLangs();
