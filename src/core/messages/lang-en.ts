import { en } from './en';
import type { LangPack } from './langs';
import { groupsEn, paneEn } from './pane-en';

export const pack: LangPack = { catalog: en, pane: paneEn, groups: groupsEn };
