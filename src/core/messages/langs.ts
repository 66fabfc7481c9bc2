import type { FindingCode } from '../findings';
import type { Lang } from '../status';
import type { Catalog } from './catalog';
import type { GroupText } from './pane-types';
import { PaneKey, groupsRo, paneRo } from './pane-ro';
import { ro } from './ro';

/** Every message of one language. */
export interface LangPack {
  catalog: Catalog;
  pane: Record<PaneKey, string>;
  groups: Record<FindingCode, GroupText>;
}

/**
 * The languages loaded. Romanian, the default, always; the task pane loads another when it is first
 * shown (loadLang), everything else registers all three (registerAllLangs).
 */
const packs: Partial<Record<Lang, LangPack>> = { ro: { catalog: ro, pane: paneRo, groups: groupsRo } };

export function registerLang(lang: Lang, pack: LangPack): void {
  packs[lang] = pack;
}

/** A language's messages; Romanian while another's are not loaded yet. */
export function langPack(lang: Lang): LangPack {
  return packs[lang] ?? packs.ro!;
}

/** Loads a language's messages before it is shown. */
export async function loadLang(lang: Lang): Promise<void> {
  if (packs[lang]) return;
  const { pack } = lang === 'en' ? await import(/* webpackChunkName: "lang-en" */ './lang-en') : await import(/* webpackChunkName: "lang-ru" */ './lang-ru');
  registerLang(lang, pack);
}

/** Loads a language, or says it could not (a chunk that did not arrive): Romanian is always there. */
export async function usableLang(lang: Lang): Promise<{ lang: Lang; failed: boolean }> {
  try {
    await loadLang(lang);
    return { lang, failed: false };
  } catch {
    return { lang: 'ro', failed: true };
  }
}
