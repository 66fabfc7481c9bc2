import { Severity } from '../core/findings';
import { columnLetters, parseAddress } from '../core/grid';

/** Conditional formats the add-in adds at most: a sheet with thousands of findings stays responsive. */
export const MAX_HIGHLIGHTS = 500;
const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/**
 * Cells to highlight as runs of adjacent rows in one column with one severity ("G5:G43"), most
 * severe first, at most MAX_HIGHLIGHTS; a cell with findings of several severities takes the worst.
 */
export function highlightRuns(cells: { sheet: string; cell: string; severity: Severity }[]): { sheet: string; range: string; severity: Severity }[] {
  const worst = new Map<string, { sheet: string; row: number; col: number; severity: Severity }>();
  for (const c of cells) {
    const p = parseAddress(c.cell);
    if (!p) continue;
    const k = `${c.sheet}\u0000${p.col}\u0000${p.row}`;
    const had = worst.get(k);
    if (!had || RANK[c.severity] < RANK[had.severity]) worst.set(k, { sheet: c.sheet, row: p.row, col: p.col, severity: c.severity });
  }
  const sorted = [...worst.values()].sort((a, b) => RANK[a.severity] - RANK[b.severity] || a.sheet.localeCompare(b.sheet) || a.col - b.col || a.row - b.row);
  const runs: { sheet: string; col: number; top: number; bottom: number; severity: Severity }[] = [];
  for (const c of sorted) {
    const last = runs[runs.length - 1];
    if (last && last.sheet === c.sheet && last.col === c.col && last.severity === c.severity && last.bottom === c.row - 1) last.bottom = c.row;
    else runs.push({ sheet: c.sheet, col: c.col, top: c.row, bottom: c.row, severity: c.severity });
  }
  return runs.slice(0, MAX_HIGHLIGHTS).map((r) => {
    const col = columnLetters(r.col);
    return { sheet: r.sheet, range: r.top === r.bottom ? `${col}${r.top + 1}` : `${col}${r.top + 1}:${col}${r.bottom + 1}`, severity: r.severity };
  });
}
