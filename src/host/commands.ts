import { AnalyzeOptions, Analysis } from '../core/analyze';
import { Finding, FindingCode } from '../core/findings';
import { WorkbookGrid, cellAddress, parseAddress } from '../core/grid';
import { CANONICAL, Lang } from '../core/status';
import { Role } from '../core/roles';
import { applyStatusEdit } from '../core/status-edit';
import { CellFix, FixOutcome, Host, ReadProgress } from './host';
import { cellAsRead } from './cell-text';
import { Analyzer, analyzeHere } from './off-thread';
import { Settings } from './settings';

/**
 * Codes whose fixes are safe to apply all at once: each rewrites a spelling to the same meaning (a
 * status's standard form, a listed unit code for its typo, a deadline's later date already counted).
 */
export const SAFE_FIX_CODES: FindingCode[] = ['status_spelling', 'unknown_responsible', 'ambiguous_deadline'];

/**
 * Fixes and the status list are in the workbook's language (detected, or set), never the
 * interface's: a Russian sheet gets "Выполнено" whatever language the pane speaks.
 */
export function analyzeOptions(s: Settings): AnalyzeOptions {
  const o: AnalyzeOptions = { allowedStates: s.allowedStates };
  if (s.sheetLang) o.lang = s.sheetLang;
  if (s.sheets.length) o.sheets = s.sheets;
  else if (s.sheet) o.sheet = s.sheet;
  if (s.headerRow) o.headerRow = s.headerRow;
  if (Object.keys(s.columns).length) o.columns = s.columns;
  if (s.period) o.period = s.period;
  if (s.planYear) o.planYear = s.planYear;
  return o;
}

export async function validate(
  host: Host,
  s: Settings,
  // The interface language: kept for callers; fixes follow the workbook's language (analyzeOptions).
  _lang: Lang,
  onProgress?: (p: ReadProgress) => void,
  signal?: AbortSignal,
  analyze: Analyzer = analyzeHere,
): Promise<Analysis> {
  const grid = await host.readWorkbook(onProgress, signal);
  return rememberGrid(await analyze(grid, analyzeOptions(s), signal), grid);
}

const grids = new WeakMap<Analysis, WorkbookGrid>();

/** The workbook an analysis was made from, while it is kept. */
export const gridOf = (a: Analysis): WorkbookGrid | undefined => grids.get(a);

/** Keeps the grid an analysis was made from, so fixes compare against the cells exactly as read. */
export function rememberGrid(a: Analysis, grid: WorkbookGrid): Analysis {
  grids.set(a, grid);
  return a;
}

