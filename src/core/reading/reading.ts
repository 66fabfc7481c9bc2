import { SheetGrid, cellAddress, columnLetters } from '../grid';
import { Layout } from '../layout';
import { Period, PeriodSource } from '../period';
import { Group } from '../plan';
import { Role } from '../roles';
import { RoleChoice } from './assign';
import { ClassifiedRow } from './row-classes';
import { RowAccount, rowAccounts } from './row-accounts';

/** How the sheet was read: what the officer sees and corrects, and what --explain prints. */
export interface Reading {
  /** 1-based sheet rows. */
  headerRow: number;
  dataStart: number;
  columns: ColumnReading[];
  headings: { level: 'objective' | 'area'; key: string; title: string; cell: string }[];
  period: Period | null;
  periodSource: PeriodSource | null;
  /** Every row not read as an action (titles, header rows, groupings, totals, notes), with its class. */
  rows: RowAccount[];
  /** 1-based sheet row of the table's last action row; null when none was read. */
  tableEnd: number | null;
}

export interface ColumnReading {
  /** Sheet column letter. */
  column: string;
  header: string;
  role: Role | null;
  confidence: number | null;
  source: RoleChoice['source'] | null;
  cells: number;
  supporting: number;
}

export function buildReading(
  grid: SheetGrid,
  layout: Layout,
  groups: { objectives: Group[]; areas: Group[]; classes?: ClassifiedRow[]; tableEnd?: number | null },
  period: Period | null,
  periodSource: PeriodSource | null,
): Reading {
  const originCol = grid.origin?.col ?? 0;
  const byCol = new Map<number, RoleChoice>(layout.choices.map((c) => [c.col, c]));
  const columns: ColumnReading[] = layout.columnHeaders.map((header, c) => {
    const ch = byCol.get(c);
    return {
      column: columnLetters(c + originCol),
      header,
      role: ch?.role ?? null,
      confidence: ch?.confidence ?? null,
      source: ch?.source ?? null,
      cells: ch?.cells ?? 0,
      supporting: ch?.supporting ?? 0,
    };
  });
  const level = (l: 'objective' | 'area') => (g: Group) => ({ level: l, key: g.key, title: g.title, cell: g.cell });
  const headings = [...groups.objectives.map(level('objective')), ...groups.areas.map(level('area'))].sort(
    (a, b) => rowOf(a.cell) - rowOf(b.cell) || (a.level === 'objective' ? -1 : 1),
  );
  const row = (r: number) => Number(/\d+$/.exec(cellAddress(grid, r, 0))![0]);
  return {
    headerRow: row(layout.headerBottom),
    dataStart: row(layout.dataStart),
    columns,
    headings,
    period,
    periodSource,
    rows: rowAccounts(grid, layout, groups.classes ?? []),
    tableEnd: groups.tableEnd === undefined || groups.tableEnd === null ? null : row(groups.tableEnd),
  };
}

function rowOf(cell: string): number {
  return Number(/\d+$/.exec(cell)?.[0] ?? 0);
}
