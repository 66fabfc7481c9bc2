import type { FindingCode } from '../findings';
import type { Lang } from '../status';
import { interpolate } from './index';
import { langPack } from './langs';
import type { PaneKey } from './pane-ro';

export type { PaneKey } from './pane-ro';

export function pane(lang: Lang, key: PaneKey, params: Record<string, string | number> = {}): string {
  return interpolate(langPack(lang).pane[key], params);
}

/** Each finding group's heading and what to do about it, in the interface language. */
export function groupText(lang: Lang, code: FindingCode): { title: string; hint: string } {
  const [title, hint] = langPack(lang).groups[code];
  return { title, hint };
}
