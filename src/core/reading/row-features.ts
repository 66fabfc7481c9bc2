import { cellText } from '../grid';
import { RowCells, TableView, filled, leadsWithStatus } from './table-view';
import { Role } from '../roles';

export const UNIT_ROLES: Role[] = ['status', 'deadline', 'responsible'];

/** What the classifier knows of one row: its own cells and how they sit in the table. */
export interface RowFeatures {
  r: number;
  cells: RowCells;
  /** Cells typed on the row itself (merged areas begun above left out). */
  count: number;
  /** The first such cell's column and text. */
  first: number;
  text: string;
  /** Every typed cell holds the same text (a heading repeated across). */
  repeated: boolean;
  /** The first cell is merged across three columns or more. */
  wide: boolean;
  /** A status, deadline or responsible is typed on the row (or a status leads its combined cell). */
  anyUnit: boolean;
  /** The combined status / description cell opens with a status. */
  statusLead: boolean;
  has: (role: Role) => boolean;
  texts: string[];
}

export function rowFeatures(v: TableView, r: number): RowFeatures {
  const { g } = v;
  const cells = v.cellsOf(r);
  const texts: string[] = [];
  let first = -1;
  for (const c of g.presentColumns(r)) {
    if (g.continuesAbove(r, c)) continue;
    const value = g.value(r, c);
    if (!filled(value)) continue;
    if (first < 0) first = c;
    texts.push(cellText(value));
  }
  const text = texts[0] ?? '';
  const merge = first >= 0 ? g.mergeAt(r, first) : undefined;
  const has = (role: Role) => filled(cells.own[role]);
  const statusLead = leadsWithStatus(cells);
  return {
    r,
    cells,
    count: texts.length,
    first,
    text,
    repeated: texts.every((t) => t === text),
    wide: !!merge && merge.right - merge.left >= 2,
    anyUnit: UNIT_ROLES.some(has) || statusLead,
    statusLead,
    has,
    texts,
  };
}
