import { Lang } from '../../status';
import { en } from './en';
import { ro } from './ro';
import { ru } from './ru';

export const DEFAULT_TEMPLATES: Record<Lang, string> = { ro, en, ru };
