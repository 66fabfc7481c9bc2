import { Period, makePeriod } from '../period';

/** The period after this one: semester I → II, semester II → I of the next year; quarters and years likewise. */
export function nextPeriod(p: Period): Period {
  const last = p.kind === 'semester' ? 2 : p.kind === 'quarter' ? 4 : 1;
  return p.n < last ? makePeriod(p.kind, p.n + 1, p.year) : makePeriod(p.kind, 1, p.year + 1);
}
