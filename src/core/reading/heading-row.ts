import { Role } from '../roles';
import { classifyCell, contentScore } from './content';
import { HeadingStyle, headingStyle } from './headings';
import { leadingId } from './ids';
import { RowFeatures, UNIT_ROLES } from './row-features';
import { TableView } from './table-view';

export interface HeadingRow {
  text: string;
  col: number;
  style: HeadingStyle;
}

const HEADING_ROLES: Role[] = ['id', 'objective', 'area', 'action', 'subaction'];

/** Does a text read as a value of this role (a status, a deadline, unit codes)? Then it is no heading. */
export function fitsRole(text: string, role: Role): boolean {
  const kind = classifyCell(text, null);
  return kind !== null && contentScore({ cells: 1, counts: { [kind]: 1 } }, role) >= 0.5;
}

/** A status or a deadline: what a unit's cell holds, never a heading. */
const looksLikeValue = (text: string) => fitsRole(text, 'status') || fitsRole(text, 'deadline');

/**
 * A grouping heading, known by its structure whatever its words: one text spanning the table
 * (merged across, or the same text repeated across), or a numbered or worded text alone in a
 * grouping column, or any text alone in the table's first column when that is not the action's.
 */
export function headingRow(v: TableView, f: RowFeatures): HeadingRow | null {
  const { count, first: only, text } = f;
  if (count === 0 || !text) return null;
  // A text spanning the table is a heading: no action's row looks like that.
  if ((count > 1 && f.repeated && count >= Math.min(3, v.roles.length)) || (count === 1 && f.wide)) return { text, col: only, style: headingStyle(text) };
  const onlyRole = v.roleOf(only);
  if (count > 1 || UNIT_ROLES.some((role) => role !== onlyRole && f.has(role)) || f.statusLead) return null;
  if (leadingId(text) && onlyRole !== 'id') return null;
  const style = headingStyle(text);
  if (onlyRole && !HEADING_ROLES.includes(onlyRole)) {
    // Alone in the first column of another role: a heading when it reads as none of that role's values.
    const own = onlyRole === 'description' || onlyRole === 'status_description';
    // Its numbering or grouping word is the evidence, except in a narrative column, whose lists number their lines too.
    const numbered = style !== 'plain' && !own;
    if (only !== v.firstCol || (style === 'plain' && own) || (numbered ? looksLikeValue(text) : fitsRole(text, onlyRole))) return null;
    return { text, col: only, style };
  }
  if (style !== 'plain') return { text, col: only, style };
  const actionCol = onlyRole === 'action' || onlyRole === 'subaction';
  return only === v.firstCol && onlyRole && !actionCol && !/^\d+(\.\d+)*\.?$/.test(text) ? { text, col: only, style } : null;
}
