import { Analysis } from '../../src/core/analyze';
import { Finding } from '../../src/core/findings';
import { interpretRow } from '../../src/core/interpret';
import { Period } from '../../src/core/period';
import { STATES, State } from '../../src/core/status';
import { GroupStats, computeStatistics } from '../../src/core/stats';
import { Dims } from './dims';
import { PlanSpec } from './plans';
import { documentedReading } from './documented-statuses';
import { LayoutChoice } from './render';
import { styledStatus } from './vocab-rows';

/** The layout every other one is compared with: the sample's own. */
export function canonical(plan: PlanSpec): LayoutChoice {
  return {
    lang: 'ro',
    headers: {
      id: 'Nr.',
      action: 'Acțiunea',
      responsible: 'Instituția responsabilă',
      deadline: 'Termen de realizare',
      cost: 'Costuri',
      indicators: 'Indicatori de progres',
      status: 'Statutul',
      description: 'Descrierea succintă',
    },
    order: ['id', 'action', 'responsible', 'deadline', 'cost', 'indicators', 'status', 'description'],
    objectiveForm: 'merged',
    objectiveNumbering: 'word',
    areaForm: plan.hasAreas ? 'merged' : 'none',
    areaNumbering: 'arabic',
    ids: 'column',
    combined: false,
    statusSpelling: 0,
    responsibleSep: ', ',
    titleRows: 2,
    periodWording: 0,
    numberingRow: false,
    emptyRows: false,
    twoRowHeader: false,
    dims: {},
  };
}

const counts = (g: GroupStats, due: boolean) => [g.rows, g.byState, g.completionRate, ...(due ? [g.due, g.doneAmongDue, g.overdue] : [])];

type Reading = Pick<Analysis, 'period' | 'rows' | 'objectives' | 'areas' | 'stats' | 'abbreviations' | 'findings'> & {
  /** Per row, the state a `status_inferred` finding proposes (else null): when set, not read from the findings. */
  proposed?: (State | null)[];
};

/** Per row, the state the engine proposes for an inferred status: its `status_inferred` finding on the row's status cell. */
function proposals(a: Reading): (State | null)[] {
  if (a.proposed) return a.proposed;
  const inferred = a.findings.filter((f) => f.code === 'status_inferred');
  return a.rows.map((r) => {
    const cell = r.cells.status ?? r.cells.status_description;
    const f = inferred.find((x) => x.cell === cell && (!r.sheet || x.sheet === r.sheet));
    return f ? (f.params.state as State) : null;
  });
}

/**
 * What must not change with the layout. A column the layout lacks (issue 19's missing dimension)
 * is dropped from the comparison: no id, no deadline (due, overdue and their counts), no responsible.
 */
export function summary(a: Reading, dims: Dims = {}) {
  const has = { id: dims.missing !== 'id', deadline: dims.missing !== 'deadline', responsible: dims.missing !== 'responsible' };
  const proposed = proposals(a);
  return {
    period: a.period,
    rows: a.rows.map((r, i) => ({
      ...(has.id ? { id: r.id } : {}),
      action: r.action,
      state: r.state,
      proposed: proposed[i],
      objective: r.objective ? a.objectives.indexOf(r.objective) : null,
      area: r.area ? a.areas.indexOf(r.area) : null,
      ...(has.deadline ? { due: r.due, overdue: r.isOverdue } : {}),
      ...(has.responsible ? { responsible: r.responsibleUnits } : {}),
    })),
    objectives: a.stats.objectives.map((g) => counts(g, has.deadline)),
    ...(has.responsible ? { responsible: a.stats.responsible.map((g) => [g.key, ...counts(g, has.deadline)]) } : {}),
    total: counts(a.stats.total, has.deadline),
  };
}

/** A missing column said on more than one row ("never flood every row with the same error"). */
export function floods(findings: Finding[], dims: Dims): boolean {
  return dims.missing !== undefined && findings.filter((f) => f.code === `missing_${dims.missing}`).length > 1;
}

/**
 * The canonical reading for another reporting period: the canonical layout's rows, their due
 * dates and overdue flags recomputed for the period the layout's title names.
 */
export function forPeriod(a: Analysis, period: Period): Reading {
  const rows = a.rows.map((r) => interpretRow(r, { combinedStatus: false, allowed: [...STATES], period, planYear: a.planYear ?? undefined }));
  return {
    period,
    rows,
    objectives: a.objectives,
    areas: a.areas,
    stats: computeStatistics(rows, a.abbreviations),
    abbreviations: a.abbreviations,
    findings: a.findings,
  };
}

/**
 * The expected reading when the layout writes tracker statuses (issue 19's statuses dimension),
 * as docs/statuses.md documents them: a certain phrase is counted in its state; an inferred one
 * leaves the state unknown (not counted, never overdue) and a `status_inferred` finding proposes
 * the state the phrase was written for. Row i carries variant statusSpelling + i, as rendered.
 */
export function asDocumented(r: Reading, plan: PlanSpec, l: LayoutChoice): Reading {
  const style = l.dims.statuses;
  if (!style) return r;
  const meant = facts(plan).map((f) => f.state as State);
  const proposed = proposals(r).slice();
  const rows = r.rows.map((row, i) => {
    const phrase = styledStatus(style, meant[i], l.lang, l.statusSpelling + i);
    const doc = phrase === null ? null : documentedReading(phrase);
    if (phrase === null) return row;
    if (doc?.certain && doc.state === meant[i]) {
      proposed[i] = null;
      return row;
    }
    // Not in the table, or documented as another state: the layout's expectation cannot hold.
    if (!doc || doc.state !== meant[i]) throw new Error(`the generator's status ${JSON.stringify(phrase)} is not documented as ${meant[i]}`);
    proposed[i] = meant[i];
    return { ...row, parsedState: null, state: null, isOverdue: false };
  });
  return { ...r, rows, proposed, stats: computeStatistics(rows, r.abbreviations) };
}

/** The plan's own facts: ids, titles, states and groupings in order. */
export function facts(plan: PlanSpec) {
  const out: { id: string; action: string; state: string; objective: number; area: number | null }[] = [];
  let areaIndex = 0;
  plan.objectives.forEach((o, oi) =>
    o.areas.forEach((ar) => {
      for (const x of ar.actions) out.push({ id: x.id, action: x.title, state: x.state, objective: oi, area: plan.hasAreas ? areaIndex : null });
      areaIndex++;
    }),
  );
  return out;
}

/** Where two summaries first part, in a few words: "period: quarter 3 2020 → year 1 2020", "row 4 state: in_progress → null". */
export function firstDifference(expected: ReturnType<typeof summary>, got: ReturnType<typeof summary>): string {
  const p = (x: Period | null) => (x ? `${x.kind} ${x.n} ${x.year}` : 'none');
  if (p(expected.period) !== p(got.period)) return `period: ${p(expected.period)} → ${p(got.period)}`;
  if (expected.rows.length !== got.rows.length) return `rows: ${expected.rows.length} → ${got.rows.length}`;
  for (let i = 0; i < expected.rows.length; i++) {
    const [e, g] = [expected.rows[i] as Record<string, unknown>, got.rows[i] as Record<string, unknown>];
    const key = Object.keys(e).find((k) => JSON.stringify(e[k]) !== JSON.stringify(g[k]));
    if (key) return `row ${i} ${key}: ${JSON.stringify(e[key]).slice(0, 40)} → ${JSON.stringify(g[key]).slice(0, 40)}`;
  }
  return 'statistics';
}
