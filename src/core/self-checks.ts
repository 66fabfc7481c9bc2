import type { Analysis } from './analyze';
import { Finding, FindingCode, finding } from './findings';
import { SheetGrid, WorkbookGrid, cellAddress } from './grid';
import { Layout, MergedGrid, detectLayout } from './layout';
import { SheetChoice, SheetReason } from './sheets';

/** The header's first titled cell: where findings about the whole table stand. */
export function headerCell(grid: SheetGrid, layout: Layout): string {
  return cellAddress(grid, layout.headerBottom, Math.max(layout.columnHeaders.findIndex(Boolean), 0));
}

/** Sheets left out although their header reads like a plan's: said, never silent. */
const WORTH_SAYING: SheetReason[] = ['different_header', 'copy', 'not_chosen'];

/** `reading_sheet_not_read` on each plan-like sheet not read, at its header, naming it, why, and the sheets read. */
export function sheetsNotRead(workbook: WorkbookGrid, choices: SheetChoice[]): Finding[] {
  const read = choices.filter((c) => c.use === 'read').map((c) => c.sheet);
  return choices
    .filter((c) => c.use === 'left' && WORTH_SAYING.includes(c.reason))
    .map((c) => {
      const grid = workbook.sheets.find((s) => s.name === c.sheet)!;
      const layout = detectLayout(new MergedGrid(grid));
      const cell = layout ? headerCell(grid, layout) : 'A1';
      return finding('reading_sheet_not_read', c.sheet, cell, null, { sheet: c.sheet, reason: c.reason, read: read.join(', '), count: read.length });
    });
}

/** Codes about the plan as a whole, or the reading itself: never a row's mistake repeated. */
const NOT_ROW_ERRORS = new Set<FindingCode>(['sheet_not_found', 'header_not_found', 'role_not_found', 'period_not_found']);
/** Fewer rows than this, and one error on a fifth of them says nothing about the reading. */
const MIN_ROWS = 5;
/** Fewer rows than this with one error are a few slips, whatever their share of a small plan. */
const MIN_SAME = 5;
const MIN_SHARE = 0.2;

/**
 * `reading_same_error`: the same error on at least five rows, more than a fifth of them, says the reading (a
 * column taken for another, a header row read as data), not the plan, is probably wrong.
 * One finding per such code, on the header of the first sheet read.
 */
export function sameErrors(a: Analysis, grid: SheetGrid): Finding[] {
  if (a.rows.length < MIN_ROWS || !a.layout) return [];
  const cell = headerCell(grid, a.layout);
  const rowsByCode = new Map<FindingCode, Set<string>>();
  for (const f of a.findings) {
    if (f.severity !== 'error' || NOT_ROW_ERRORS.has(f.code) || f.code.startsWith('reading_')) continue;
    const row = /\d+$/.exec(f.cell)?.[0] ?? '';
    const set = rowsByCode.get(f.code) ?? new Set<string>();
    set.add(`${f.sheet}\u0000${row}`);
    rowsByCode.set(f.code, set);
  }
  const out: Finding[] = [];
  for (const [code, rows] of rowsByCode) {
    if (rows.size >= MIN_SAME && rows.size > a.rows.length * MIN_SHARE)
      out.push(finding('reading_same_error', a.sheet, cell, null, { code, count: rows.size, rows: a.rows.length }));
  }
  return out;
}
