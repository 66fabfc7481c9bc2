import { Deadline, dueInPeriod, parseDeadline } from './deadline';
import { Period } from './period';
import { PlanRow } from './plan';
import { splitResponsible } from './responsible';
import { Qualifier, State, matchLeadingStatus } from './status';

/** A plan row with its status and deadline understood. */
export interface AnalyzedRow extends PlanRow {
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
}

export function interpretRow(row: PlanRow, ctx: InterpretContext): AnalyzedRow {
  const m = matchLeadingStatus(row.statusText);
  let description = row.description;
  let statusPhrase = '';
  if (m) {
    statusPhrase = row.statusText.slice(0, m.phraseEnd);
    if (ctx.combinedStatus) description = row.statusText.slice(m.end).trim();
  } else if (ctx.combinedStatus) description = row.statusText;
  const parsedState = m?.state ?? null;
  const state = parsedState && ctx.allowed.includes(parsedState) ? parsedState : null;
  const deadlineInfo = parseDeadline(row.deadline, ctx.planYear, row.deadlineFormat);
  const due = ctx.period ? dueInPeriod(deadlineInfo, ctx.period.end) : null;
  const isDue = due !== null && ctx.period !== null && due <= ctx.period.end;
  const isOverdue = isDue && state !== null && state !== 'done' && state !== 'cancelled';
  return {
    ...row,
    description,
    parsedState,
    state,
    qualifiers: m?.qualifiers ?? [],
    statusPhrase,
    deadlineInfo,
    due,
    isDue,
    isOverdue,
    responsibleUnits: splitResponsible(row.responsible),
  };
}
