// Apart from the commands the first screen needs: the period's grammar loads with Settings, not with the pane.
import { Analysis } from '../core/analyze';
import { cellAddress, cellText } from '../core/grid';
import { detectPeriod } from '../core/period';
import { gridOf } from './commands';

/** The title cell the reporting period was read from, as the settings show it (on a cover sheet: "'Copertă'!A3"). */
export function periodSource(a: Analysis): { cell: string; text: string } | null {
  const read = a.reading?.periodSource;
  if (a.period && read?.kind === 'cell' && read.cell) return { cell: read.cell, text: read.text };
  const grid = gridOf(a)?.sheets.find((s) => s.name === a.sheet);
  if (!grid || !a.layout || !a.period) return null;
  for (let r = 0; r < a.layout.headerTop; r++)
    for (let c = 0; c < (grid.rows[r]?.length ?? 0); c++) {
      const text = cellText(grid.rows[r][c]);
      if (text && detectPeriod([text])) return { cell: cellAddress(grid, r, c), text };
    }
  return null;
}
