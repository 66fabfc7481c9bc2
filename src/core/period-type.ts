import { endOfMonth, isoDate } from './dates';

export interface Period {
  /** "months": the first n months of the year, as in "9 luni 2022" (January–September). */
  kind: 'semester' | 'quarter' | 'year' | 'months';
  /** 1–2 for semesters, 1–4 for quarters, 1 for a year, the count of months for "months". */
  n: number;
  year: number;
  start: string;
  end: string;
}

export function makePeriod(kind: Period['kind'], n: number, year: number): Period {
  if (kind === 'months') {
    if (n === 12) return makePeriod('year', 1, year);
    if (n === 6) return makePeriod('semester', 1, year);
    if (n === 3) return makePeriod('quarter', 1, year);
    return { kind, n, year, start: isoDate(year, 1, 1), end: endOfMonth(year, n) };
  }
  const months = kind === 'semester' ? 6 : kind === 'quarter' ? 3 : 12;
  const lastMonth = n * months;
  return { kind, n, year, start: isoDate(year, lastMonth - months + 1, 1), end: endOfMonth(year, lastMonth) };
}
