import { isLang } from '../core/messages';
import { Lang } from '../core/status';

/** Each language named in itself, as the language lists show it. */
export const LANG_NAMES: Record<Lang, string> = { ro: 'Română', en: 'English', ru: 'Русский' };

const KEY = 'action-plan-report.lang';

/** The interface language this browser last chose, if any (storage may be refused: then none). */
export function rememberedLang(): Lang | null {
  try {
    const v = globalThis.localStorage?.getItem(KEY);
    return isLang(v) ? v : null;
  } catch {
    return null;
  }
}

export function rememberLang(lang: Lang): void {
  try {
    globalThis.localStorage?.setItem(KEY, lang);
  } catch {
    // Private browsing or storage disabled: the workbook's setting still keeps it.
  }
}
