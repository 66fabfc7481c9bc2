import { Analysis } from '../../src/core/analyze';
import { GroupStats } from '../../src/core/stats';
import { PlanSpec } from './plans';
import { LayoutChoice } from './render';

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
  };
}

const counts = (g: GroupStats) => [g.rows, g.byState, g.completionRate, g.due, g.doneAmongDue, g.overdue];

/** What must not change with the layout. */
export function summary(a: Analysis) {
  return {
    period: a.period,
    rows: a.rows.map((r) => ({
      id: r.id,
      action: r.action,
      state: r.state,
      objective: r.objective ? a.objectives.indexOf(r.objective) : null,
      area: r.area ? a.areas.indexOf(r.area) : null,
      due: r.due,
      overdue: r.isOverdue,
      responsible: r.responsibleUnits,
    })),
    objectives: a.stats.objectives.map(counts),
    responsible: a.stats.responsible.map((g) => [g.key, ...counts(g)]),
    total: counts(a.stats.total),
  };
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
