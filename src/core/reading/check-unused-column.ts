import { Finding, finding } from '../findings';
import { SheetGrid, cellAddress, cellText, columnLetters } from '../grid';
import { Layout } from '../layout';
import { MergedGrid } from '../merged-grid';
import { Role, namesActual, roleOfHeader } from '../roles';
import { ClassifiedRow } from './row-classes';

/** Roles one column stands for together: a status column and the combined one are the same role here. */
const SAME: Partial<Record<Role, Role>> = { status: 'status_description', status_description: 'status' };

/**
 * Self-check (c): a column whose header names a role took none, and no other column took that
 * role: the role's checks were skipped although the column seems to be there.
 */
export function checkUnusedColumns(grid: SheetGrid, g: MergedGrid, layout: Layout, rows: ClassifiedRow[]): Finding[] {
  const out: Finding[] = [];
  const taken = new Set<Role>(Object.keys(layout.columns) as Role[]);
  const used = new Set(Object.values(layout.columns));
  const data = rows.filter((r) => r.cls === 'data');
  layout.columnHeaders.forEach((header, c) => {
    const role = header ? roleOfHeader(header) : null;
    if (!role || used.has(c) || taken.has(role) || (SAME[role] && taken.has(SAME[role])) || namesActual(header)) return;
    // An empty column holds nothing to read: its role is missing, not misread.
    if (!data.some((r) => cellText(g.value(r.r, c)) !== '')) return;
    const column = columnLetters(c + (grid.origin?.col ?? 0));
    out.push(finding('reading_column_unused', grid.name, cellAddress(grid, layout.headerBottom, c), null, { column, header, role }));
  });
  return out;
}