/** The text of a cell as read at validation; null when the analysis has no grid or no such cell. */
export function readAt(a: Analysis, sheet: string, cell: string): string | null {
  const grid = grids.get(a)?.sheets.find((s) => s.name === sheet);
  const p = parseAddress(cell);
  if (!grid || !p) return null;
  const o = grid.origin ?? { row: 0, col: 0 };
  return cellAsRead(grid.rows[p.row - o.row]?.[p.col - o.col]);
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The whole new text of the finding's cell: the suggestion put in place of what it corrects. */
function newText(f: Finding, text: string): string | null {
  const suggestion = f.suggestion!;
  if (f.code === 'unknown_responsible') {
    const code = escapeRe(String(f.params.code));
    const value = text.replace(new RegExp(`(^|[^\\p{L}\\d])${code}(?=$|[^\\p{L}\\d])`, 'u'), `$1${suggestion}`);
    return value === text ? null : value;
  }
  if (typeof f.params.typed === 'string' && typeof f.params.replacement === 'string') {
    // A status: only its phrase is replaced, in the cell as read; every other character stays.
    return applyStatusEdit(text, { typed: f.params.typed, replacement: f.params.replacement });
  }
  if (f.code === 'id_mismatch') {
    // The id alone in its cell, or leading the action's text ("3.20 Elaborarea …").
    const value = text.replace(new RegExp(`^(\\s*)${escapeRe(String(f.params.id))}(?![\\d])`), `$1${suggestion}`);
    return value === text ? null : value;
  }
  return suggestion;
}

/** The write a finding's fix makes, guarded by the cell's text as read; null when there is none. */
export function fixOf(a: Analysis, f: Finding): CellFix | null {
  if (f.suggestion === undefined) return null;
  const expected = readAt(a, f.sheet, f.cell);
  if (expected === null) return null;
  const value = newText(f, expected);
  return value === null || value === expected ? null : { sheet: f.sheet, cell: f.cell, expected, value };
}

/**
 * Why a finding that carries a fix cannot be fixed from the pane, as a catalog key: the cell is not
 * as read (validate again), or its text no longer holds what the fix corrects; null when it can be.
 */
export function fixBlocked(a: Analysis, f: Finding): 'fix_why_changed' | 'fix_why_none' | null {
  if (f.suggestion === undefined || fixOf(a, f)) return null;
  return readAt(a, f.sheet, f.cell) === null ? 'fix_why_changed' : 'fix_why_none';
}

/** The writes that take fixes back: each cell returns to its text as read, if it still holds the fix. */
export function undoOf(done: CellFix[]): CellFix[] {
  return done.map((f) => ({ sheet: f.sheet, cell: f.cell, expected: f.value, value: f.expected })).reverse();
}

/** Applies writes and says which were made (for the undo stack) and which were left alone. */
export async function applyWrites(host: Host, fixes: CellFix[]): Promise<FixOutcome & { done: CellFix[] }> {
  const out = await host.applyFixes(fixes);
  const skipped = new Set(out.skipped);
  return { ...out, done: fixes.filter((f) => !skipped.has(`${f.sheet}!${f.cell}`)) };
}

export function applyFix(host: Host, a: Analysis, f: Finding): Promise<FixOutcome & { done: CellFix[] }> {
  const fix = fixOf(a, f);
  return applyWrites(host, fix ? [fix] : []);
}

/** The fixes of one code, when that code's fixes are all of one safe kind. */
export function fixesOfCode(a: Analysis, code: FindingCode): CellFix[] {
  if (!SAFE_FIX_CODES.includes(code)) return [];
  return fixesTogether(
    a,
    a.findings.filter((f) => f.code === code),
  );
}

/**
 * The fixes of several findings as one write per cell: two typos in one cell ("DIPP, SACS") are
 * corrected together, each fix made on the text the one before it gave, all guarded by the text as read.
 */
export function fixesTogether(a: Analysis, findings: Finding[]): CellFix[] {
  const byCell = new Map<string, CellFix>();
  for (const f of findings) {
    if (f.suggestion === undefined) continue;
    const key = `${f.sheet}!${f.cell}`;
    const before = byCell.get(key);
    const expected = before?.expected ?? readAt(a, f.sheet, f.cell);
    if (expected === null) continue;
    const value = newText(f, before?.value ?? expected);
    if (value !== null) byCell.set(key, { sheet: f.sheet, cell: f.cell, expected, value });
  }
  return [...byCell.values()].filter((x) => x.value !== x.expected);
}

export function applyAllOfCode(host: Host, a: Analysis, code: FindingCode): Promise<FixOutcome & { done: CellFix[] }> {
  return applyWrites(host, fixesOfCode(a, code));
}

/** The header row as the sheet numbers it (1-based), as detected. */
export function detectedHeaderRow(a: Analysis): number | null {
  const first = a.rows[0];
  return a.layout && first ? a.layout.headerBottom + (first.sheetRow - first.index) : null;
}

/** status_text: a combined status / description cell, edited as a status from the list and its text. */
export type EditKind = 'status' | 'status_text' | 'deadline' | 'responsible' | 'text';

const TEXT_ROLES = ['id', 'action', 'subaction', 'indicators', 'description', 'status_description'] as const;

/** The sheet a plan row is on: its own, else (a row made without one) the analysis's. */
export function sheetOf(a: Analysis, row: Analysis['rows'][number]): string {
  return row.sheet ?? a.sheet;
}

/** What a cell holds in the plan, when the pane can edit it: its row (on that sheet) and the kind of value. */
export function editableCell(a: Analysis, sheet: string, cell: string): { row: Analysis['rows'][number]; kind: EditKind } | null {
  const combined = a.layout?.columns.status === undefined && a.layout?.columns.status_description !== undefined;
  for (const row of a.rows) {
    if (sheetOf(a, row) !== sheet) continue;
    if (row.cells.status === cell) return { row, kind: 'status' };
    if (combined && row.cells.status_description === cell) return { row, kind: 'status_text' };
    if (row.cells.deadline === cell) return { row, kind: 'deadline' };
    if (row.cells.responsible === cell) return { row, kind: 'responsible' };
    if (TEXT_ROLES.some((r) => row.cells[r] === cell)) return { row, kind: 'text' };
  }
  return null;
}

/** The roles a "missing" finding is about: only their own cell may be edited from it. */
const MISSING_ROLES: Partial<Record<FindingCode, Role[]>> = {
  missing_id: ['id'],
  missing_action: ['action', 'subaction'],
  missing_status: ['status', 'status_description'],
  missing_deadline: ['deadline'],
  missing_responsible: ['responsible'],
  missing_indicators: ['indicators'],
  missing_description: ['description', 'status_description'],
};

/**
 * The edit a finding offers: its cell's, unless the finding tells of a missing role and sits on
 * another role's cell (a missing action shown on the id), which it must not offer to overwrite.
 */
export function editableFor(a: Analysis, f: Finding): ReturnType<typeof editableCell> {
  const edit = editableCell(a, f.sheet, f.cell);
  const roles = MISSING_ROLES[f.code];
  if (!edit || !roles) return edit;
  return roles.some((r) => edit.row.cells[r] === f.cell) ? edit : null;
}

/** A write of new text into a cell, guarded by the text read at validation. */
export function writeOf(a: Analysis, sheet: string, cell: string, value: string): CellFix | null {
  const expected = readAt(a, sheet, cell);
  return expected === null || expected === value ? null : { sheet, cell, expected, value };
}

/** Each sheet's status column data cells, from its first data row to its last plan row. */
export function statusRanges(a: Analysis): { sheet: string; range: string }[] {
  const parts = a.parts.length ? a.parts : [{ sheet: a.sheet, layout: a.layout }];
  const out: { sheet: string; range: string }[] = [];
  for (const { sheet, layout } of parts) {
    const col = layout?.columns.status;
    if (!layout || col === undefined) continue;
    const rows = a.rows.filter((r) => sheetOf(a, r) === sheet);
    const first = layout.dataStart;
    const last = rows.length ? rows[rows.length - 1].index : first;
    const at = (r: number) => cellAddress({ name: sheet, rows: [] }, r, col);
    out.push({ sheet, range: `${at(first)}:${at(last)}` });
  }
  return out;
}

/** The (first sheet's) status column data cells. */
export function statusRange(a: Analysis): { sheet: string; range: string } | null {
  return statusRanges(a)[0] ?? null;
}

/** The allowed statuses as the workbook writes them: the dropdown's values. */
export function allowedStatusTexts(a: Analysis, s: Settings): string[] {
  return s.allowedStates.map((st) => CANONICAL[a.lang][st]);
}

// eslint-disable-next-line @typescript-eslint/no-unused-vars
export async function enforceStatuses(host: Host, a: Analysis, s: Settings, _interfaceLang?: Lang): Promise<boolean> {
  const targets = statusRanges(a);
  for (const target of targets) await host.enforceStatuses(target.sheet, target.range, allowedStatusTexts(a, s));
  return targets.length > 0;
}
