import { ru } from './ru';
import type { LangPack } from './langs';
import { groupsRu, paneRu } from './pane-ru';

export const pack: LangPack = { catalog: ru, pane: paneRu, groups: groupsRu };
