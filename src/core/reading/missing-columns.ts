import { Finding, finding } from '../findings';
import { SheetGrid, cellAddress, columnLetters } from '../grid';
import { Layout } from '../layout';
import type { PlanRow } from '../plan';
import { Role } from '../roles';

const WEAK_ROLES: Role[] = ['description', 'cost', 'indicators'];

/** Columns that could hold a missing role: those given none, or a role a status or deadline is often mistaken for. */
export function consideredColumns(grid: SheetGrid, layout: Layout): string {
  const taken = new Set(layout.choices.filter((c) => !WEAK_ROLES.includes(c.role)).map((c) => c.col));
  const originCol = grid.origin?.col ?? 0;
  const considered = layout.columnHeaders
    .map((h, c) => ({ h, c }))
    .filter(({ h, c }) => h && !taken.has(c))
    .map(({ h, c }) => `${columnLetters(c + originCol)} "${h.length > 40 ? `${h.slice(0, 39)}…` : h}"`);
  return considered.length ? considered.slice(0, 8).join(', ') + (considered.length > 8 ? ', …' : '') : '—';
}

/** The header's first filled cell: where a finding about the whole table is shown. */
export function headerCell(grid: SheetGrid, layout: Layout): string {
  const first = Math.min(...layout.columnHeaders.map((h, c) => (h ? c : Infinity)));
  return cellAddress(grid, layout.headerBottom, Number.isFinite(first) ? first : 0);
}

/**
 * A tracker without a deadline, number or responsible column is still a plan: what is missing is
 * said once, with the checks skipped, never on every row.
 */
export function missingColumns(grid: SheetGrid, layout: Layout, rows: PlanRow[]): Finding[] {
  const out: Finding[] = [];
  const cell = headerCell(grid, layout);
  const cols = layout.columns;
  if (cols.deadline === undefined) out.push(finding('no_deadline_column', grid.name, cell, null, { columns: consideredColumns(grid, layout) }));
  if (cols.id === undefined && !rows.some((r) => r.id)) out.push(finding('checks_skipped', grid.name, cell, null, { role: 'id' }));
  if (cols.responsible === undefined) out.push(finding('checks_skipped', grid.name, cell, null, { role: 'responsible' }));
  return out;
}
