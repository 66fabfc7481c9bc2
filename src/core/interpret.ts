import { Deadline, dueInPeriod, parseDeadline } from './deadline';
import { Period } from './period';
import { PlanRow } from './plan';
import { splitResponsible } from './responsible';
import { Qualifier, State, matchLeadingStatus } from './status';
import { memo } from './memo';

/** A plan row with its status and deadline understood. */
export interface AnalyzedRow extends PlanRow {
  /** The sheet the row is on (a plan may be read over several sheets); absent on rows made elsewhere (a stored report). */
  sheet?: string;
  /** The state typed, whether allowed or not; null when none is recognised. */
  parsedState: State | null;
  /** The state counted: parsedState when it is allowed. */
  state: State | null;
  qualifiers: Qualifier[];
  /** The status phrase as typed (without qualifiers or narrative). */
  statusPhrase: string;
  deadlineInfo: Deadline;
  /** The due date that falls to this report, if any. */
  due: string | null;
  isDue: boolean;
  isOverdue: boolean;
  responsibleUnits: string[];
}

export interface InterpretContext {
  combinedStatus: boolean;
  allowed: readonly State[];
  period: Period | null;
  planYear: number | undefined;
  /** Deadline text -> parse, for this plan year (see deadlineParser). */
  deadlines?: (text: string) => Deadline;
  /** The row's sheet. */
  sheet?: string;
}

export function deadlineParser(planYear: number | undefined): (text: string) => Deadline {
  return memo((text) => parseDeadline(text, planYear));
}

const statusOf = memo(matchLeadingStatus);
const unitsOf = memo(splitResponsible);

/** Reads status and deadline; ctx.deadlines caches this analysis's deadline parses. */
export function interpretRow(row: PlanRow, ctx: InterpretContext): AnalyzedRow {
  const m = ctx.combinedStatus ? matchLeadingStatus(row.statusText) : statusOf(row.statusText);
  let description = row.description;
  let statusPhrase = '';
  if (m) {
    statusPhrase = row.statusText.slice(0, m.phraseEnd);
    if (ctx.combinedStatus) description = row.statusText.slice(m.end).trim();
  } else if (ctx.combinedStatus) description = row.statusText;
  const parsedState = m?.state ?? null;
  const state = parsedState && ctx.allowed.includes(parsedState) ? parsedState : null;
  const deadlineInfo =
    typeof row.deadline === 'string' && ctx.deadlines ? ctx.deadlines(row.deadline) : parseDeadline(row.deadline, ctx.planYear, row.deadlineFormat);
  const due = ctx.period ? dueInPeriod(deadlineInfo, ctx.period.end) : null;
  const isDue = due !== null && ctx.period !== null && due <= ctx.period.end;
  const isOverdue = isDue && state !== null && state !== 'done' && state !== 'cancelled';
  // The row's fields after the new ones, in PlanRow's order (readPlan builds every row with one
  // literal), each named: V8 builds this several times faster than a spread of the row.
  return {
    parsedState,
    state,
    qualifiers: m?.qualifiers ?? [],
    statusPhrase,
    deadlineInfo,
    due,
    isDue,
    isOverdue,
    responsibleUnits: unitsOf(row.responsible),
    index: row.index,
    sheetRow: row.sheetRow,
    id: row.id,
    idSource: row.idSource,
    objective: row.objective,
    area: row.area,
    parent: row.parent,
    action: row.action,
    responsible: row.responsible,
    deadline: row.deadline,
    deadlineFormat: row.deadlineFormat,
    cost: row.cost,
    indicators: row.indicators,
    statusText: row.statusText,
    description,
    errors: row.errors,
    cells: row.cells,
    sheet: ctx.sheet,
  };
}
