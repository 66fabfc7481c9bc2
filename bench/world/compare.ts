// Compares the engine's reading of one world-corpus workbook with the truth counted by hand, dimension by dimension.
import type { Analysis } from '../../src/core/analyze';
import type { AnalyzedRow } from '../../src/core/interpret';
import { Truth, TruthState, countStates } from './truth';

export const DIMENSIONS = ['rows', 'states', 'groups', 'period'] as const;
export type Dimension = (typeof DIMENSIONS)[number];

export interface DimensionResult {
  dimension: Dimension;
  ok: boolean;
  /** One line: what the truth says and what the engine read. */
  detail: string;
}

/** Finding codes by which the engine says its own reading may be wrong. */
export function isReadingFinding(code: string): boolean {
  return code.startsWith('reading_') || ['role_not_found', 'period_not_found', 'header_not_found', 'sheet_not_found'].includes(code);
}

const TOPICS: Record<Dimension, RegExp> = {
  rows: /row|header|table|sheet|gap|note|data|total|bound/,
  states: /status|state|vocab/,
  groups: /group|heading|level|objective|area/,
  period: /period|date|year/,
};

/** For a finding that counts another finding (reading_same_error { code }): the dimension that code is about. */
const ERROR_TOPICS: Partial<Record<Dimension, RegExp>> = { states: /status/, rows: /_id$|_action$/ };

/**
 * Whether the engine raised a reading finding that owns up to a miss in this dimension: one whose code names the
 * dimension's topic; role_not_found for the status role (states) or the action role (rows); one that counts another
 * error (reading_same_error) when that error is about the dimension; a reading_* code that names no topic at all.
 */
export function warnsAbout(dim: Dimension, findings: readonly { code: string; params: Record<string, unknown> }[]): boolean {
  return findings.some((f) => {
    if (!isReadingFinding(f.code)) return false;
    // No table found: nothing was read, and the officer is told so; no dimension is wrong silently.
    if (f.code === 'header_not_found' || f.code === 'sheet_not_found') return true;
    if (f.code === 'role_not_found') return dim === 'states' ? f.params.role === 'status' : dim === 'rows' && f.params.role === 'action';
    if (typeof f.params.code === 'string') return ERROR_TOPICS[dim]?.test(f.params.code) ?? false;
    const name = f.code.replace(/^reading_/, '');
    const named = Object.values(TOPICS).some((re) => re.test(name));
    return TOPICS[dim].test(name) || (!named && f.code.startsWith('reading_'));
  });
}

const stateOf = (r: AnalyzedRow): TruthState => r.parsedState ?? 'unknown';

export function compareRows(truth: Truth, a: Analysis): DimensionResult {
  const want = new Set(truth.rows.map((r) => r.row));
  const got = new Set(a.rows.map((r) => r.sheetRow));
  const missing = [...want].filter((r) => !got.has(r));
  const extra = [...got].filter((r) => !want.has(r));
  const ok = missing.length === 0 && extra.length === 0;
  const detail = `truth ${want.size} rows, engine ${got.size}` + (ok ? '' : `; missed ${list(missing)}; read as rows but not ${list(extra)}`);
  return { dimension: 'rows', ok, detail };
}

export function compareStates(truth: Truth, a: Analysis): DimensionResult {
  const byRow = new Map(a.rows.map((r) => [r.sheetRow, r]));
  const wrong: string[] = [];
  for (const t of truth.rows) {
    const r = byRow.get(t.row);
    if (!r) continue; // counted under rows
    const got = stateOf(r);
    if (got !== t.state && !(t.also ?? []).includes(got)) wrong.push(`${t.row}:${t.state}≠${got}`);
  }
  const seen = truth.rows.filter((t) => byRow.has(t.row)).length;
  const detail = `truth ${fmt(countStates(truth.rows))}; engine ${fmt(countStates(a.rows.map((r) => ({ state: stateOf(r) }))))}; ${seen - wrong.length}/${seen} read rows right${wrong.length ? ` (wrong: ${list(wrong)})` : ''}`;
  return { dimension: 'states', ok: wrong.length === 0 && seen > 0, detail };
}

/** The top level the truth names against the engine's first level that holds rows (objectives, else areas). */
export function compareGroups(truth: Truth, a: Analysis): DimensionResult {
  const top = truth.groups
    .filter((g) => g.level === 1 && g.rows > 0)
    .map((g) => g.rows)
    .sort((x, y) => x - y);
  const level = a.rows.some((r) => r.objective) ? 'objective' : 'area';
  const counts = new Map<string, number>();
  for (const r of a.rows) {
    const g = level === 'objective' ? r.objective : r.area;
    if (g) counts.set(g.cell, (counts.get(g.cell) ?? 0) + 1);
  }
  const got = [...counts.values()].sort((x, y) => x - y);
  const ok = top.join(',') === got.join(',');
  const detail = `truth ${top.length} groups [${top.join(',')}]; engine ${a.objectives.length} objectives, ${a.areas.length} areas, rows by ${level} [${got.join(',')}]`;
  return { dimension: 'groups', ok, detail };
}

export function comparePeriod(truth: Truth, a: Analysis): DimensionResult {
  const p = a.period;
  const got = p ? `${p.kind} ${p.n} ${p.year} (${p.start}…${p.end})` : 'none';
  const want = truth.period;
  if (!want)
    return { dimension: 'period', ok: p === null, detail: `truth none stated${truth.planTerm ? ` (plan term ${truth.planTerm})` : ''}; engine ${got}` };
  const ok = p !== null && p.year === want.year && (want.end === null || p.end.slice(0, 7) === want.end.slice(0, 7));
  return { dimension: 'period', ok, detail: `truth ${want.label}; engine ${got}` };
}

export function compareAll(truth: Truth, a: Analysis): DimensionResult[] {
  return [compareRows(truth, a), compareStates(truth, a), compareGroups(truth, a), comparePeriod(truth, a)];
}

function list(xs: readonly (string | number)[]): string {
  if (xs.length === 0) return 'none';
  return xs.length > 8 ? `${xs.slice(0, 8).join(', ')} … (${xs.length})` : xs.join(', ');
}

function fmt(c: Partial<Record<TruthState, number>>): string {
  return Object.entries(c)
    .map(([k, v]) => `${k} ${v}`)
    .join(', ');
}
