import { MergedArea } from '../core/grid';
import { DocRow } from './ooxml';

/** A Word table laid on its grid: one value per grid column, merged cells as merged areas. */
export interface TableGrid {
  rows: string[][];
  merges: MergedArea[];
  width: number;
}

/**
 * Places each cell on the table grid: w:gridBefore skips columns, w:gridSpan widens a cell,
 * w:vMerge="continue" extends the merge begun above in the same column, legacy w:hMerge="continue"
 * widens the cell on its left. A continued cell's own text is not shown by Word and is dropped.
 */
export function tableToGrid(rows: DocRow[], gridCols: number): TableGrid {
  const out: string[][] = [];
  const areas: MergedArea[] = [];
  const open = new Map<number, MergedArea>();
  let width = gridCols;
  rows.forEach((row, r) => {
    const values: string[] = [];
    let col = row.gridBefore;
    let previous: MergedArea | null = null;
    const continued = new Set<number>();
    for (const cell of row.cells) {
      const left = col;
      const right = col + cell.span - 1;
      col += cell.span;
      if (cell.hMerge === 'continue' && previous) {
        previous.right = right;
        continue;
      }
      const above = cell.vMerge === 'continue' ? open.get(left) : undefined;
      if (above) {
        above.bottom = r;
        continued.add(left);
        previous = null;
        continue;
      }
      values[left] = cell.text;
      const area: MergedArea = { top: r, left, bottom: r, right };
      areas.push(area);
      previous = area;
      if (cell.vMerge === 'restart') {
        open.set(left, area);
        continued.add(left);
      }
    }
    for (const c of [...open.keys()]) if (!continued.has(c)) open.delete(c);
    width = Math.max(width, col + row.gridAfter);
    for (let c = 0; c < values.length; c++) if (values[c] === undefined) values[c] = '';
    out.push(values);
  });
  for (const a of areas) width = Math.max(width, a.right + 1);
  return { rows: out, merges: areas.filter((a) => a.right > a.left || a.bottom > a.top), width };
}
