import { formatPeriod } from '../format';
import { AnalyzedRow } from '../interpret';
import { stateLabel } from '../messages';
import { Period } from '../period';
import { Lang } from '../status';
import { Comparison, RowChange } from './changes';

export interface ChangeVars {
  id: string;
  previous_id: string;
  title: string;
  from_state: string;
  to_state: string;
  from_label: string;
  to_label: string;
  /** Due dates (ISO) in the previous report and in this one. */
  from_due: string;
  to_due: string;
  /** For a postponed deadline: the fixed dates before and after, and the months between. */
  deadline_from: string;
  deadline_to: string;
  months: number;
}

export interface RowVars {
  id: string;
  title: string;
  state_label: string;
}

/** The template variables of the comparison with the previous report (`comparison`, null without one). */
export interface ComparisonVars {
  previous_period: string;
  matched: number;
  completion_before: number | null;
  completion_now: number | null;
  moved_to_done: ChangeVars[];
  regressed: ChangeVars[];
  postponed: ChangeVars[];
  overdue_again: ChangeVars[];
  not_started_again: ChangeVars[];
  description_unchanged: ChangeVars[];
  new_actions: RowVars[];
  dropped: RowVars[];
  objectives: { key: string; title: string; completion_before: number | null; completion_now: number | null }[];
}

function changeVars(ch: RowChange, lang: Lang): ChangeVars {
  const a = ch.previous.deadlineInfo;
  const b = ch.current.deadlineInfo;
  return {
    id: ch.current.id ?? '',
    previous_id: ch.previous.id ?? '',
    title: ch.current.action,
    from_state: ch.fromState ?? 'unknown',
    to_state: ch.toState ?? 'unknown',
    from_label: stateLabel(lang, ch.fromState ?? 'unknown'),
    to_label: stateLabel(lang, ch.toState ?? 'unknown'),
    from_due: ch.fromDue ?? '',
    to_due: ch.toDue ?? '',
    deadline_from: a.kind === 'date' ? a.due : '',
    deadline_to: b.kind === 'date' ? b.due : '',
    months: ch.postponedMonths ?? 0,
  };
}

const rowVars = (r: AnalyzedRow, lang: Lang): RowVars => ({ id: r.id ?? '', title: r.action, state_label: stateLabel(lang, r.state ?? 'unknown') });

export function comparisonVars(c: Comparison, previousPeriod: Period | null, lang: Lang): ComparisonVars {
  const list = (keep: (ch: RowChange) => boolean) => c.rows.filter(keep).map((ch) => changeVars(ch, lang));
  return {
    previous_period: formatPeriod(previousPeriod, lang),
    matched: c.rows.length,
    completion_before: c.total.completionBefore,
    completion_now: c.total.completionNow,
    moved_to_done: list((ch) => ch.movedToDone),
    regressed: list((ch) => ch.regressed),
    postponed: list((ch) => ch.postponedMonths !== null),
    overdue_again: list((ch) => ch.overdueAgain),
    not_started_again: list((ch) => ch.notStartedAgain),
    description_unchanged: list((ch) => ch.descriptionUnchanged),
    new_actions: c.added.map((r) => rowVars(r, lang)),
    dropped: c.dropped.map((r) => rowVars(r, lang)),
    objectives: c.objectives.map((o) => ({ key: o.key, title: o.title, completion_before: o.completionBefore, completion_now: o.completionNow })),
  };
}
