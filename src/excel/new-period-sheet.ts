/// <reference types="office-js" />
import { NewPeriodCell, NewPeriodSheet } from '../core/compare/new-period-sheet';
import { fromJsDate, parts } from '../core/dates';
import { columnLetters } from '../core/grid';
import { freeSheetName } from '../report/sheets';
import { HostError } from '../host/host';
import { removeSheets } from './outputs';
import { TEXT_FORMAT } from './write-outputs';
import { utf8Bytes } from './bytes';

/**
 * Workbook names mark the add-in's new-period sheets ("ActionPlanReport_NewPeriod_1", "_2", …): like
 * the statistics and report markers, a name follows its sheet through renames and is saved with the
 * file. The sheets are the officer's to fill: never replaced or deleted by the add-in.
 */
export const NEW_PERIOD_MARKER = 'ActionPlanReport_NewPeriod';
export const DATE_FORMAT = 'dd.mm.yyyy';
/** Excel's limit on a sheet name, less room for a " (12)" that makes it free. */
const NAME_ROOM = 31 - 5;
/**
 * The values and formats one sync may carry: Excel on the web refuses a request over 5 MB ("Payload
 * size for requests and responses: 5 MB", Excel's documented limits), and JSON escaping, merges and
 * validation rules ride along.
 */
const REQUEST_BUDGET = 2 * 1024 * 1024;
/** Excel's column width is in points; a character of the default font is about six. */
const POINTS_PER_CHAR = 6;

/** Excel's serial day number of a date-only cell (1900 system: day 1 is 1900-01-01, with its phantom 29 February). */
function serialOf(d: Date): number {
  const { y, m, d: day } = parts(fromJsDate(d));
  return (Date.UTC(y, m - 1, day) - Date.UTC(1899, 11, 30)) / 86_400_000;
}

function cellValue(v: NewPeriodCell): { value: string | number; format: string } {
  if (v instanceof Date) return { value: serialOf(v), format: DATE_FORMAT };
  return { value: v ?? '', format: TEXT_FORMAT };
}

/** Blocks of rows whose values and formats fit one request (a block holds at least one row). */
function rowBlocks(values: (string | number)[][], formats: string[][]): { first: number; count: number }[] {
  const blocks: { first: number; count: number }[] = [];
  let first = 0;
  let bytes = 0;
  values.forEach((row, i) => {
    let b = 4;
    for (const v of row) b += typeof v === 'string' ? utf8Bytes(v) + 3 : 24;
    for (const f of formats[i]) b += f.length + 3;
    if (i > first && bytes + b > REQUEST_BUDGET) {
      blocks.push({ first, count: i - first });
      first = i;
      bytes = 0;
    }
    bytes += b;
  });
  blocks.push({ first, count: values.length - first });
  return blocks;
}

/** Runs of consecutive action rows (0-based, inclusive). */
function actionRuns(sheet: NewPeriodSheet): { first: number; last: number }[] {
  const runs: { first: number; last: number }[] = [];
  sheet.rows.forEach((r, i) => {
    if (r.kind !== 'action') return;
    const last = runs[runs.length - 1];
    if (last && last.last === i - 1) last.last = i;
    else runs.push({ first: i, last: i });
  });
  return runs;
}

/**
 * Adds the next period's sheet to the open workbook: every text written as text (the cells
 * formatted "@" before their values, so "- 1.9 …" or "=…" stay words and "1.10" stays an id),
 * dates as dates, headings merged across the table, the status column's dropdown, the header row
 * frozen, and a workbook name marking the sheet as the add-in's. Two syncs, and one more for each
 * further 2 MB of text; a failed write removes the sheet it added. Returns the sheet's name.
 */
export async function addNewPeriodSheetIn(ctx: Excel.RequestContext, sheet: NewPeriodSheet): Promise<string> {
  const sheets = ctx.workbook.worksheets;
  sheets.load('items/name');
  const names = ctx.workbook.names;
  names.load('items/name');
  const protection = ctx.workbook.protection;
  protection.load('protected');
  await ctx.sync();
  if (protection.protected) throw new HostError('workbook_protected', 'workbook structure');

  const taken = new Set(sheets.items.map((ws) => ws.name.toLowerCase()));
  const name = freeSheetName(
    taken,
    sheet.name
      .replace(/[\\/?*[\]:]/g, ' ')
      .slice(0, NAME_ROOM)
      .trim() || 'Plan',
  );
  const usedMarkers = new Set(names.items.map((n) => n.name.toLowerCase()));
  let n = 1;
  while (usedMarkers.has(`${NEW_PERIOD_MARKER}_${n}`.toLowerCase())) n++;

  const ws = sheets.add(name);
  const cols = sheet.widths.length;
  const values: (string | number)[][] = [];
  const formats: string[][] = [];
  for (const r of sheet.rows) {
    const cells: NewPeriodCell[] = 'text' in r ? [r.text] : 'cells' in r ? r.cells : [];
    const row = Array.from({ length: cols }, (_, c) => cellValue(cells[c] ?? null));
    values.push(row.map((x) => x.value));
    formats.push(row.map((x) => x.format));
  }
  const write = ({ first, count }: { first: number; count: number }) => {
    const block = ws.getRangeByIndexes(first, 0, count, cols);
    block.numberFormat = formats.slice(first, first + count);
    block.values = values.slice(first, first + count);
  };
  const [head, ...rest] = rowBlocks(values, formats);
  write(head);
  ws.getRangeByIndexes(0, 0, values.length, cols).format.wrapText = true;
  sheet.widths.forEach((w, c) => (ws.getRange(`${columnLetters(c)}:${columnLetters(c)}`).format.columnWidth = w * POINTS_PER_CHAR));
  sheet.rows.forEach((r, i) => {
    if ('text' in r) ws.getRangeByIndexes(i, 0, 1, cols).merge(false);
    if (r.kind === 'title' || r.kind === 'header' || r.kind === 'objective' || r.kind === 'area') ws.getRangeByIndexes(i, 0, 1, cols).format.font.bold = true;
    if (r.kind === 'title') ws.getRangeByIndexes(i, 0, 1, 1).format.font.size = 14;
    if (r.kind === 'header') ws.freezePanes.freezeRows(i + 1);
  });
  // The dropdown on each run of action rows: not on the headings merged across the table.
  for (const run of actionRuns(sheet)) {
    const status = ws.getRangeByIndexes(run.first, sheet.statusColumn, run.last - run.first + 1, 1);
    status.dataValidation.rule = { list: { inCellDropDown: true, source: sheet.allowed.join(',') } };
    status.dataValidation.errorAlert = { showAlert: true, style: 'Stop', title: '', message: sheet.allowed.join(', ') };
  }
  names.add(`${NEW_PERIOD_MARKER}_${n}`, ws.getRange('A1'));
  ws.activate();
  try {
    await ctx.sync();
    for (const block of rest) {
      write(block);
      await ctx.sync();
    }
  } catch (e) {
    await removeSheets(ctx, [name]);
    throw e;
  }
  return name;
}
