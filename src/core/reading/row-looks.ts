import { cellText } from '../grid';
import { fitsRole } from './heading-row';
import { actionTextId } from './ids';
import { RowFeatures } from './row-features';

const ID = /^\d{1,3}(\.\d{1,3}){0,3}\.?$/;

/** Does a row look like an action: a number, a title, a status or a deadline, two of them at least? */
export function looksLikeData(f: RowFeatures): boolean {
  const own = (role: 'id' | 'action' | 'status' | 'deadline') => cellText(f.cells.own[role] ?? null);
  const numbered = ID.test(own('id')) || actionTextId(own('action')) !== null;
  const signs = [numbered, own('action').length >= 8, fitsRole(own('status'), 'status'), fitsRole(own('deadline'), 'deadline')];
  return signs.filter(Boolean).length >= 2;
}
