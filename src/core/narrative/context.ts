import { Analysis } from '../analyze';
import type { ComparisonVars } from '../compare/narrative-vars';
import { cellText } from '../grid';
import { formatPeriod } from '../format';
import { AnalyzedRow } from '../interpret';
import { stateLabel, ui } from '../messages';
import { looksLikeCode } from '../responsible';
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
  /** The responsible units as written, one separator: "DIP, SRJU, Ministerul Justiției". */
  responsible: string;
  /** The same units with their names from the abbreviations list (the name is the text itself when it is no code). */
  units: UnitVars[];
  deadline: string;
  due: string;
  state: string;
  state_label: string;
  status: string;
  /** The first sentence of the narrative: the reason, for actions not done. */
  reason: string;
  narrative: string;
  overdue: boolean;
  /** Due on or before the end of the period. */
  is_due: boolean;
}

export interface UnitVars {
  code: string;
  name: string;
}

export interface GroupVars extends StatVars {
  key: string;
  title: string;
  actions: ActionVars[];
}

export interface NarrativeContext {
  lang: Lang;
  /** The institution, when a title row names one ("Agenția de Guvernare Electronică"), else "". */
  institution: string;
  /** The rows above the table, in order. */
  title_rows: string[];
  /** The report's date (YYYY-MM-DD): a date written in the title rows, else today. */
  report_date: string;
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
  /** Due actions with no valid status. */
  no_status: ActionVars[];
  /** Overdue, not started, not done, suspended and due-without-status actions, once each, in plan order. */
  attention: ActionVars[];
  /** The objectives with the lowest and highest completion (null with fewer than two objectives). */
  lowest: GroupVars | null;
  highest: GroupVars | null;
  /** Every objective tied at the lowest and at the highest completion (empty with fewer than two objectives). */
  lowest_objectives: GroupVars[];
  highest_objectives: GroupVars[];
  /** What changed since the previous report; null when none was given. */
  comparison: ComparisonVars | null;
}

export interface ContextOptions {
  /** Today (YYYY-MM-DD), for the report's date when the title rows give none. */
  today?: string;
}

const INSTITUTION =
  /^(ministerul|agentia|cancelaria|guvernul|serviciul|inspectoratul|consiliul|biroul|centrul|oficiul|autoritatea|institutul|casa|primaria|comisia|academia|administratia|departamentul|directia|министерство|агентство|государственн|правительство|служба|бюро|центр|совет|инспекция|ministry|agency|state chancellery|government|office|council|national|inspectorate|department)/;

/** A date written in the title rows ("15.07.2020", "2020-07-15"), as YYYY-MM-DD. */
function titleDate(titles: string[]): string | null {
  for (const t of titles) {
    const m = /\b(\d{1,2})[./](\d{1,2})[./](\d{4})\b/.exec(t);
    if (m && +m[2] >= 1 && +m[2] <= 12 && +m[1] >= 1 && +m[1] <= 31) return `${m[3]}-${m[2].padStart(2, '0')}-${m[1].padStart(2, '0')}`;
    const iso = /\b(\d{4})-(\d{2})-(\d{2})\b/.exec(t);
    if (iso) return iso[0];
  }
  return null;
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

/** "DIP SRJU SGPE" (codes typed with spaces only) is three units; "Agenția Servicii Publice" one. */
function spaceSeparatedCodes(unit: string): string[] {
  const words = unit.split(/\s+/).filter(Boolean);
  return words.length > 1 && words.every(looksLikeCode) ? words : [words.join(' ')];
}

function actionVars(r: AnalyzedRow, lang: Lang, abbreviations: Analysis['abbreviations']): ActionVars {
  const units = r.responsibleUnits.flatMap(spaceSeparatedCodes).filter(Boolean);
  return {
    id: r.id ?? '',
    title: r.action,
    objective: r.objective?.key ?? '',
    area: r.area?.key ?? '',
    responsible: units.join(', '),
    units: units.map((code) => ({ code, name: abbreviations?.get(code) ?? code })),
    deadline: cellText(r.deadline),
    due: r.due ?? '',
    state: r.state ?? 'unknown',
    state_label: stateLabel(lang, r.state ?? 'unknown'),
    status: r.statusText,
    reason: firstSentence(r.description),
    narrative: r.description,
    overdue: r.isOverdue,
    is_due: r.isDue,
  };
}

/** Whether any action sits under an objective heading. */
export function hasObjectives(a: Pick<Analysis, 'stats'>): boolean {
  return a.stats.objectives.some((g) => g.key !== '');
}

export function buildContext(a: Analysis, lang: Lang, options: ContextOptions = {}, comparison: ComparisonVars | null = null): NarrativeContext {
  const actions = a.rows.map((r) => actionVars(r, lang, a.abbreviations));
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
  // A plan without objective headings has no per-objective part (its one group would repeat the total);
  // in a plan with some, the actions under none are named "(no objective)", never an empty title.
  const objectives = hasObjectives(a)
    ? a.stats.objectives.map((g) => ({ ...group(g, buckets.objectives.get(g.key)), title: g.title || ui(lang, 'no_objective') }))
    : [];
  const areas = a.stats.areas.map((g) => group(g, buckets.areas.get(g.key)));
  const responsible = a.stats.responsible.map((g) => group(g, buckets.responsible.get(fold(g.key))));
  const rated = objectives.filter((o) => o.completion_rate !== null);
  const byRate = [...rated].sort((x, y) => x.completion_rate! - y.completion_rate!);
  const withState = (s: State) => actions.filter((x) => x.state === s);
  const noStatus = actions.filter((x) => x.state === 'unknown' && x.is_due);
  const attention = actions.filter((x) => x.overdue || ['not_started', 'not_done', 'suspended'].includes(x.state) || (x.state === 'unknown' && x.is_due));
  const tied = (rate: number | null | undefined) => (byRate.length >= 2 ? byRate.filter((o) => o.completion_rate === rate) : []);
  const titles = a.titles ?? [];
  const institution = titles.find((t) => INSTITUTION.test(fold(t))) ?? '';
  return {
    lang,
    institution,
    title_rows: titles,
    report_date: titleDate(titles) ?? options.today ?? new Date().toISOString().slice(0, 10),
    period: formatPeriod(a.period, lang),
    period_start: a.period?.start ?? '',
    period_end: a.period?.end ?? '',
    plan_title: titles.find((t) => t !== institution && !/^(pentru|за|for|perioada|period)(\s|$)/.test(fold(t))) ?? a.title,
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
    no_status: noStatus,
    attention,
    lowest: byRate.length >= 2 ? byRate[0] : null,
    highest: byRate.length >= 2 ? byRate[byRate.length - 1] : null,
    lowest_objectives: tied(byRate[0]?.completion_rate),
    highest_objectives: tied(byRate[byRate.length - 1]?.completion_rate),
    comparison,
  };
}
