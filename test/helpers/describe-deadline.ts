import { Deadline } from '../../src/core/deadline';

/** A deadline as the fixtures write it: "date 2022-03-31 quarter", "recurring year anchor 03-31", "invalid no_year". */
export function describeDeadline(d: Deadline): string {
  switch (d.kind) {
    case 'date':
      return `date ${d.due} ${d.form}${d.ambiguous ? ' ambiguous' : ''}`;
    case 'recurring':
      return `recurring ${d.every}${d.anchor ? ` anchor ${String(d.anchor.month).padStart(2, '0')}${d.anchor.day ? `-${d.anchor.day}` : ''}` : ''}${d.ambiguous ? ' ambiguous' : ''}`;
    case 'invalid':
      return `invalid ${d.reason}`;
    default:
      return d.kind;
  }
}
