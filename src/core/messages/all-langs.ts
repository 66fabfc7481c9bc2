import { pack as en } from './lang-en';
import { pack as ru } from './lang-ru';
import { registerLang } from './langs';

/** Every language at once: for the command line, the ribbon, workers and the pane's later views. */
export function registerAllLangs(): void {
  registerLang('en', en);
  registerLang('ru', ru);
}
