import { Lang } from '../../status';
import { en } from './en';
import { ro } from './ro';
import { ru } from './ru';
import { COMPARISON_SECTIONS } from './comparison';

export const DEFAULT_TEMPLATES: Record<Lang, string> = {
  ro: ro + COMPARISON_SECTIONS.ro,
  en: en + COMPARISON_SECTIONS.en,
  ru: ru + COMPARISON_SECTIONS.ru,
};
