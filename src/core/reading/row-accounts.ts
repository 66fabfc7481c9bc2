import { SheetGrid, cellAddress, cellText } from '../grid';
import { Layout } from '../layout';
import { ClassifiedRow, RowClass } from './row-classes';

/** A row not read as an action, accounted for: its class, its first cell and its words. */
export interface RowAccount {
  /** 1-based sheet row. */
  row: number;
  cls: Exclude<RowClass, 'data' | 'blank'>;
  cell: string;
  /** The row's cells as written, joined with " | ". */
  text: string;
}

function account(grid: SheetGrid, r: number, cls: RowAccount['cls']): RowAccount | null {
  const cells = (grid.rows[r] ?? []).map((v, c) => ({ c, t: cellText(v) })).filter((x) => x.t);
  if (!cells.length) return null;
  const cell = cellAddress(grid, r, cells[0].c);
  return { row: Number(/\d+$/.exec(cell)![0]), cls, cell, text: cells.map((x) => x.t).join(' | ') };
}

/** Every row that is not an action: the titles above the header, the header's rows, and each row of the table classed otherwise. */
export function rowAccounts(grid: SheetGrid, layout: Layout, classes: ClassifiedRow[]): RowAccount[] {
  const out: (RowAccount | null)[] = [];
  const classed = new Set(classes.map((row) => row.r));
  for (let r = 0; r < layout.headerTop; r++) if (!classed.has(r)) out.push(account(grid, r, 'metadata'));
  for (let r = layout.headerTop; r < layout.dataStart; r++) out.push(account(grid, r, 'header'));
  for (const row of classes) if (row.cls !== 'data' && row.cls !== 'blank') out.push(account(grid, row.r, row.cls));
  return out.filter((a): a is RowAccount => a !== null);
}
