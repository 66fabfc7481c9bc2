import { CellValue, cellText, columnLetters, isCellError } from '../grid';
import { Layout } from '../layout';
import { MergedGrid } from '../merged-grid';
import { Role } from '../roles';
import { STATUS_HEAD } from './content';
import { matchLeadingStatus, mayLeadWithStatus } from '../status';

export interface RowCells {
  /** Values a person sees on this row, merged areas resolved down their first column. */
  seen: Partial<Record<Role, CellValue>>;
  /** Values typed on this row itself (not a merged area begun above). */
  own: Partial<Record<Role, CellValue>>;
}

/** The sheet as the stages read it: the grid, the columns' roles, and addresses in the sheet's terms. */
export interface TableView {
  g: MergedGrid;
  layout: Layout;
  roles: [Role, number][];
  firstCol: number;
  roleOf: (c: number) => Role | undefined;
  addr: (r: number, c: number) => string;
  cellsOf: (r: number) => RowCells;
}

/** A cell with something in it. A text starting with a printable ASCII character is, without trimming it. */
export function filled(v: CellValue | undefined): boolean {
  if (typeof v === 'string') {
    const c = v.charCodeAt(0);
    return (c > 32 && c < 127) || v.trim() !== '';
  }
  return cellText(v ?? null) !== '' || isCellError(v);
}

export function tableView(g: MergedGrid, layout: Layout): TableView {
  const roles = Object.entries(layout.columns) as [Role, number][];
  const letters: string[] = [];
  const originRow = (g.grid.origin?.row ?? 0) + 1;
  const originCol = g.grid.origin?.col ?? 0;
  const roleByCol = new Map(roles.map(([role, c]) => [c, role]));
  return {
    g,
    layout,
    roles,
    firstCol: Math.min(...roles.map(([, c]) => c)),
    roleOf: (c) => roleByCol.get(c),
    // Column letters built once per column, not once per cell.
    addr: (r, c) => `${(letters[c] ??= columnLetters(c + originCol))}${r + originRow}`,
    cellsOf: (r) => {
      const seen: RowCells['seen'] = {};
      const own: RowCells['own'] = {};
      for (const [role, c] of roles) {
        const v = g.value(r, c);
        seen[role] = v;
        own[role] = g.continuesAbove(r, c) ? null : v;
      }
      return { seen, own };
    },
  };
}

/** Whether a cell leads with a status shows in its opening words: long narratives are not folded whole. */
export function leadsWithStatus(cells: RowCells): boolean {
  const v = cells.own.status_description;
  if (!filled(v)) return false;
  const text = cellText(v ?? null);
  return mayLeadWithStatus(text) && matchLeadingStatus(text.slice(0, STATUS_HEAD)) !== null;
}
