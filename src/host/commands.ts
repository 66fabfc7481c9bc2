import { AnalyzeOptions, Analysis } from '../core/analyze';
import { Finding, FindingCode } from '../core/findings';
import { cellAddress, cellText } from '../core/grid';
import { CANONICAL, Lang } from '../core/status';
import { CellFix, FixOutcome, Host, ReadProgress } from './host';
import { Analyzer, analyzeHere } from './off-thread';
import { Settings } from './settings';

/** Codes whose fix is safe to apply to every finding at once. */
export const SAFE_FIX_CODES: FindingCode[] = ['status_spelling'];

export function analyzeOptions(s: Settings, lang: Lang): AnalyzeOptions {
  const o: AnalyzeOptions = { lang, allowedStates: s.allowedStates };
  if (s.sheet) o.sheet = s.sheet;
  if (s.headerRow) o.headerRow = s.headerRow;
  if (Object.keys(s.columns).length) o.columns = s.columns;
  if (s.period) o.period = s.period;
  if (s.planYear) o.planYear = s.planYear;
  return o;
}

export async function validate(
  host: Host,
  s: Settings,
  lang: Lang,
  onProgress?: (p: ReadProgress) => void,
  signal?: AbortSignal,
  analyze: Analyzer = analyzeHere,
): Promise<Analysis> {
  const grid = await host.readWorkbook(onProgress, signal);
  return analyze(grid, analyzeOptions(s, lang), signal);
}

type CellOwner = { row: Analysis['rows'][number]; role: string };
const cellIndexes = new WeakMap<Analysis, Map<string, CellOwner>>();

/** Which row and role each cell of the analysis belongs to: built once, so fixing all is linear. */
function ownerOf(a: Analysis, cell: string): CellOwner | undefined {
  let index = cellIndexes.get(a);
  if (!index) {
    index = new Map();
    for (const row of a.rows) for (const [role, c] of Object.entries(row.cells)) if (c && !index.has(c)) index.set(c, { row, role });
    cellIndexes.set(a, index);
  }
  return index.get(cell);
}

/** The cell text a finding was made on, so a fix never overwrites a cell edited since. */
export function currentText(a: Analysis, f: Finding): string {
  const owner = ownerOf(a, f.cell);
  if (!owner) return '';
  const { row, role } = owner;
  switch (role) {
    case 'status':
    case 'status_description':
      return row.statusText;
    case 'deadline':
      return cellText(row.deadline);
    case 'responsible':
      return row.responsible;
    case 'id':
      return row.idSource === 'column' ? (row.id ?? '') : '';
    default:
      return '';
  }
}

export function fixOf(a: Analysis, f: Finding): CellFix | null {
  if (f.suggestion === undefined) return null;
  if (f.code === 'unknown_responsible') {
    const row = ownerOf(a, f.cell)?.row;
    if (!row) return null;
    const code = String(f.params.code);
    const value = row.responsible.replace(
      new RegExp(`(^|[^\\p{L}\\d])${code.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?=$|[^\\p{L}\\d])`, 'u'),
      `$1${f.suggestion}`,
    );
    return { sheet: f.sheet, cell: f.cell, expected: row.responsible, value };
  }
  return { sheet: f.sheet, cell: f.cell, expected: currentText(a, f), value: f.suggestion };
}

export function applyFix(host: Host, a: Analysis, f: Finding): Promise<FixOutcome> {
  const fix = fixOf(a, f);
  return host.applyFixes(fix ? [fix] : []);
}

export function applyAllOfCode(host: Host, a: Analysis, code: FindingCode): Promise<FixOutcome> {
  const fixes = a.findings
    .filter((f) => f.code === code)
    .map((f) => fixOf(a, f))
    .filter((x): x is CellFix => x !== null);
  return host.applyFixes(fixes);
}

/** The status column's data cells, from the first data row to the last plan row. */
export function statusRange(a: Analysis): { sheet: string; range: string } | null {
  const col = a.layout?.columns.status ?? a.layout?.columns.status_description;
  if (!a.layout || col === undefined || a.layout.columns.status === undefined) return null;
  const first = a.layout.dataStart;
  const last = a.rows.length ? a.rows[a.rows.length - 1].index : first;
  const top = cellAddress({ name: a.sheet, rows: [] }, first, col);
  const bottom = cellAddress({ name: a.sheet, rows: [] }, last, col);
  return { sheet: a.sheet, range: `${top}:${bottom}` };
}

export async function enforceStatuses(host: Host, a: Analysis, s: Settings, lang: Lang): Promise<boolean> {
  const target = statusRange(a);
  if (!target) return false;
  await host.enforceStatuses(
    target.sheet,
    target.range,
    s.allowedStates.map((st) => CANONICAL[lang][st]),
  );
  return true;
}
