import { Analysis } from '../analyze';
import type { ComparisonVars } from '../compare/narrative-vars';
import { cellText } from '../grid';
import { formatPeriod } from '../format';
import { AnalyzedRow } from '../interpret';
import { stateLabel } from '../messages';
import { Lang, STATES, State } from '../status';
import { GroupStats } from '../stats';
import { firstSentence, fold } from '../text';

export interface StatVars {
  rows: number;
  done: number;
  partially_done: number;
  in_progress: number;
  initiated: number;
  not_started: number;
  not_done: number;
  suspended: number;
  cancelled: number;
  unknown: number;
  completion_rate: number | null;
  started_rate: number | null;
  due: number;
  done_among_due: number;
  overdue: number;
  /** The states that occur, most frequent first: [{ state, count }]. */
  states: { state: State | 'unknown'; count: number }[];
}

export interface ActionVars {
  id: string;
  title: string;
  objective: string;
  area: string;
  responsible: string;
  deadline: string;
  due: string;
  state: string;
  state_label: string;
  status: string;
  /** The first sentence of the narrative: the reason, for actions not done. */
  reason: string;
  narrative: string;
  overdue: boolean;
}

export interface GroupVars extends StatVars {
  key: string;
  title: string;
  actions: ActionVars[];
}

export interface NarrativeContext {
  lang: Lang;
  period: string;
  period_start: string;
  period_end: string;
  plan_title: string;
  sheet: string;
  total: StatVars;
  objectives: GroupVars[];
  areas: GroupVars[];
  responsible: GroupVars[];
  actions: ActionVars[];
  overdue: ActionVars[];
  not_started: ActionVars[];
  not_done: ActionVars[];
  suspended: ActionVars[];
  /** Overdue, not started, not done and suspended actions, once each, in plan order. */
  attention: ActionVars[];
  /** The objectives with the lowest and highest completion (null with fewer than two objectives). */
  lowest: GroupVars | null;
  highest: GroupVars | null;
  /** What changed since the previous report; null when none was given. */
  comparison: ComparisonVars | null;
}

function statVars(g: GroupStats): StatVars {
  const states = ([...STATES, 'unknown'] as (State | 'unknown')[])
    .map((state) => ({ state, count: g.byState[state] }))
    .filter((s) => s.count > 0)
    .sort((a, b) => b.count - a.count);
  return {
    rows: g.rows,
    ...Object.fromEntries([...STATES, 'unknown'].map((s) => [s, g.byState[s as State | 'unknown']])),
    completion_rate: g.completionRate,
    started_rate: g.startedRate,
    due: g.due,
    done_among_due: g.doneAmongDue,
    overdue: g.overdue,
    states,
  } as StatVars;
}

function actionVars(r: AnalyzedRow, lang: Lang): ActionVars {
  return {
    id: r.id ?? '',
    title: r.action,
    objective: r.objective?.key ?? '',
    area: r.area?.key ?? '',
    responsible: r.responsible.replace(/\s+/g, ' '),
    deadline: cellText(r.deadline),
    due: r.due ?? '',
    state: r.state ?? 'unknown',
    state_label: stateLabel(lang, r.state ?? 'unknown'),
    status: r.statusText,
    reason: firstSentence(r.description),
    narrative: r.description,
    overdue: r.isOverdue,
  };
}

export function buildContext(a: Analysis, lang: Lang, comparison: ComparisonVars | null = null): NarrativeContext {
  const actions = a.rows.map((r) => actionVars(r, lang));
  // One pass puts each action under its objective, area and units: linear in the rows.
  const buckets = { objectives: new Map<string, ActionVars[]>(), areas: new Map<string, ActionVars[]>(), responsible: new Map<string, ActionVars[]>() };
  const put = (map: Map<string, ActionVars[]>, key: string, x: ActionVars) => {
    const list = map.get(key);
    if (list) list.push(x);
    else map.set(key, [x]);
  };
  a.rows.forEach((r, i) => {
    put(buckets.objectives, r.objective?.key ?? '', actions[i]);
    if (r.area) put(buckets.areas, r.area.key, actions[i]);
    for (const u of new Set(r.responsibleUnits.map((x) => fold(x)))) put(buckets.responsible, u, actions[i]);
  });
  const group = (g: GroupStats, actionsOf: GroupVars['actions'] | undefined): GroupVars => ({
    key: g.key,
    title: g.title,
    ...statVars(g),
    actions: actionsOf ?? [],
  });
  const objectives = a.stats.objectives.map((g) => group(g, buckets.objectives.get(g.key)));
  const areas = a.stats.areas.map((g) => group(g, buckets.areas.get(g.key)));
  const responsible = a.stats.responsible.map((g) => group(g, buckets.responsible.get(fold(g.key))));
  const rated = objectives.filter((o) => o.completion_rate !== null);
  const byRate = [...rated].sort((x, y) => x.completion_rate! - y.completion_rate!);
  const withState = (s: State) => actions.filter((x) => x.state === s);
  const attention = actions.filter((x) => x.overdue || ['not_started', 'not_done', 'suspended'].includes(x.state));
  return {
    lang,
    period: formatPeriod(a.period, lang),
    period_start: a.period?.start ?? '',
    period_end: a.period?.end ?? '',
    plan_title: a.title,
    sheet: a.sheet,
    total: statVars(a.stats.total),
    objectives,
    areas,
    responsible,
    actions,
    overdue: actions.filter((x) => x.overdue),
    not_started: withState('not_started'),
    not_done: withState('not_done'),
    suspended: withState('suspended'),
    attention,
    lowest: byRate.length >= 2 ? byRate[0] : null,
    highest: byRate.length >= 2 ? byRate[byRate.length - 1] : null,
    comparison,
  };
}
