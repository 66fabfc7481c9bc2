import { Analysis } from '../analyze';
import { parts } from '../dates';
import { Finding, finding, sortFindings } from '../findings';
import { AnalyzedRow } from '../interpret';
import { Role } from '../roles';
import { State } from '../status';
import { GroupStats } from '../stats';
import { MatchKind, MatchOverrides, RowPair, matchRows } from './match';
import { sameDescription } from './similarity';
import { PreviousReport } from './stored';

export interface RowChange {
  current: AnalyzedRow;
  previous: AnalyzedRow;
  by: MatchKind;
  fromState: State | null;
  toState: State | null;
  fromDue: string | null;
  toDue: string | null;
  descriptionUnchanged: boolean;
  movedToDone: boolean;
  regressed: boolean;
  /** Whole months the fixed deadline moved later, when it did. */
  postponedMonths: number | null;
  overdueAgain: boolean;
  notStartedAgain: boolean;
}

export interface ObjectiveChange {
  key: string;
  title: string;
  completionBefore: number | null;
  completionNow: number | null;
}

export interface Comparison {
  previousSheet: string;
  rows: RowChange[];
  added: AnalyzedRow[];
  /** Previous rows absent now; those cancelled then are in droppedCancelled, not here. */
  dropped: AnalyzedRow[];
  droppedCancelled: AnalyzedRow[];
  objectives: ObjectiveChange[];
  /** The whole plan's completion then and now. */
  total: { completionBefore: number | null; completionNow: number | null };
  findings: Finding[];
}

function monthsBetween(from: string, to: string): number {
  const a = parts(from);
  const b = parts(to);
  return (b.y - a.y) * 12 + (b.m - a.m) + (b.d >= a.d ? 0 : -1);
}

/** A fixed deadline moved later (a recurring one falls due anew each period: not a postponement). */
function postponement(p: AnalyzedRow, c: AnalyzedRow): { from: string; to: string } | null {
  const a = p.deadlineInfo;
  const b = c.deadlineInfo;
  if (a.kind !== 'date' || b.kind !== 'date' || b.due <= a.due) return null;
  return { from: a.due, to: b.due };
}

function changeOf({ current: c, previous: p, by }: RowPair): RowChange {
  const moved = postponement(p, c);
  return {
    current: c,
    previous: p,
    by,
    fromState: p.state,
    toState: c.state,
    fromDue: p.due,
    toDue: c.due,
    descriptionUnchanged: p.state !== null && p.state === c.state && sameDescription(p.description, c.description),
    movedToDone: c.state === 'done' && p.state !== 'done',
    regressed: p.state === 'done' && c.state !== null && c.state !== 'done' && c.state !== 'cancelled',
    postponedMonths: moved ? Math.max(monthsBetween(moved.from, moved.to), 0) : null,
    overdueAgain: p.isOverdue && c.isOverdue,
    notStartedAgain: p.state === 'not_started' && c.state === 'not_started',
  };
}

/** The cell a finding about this row points at: the role's cell, else the row's first known cell. */
function cellOf(r: AnalyzedRow, ...roles: Role[]): string {
  for (const role of roles) if (r.cells[role]) return r.cells[role]!;
  return r.cells.id ?? r.cells.action ?? r.cells.subaction ?? Object.values(r.cells)[0] ?? `A${r.sheetRow}`;
}

function findingsOf(ch: RowChange, sheet: string): Finding[] {
  const c = ch.current;
  const p = ch.previous;
  const out: Finding[] = [];
  const previousId = p.id ?? '';
  if (ch.regressed)
    out.push(finding('regressed', sheet, cellOf(c, 'status', 'status_description'), c.id, { from: p.state, to: c.state ?? 'unknown', previousId }));
  if (ch.postponedMonths !== null && p.deadlineInfo.kind === 'date' && c.deadlineInfo.kind === 'date')
    out.push(
      finding('postponed', sheet, cellOf(c, 'deadline'), c.id, {
        from: p.deadlineInfo.due,
        to: c.deadlineInfo.due,
        months: ch.postponedMonths,
        previousId,
      }),
    );
  if (ch.overdueAgain) out.push(finding('overdue_again', sheet, cellOf(c, 'deadline'), c.id, { due: c.due, previousDue: p.due, previousId }));
  if (ch.notStartedAgain) out.push(finding('not_started_again', sheet, cellOf(c, 'status', 'status_description'), c.id, { previousId }));
  if (ch.descriptionUnchanged)
    out.push(finding('description_unchanged', sheet, cellOf(c, 'description', 'status_description'), c.id, { state: c.state, previousId }));
  return out;
}

function objectiveChanges(before: GroupStats[], now: GroupStats[]): ObjectiveChange[] {
  const prev = new Map(before.map((g) => [g.key, g]));
  const out: ObjectiveChange[] = now.map((g) => ({
    key: g.key,
    title: g.title,
    completionBefore: prev.get(g.key)?.completionRate ?? null,
    completionNow: g.completionRate,
  }));
  const seen = new Set(now.map((g) => g.key));
  for (const g of before) if (!seen.has(g.key)) out.push({ key: g.key, title: g.title, completionBefore: g.completionRate, completionNow: null });
  return out;
}

/**
 * What changed since the previous report: rows paired across the periods, state and deadline
 * changes, copied descriptions, new and dropped actions, as findings on this period's cells (a
 * dropped action's finding points at the previous report's cell, with params.source "previous").
 */
export function compareAnalyses(previous: PreviousReport, current: Analysis, overrides: MatchOverrides = {}): Comparison {
  const matching = matchRows(previous.rows, current.rows, overrides);
  const rows = matching.pairs.map(changeOf);
  // Each finding on its row's own sheet: a plan may be read over several.
  const findings = rows.flatMap((ch) => findingsOf(ch, ch.current.sheet ?? current.sheet));
  for (const a of matching.added) findings.push(finding('new_action', a.sheet ?? current.sheet, cellOf(a, 'id', 'action', 'subaction'), a.id, {}));
  const dropped = matching.dropped.filter((p) => p.state !== 'cancelled');
  for (const p of dropped)
    findings.push(
      finding('dropped', p.sheet ?? previous.sheet, cellOf(p, 'id', 'action', 'subaction'), p.id, {
        id: p.id ?? '',
        state: p.state ?? 'unknown',
        source: 'previous',
      }),
    );
  return {
    previousSheet: previous.sheet,
    rows,
    added: matching.added,
    dropped,
    droppedCancelled: matching.dropped.filter((p) => p.state === 'cancelled'),
    objectives: objectiveChanges(previous.stats.objectives, current.stats.objectives),
    total: { completionBefore: previous.stats.total.completionRate, completionNow: current.stats.total.completionRate },
    findings: sortFindings(findings),
  };
}
