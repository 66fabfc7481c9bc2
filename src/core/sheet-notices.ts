import { Finding, finding } from './findings';
import { CellValue, SheetGrid, cellAddress } from './grid';
import { Layout } from './layout';
import { Role } from './roles';
import { stripInvisible } from './text';

/** Columns whose text is matched against vocabularies: statuses, numbers, unit codes, deadlines. */
const MATCHED: Role[] = ['id', 'status', 'status_description', 'responsible', 'deadline'];

/**
 * The plan's grid with invisible characters taken out of the matched columns, and an `info`
 * finding per cell saying which character was ignored (a zero-width space inside "Realizat" would
 * otherwise read as a missing status, one inside "1.1.1" as another number).
 */
export function withoutInvisible(grid: SheetGrid, layout: Layout): { grid: SheetGrid; findings: Finding[] } {
  const findings: Finding[] = [];
  const cols = MATCHED.map((r) => layout.columns[r]).filter((c): c is number => c !== undefined);
  let rows: CellValue[][] | null = null;
  for (let r = layout.headerBottom + 1; r < grid.rows.length; r++) {
    const row = grid.rows[r];
    for (const c of cols) {
      const v = row?.[c];
      if (typeof v !== 'string') continue;
      const { text, found } = stripInvisible(v);
      if (!found.length) continue;
      rows ??= grid.rows.slice();
      if (rows[r] === grid.rows[r]) rows[r] = row.slice();
      rows[r][c] = text;
      findings.push(finding('invisible_character', grid.name, cellAddress(grid, r, c), null, { char: found.join(', ') }));
    }
  }
  return { grid: rows ? { ...grid, rows } : grid, findings };
}

/** `info` findings for what a reader of the sheet does not see but the count includes. */
export function hiddenNotices(sheet: SheetGrid): Finding[] {
  const out: Finding[] = [];
  if (sheet.hidden) out.push(finding('hidden_sheet', sheet.name, 'A1', null, { sheet: sheet.name, state: sheet.hidden }));
  const hidden = sheet.hiddenRows ?? [];
  if (hidden.length) {
    out.push(
      finding('hidden_rows', sheet.name, cellAddress(sheet, hidden[0], 0), null, { count: hidden.length, first: hidden[0] + 1 + (sheet.origin?.row ?? 0) }),
    );
  }
  return out;
}
