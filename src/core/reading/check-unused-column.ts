import { Finding, finding } from '../findings';
import { SheetGrid, cellAddress, cellText, columnLetters } from '../grid';
import { Layout } from '../layout';
import { MergedGrid } from '../merged-grid';
import { Role, namesActual, roleOfHeader } from '../roles';
import { ClassifiedRow } from './row-classes';

/** Roles one column stands for together: a status column and the combined one are the same role here. */
const SAME: Partial<Record<Role, Role>> = { status: 'status_description', status_description: 'status' };

/**
 * Self-check (c): a column whose header names a role took none, and no column took that role on
 * its header's word: the role was skipped, or given by content alone to a column named otherwise.
 */
export function checkUnusedColumns(grid: SheetGrid, g: MergedGrid, layout: Layout, rows: ClassifiedRow[]): Finding[] {
  const out: Finding[] = [];
  const namedChoice = (role: Role) => layout.choices.some((ch) => (ch.role === role || ch.role === SAME[role]) && ch.source !== 'content');
  const used = new Set(Object.values(layout.columns));
  const data = rows.filter((r) => r.cls === 'data');
  layout.columnHeaders.forEach((header, c) => {
    const role = header ? roleOfHeader(header) : null;
    if (!role || used.has(c) || namedChoice(role) || namesActual(header)) return;
    // An empty column holds nothing to read: its role is missing, not misread.
    if (!data.some((r) => cellText(g.value(r.r, c)) !== '')) return;
    const column = columnLetters(c + (grid.origin?.col ?? 0));
    out.push(finding('reading_column_unused', grid.name, cellAddress(grid, layout.headerBottom, c), null, { column, header, role }));
  });
  return out;
}
