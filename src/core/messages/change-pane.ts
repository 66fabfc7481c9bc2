import { Lang } from '../status';
import { interpolate } from './index';

/** What a fix or an edit changed, as the pane tells it (loaded with the first change, not with the pane). */
const ro = {
  change_line: '{cell}: „{before}” → „{after}”',
  fixed_here: 'Corectat {change}.',
  fixed_all: 'Corectate {count} celule dintr-un clic: {cells}. „Anulează ultima modificare” le readuce pe toate.',
  change_kept: '{cell}: „{before}” → „{after}”, restul textului păstrat',
  change_added: '{cell}: scris „{after}”',
};

type Key = keyof typeof ro;

const en: Record<Key, string> = {
  change_line: '{cell}: "{before}" → "{after}"',
  fixed_here: 'Fixed {change}.',
  fixed_all: 'Fixed {count} cells in one click: {cells}. "Undo last change" takes them all back.',
  change_kept: '{cell}: "{before}" → "{after}", the rest of the text kept',
  change_added: '{cell}: wrote "{after}"',
};
const ru: Record<Key, string> = {
  change_line: '{cell}: «{before}» → «{after}»',
  fixed_here: 'Исправлено {change}.',
  fixed_all: 'Исправлено ячеек одним нажатием: {count} ({cells}). «Отменить последнее изменение» вернёт их все.',
  change_kept: '{cell}: «{before}» → «{after}», остальной текст сохранён',
  change_added: '{cell}: записано «{after}»',
};

/** Every language's table, for tests that read the whole catalog. */
export const CHANGE_CATALOG: Readonly<Record<Lang, Readonly<Record<Key, string>>>> = { ro, en, ru };

export type ChangeKey = Key;

export function changeMessage(lang: Lang, key: Key, params: Record<string, string | number> = {}): string {
  return interpolate(CHANGE_CATALOG[lang][key], params);
}
