import { countOf } from './calendar-words';

export type Recurrence = 'year' | 'semester' | 'quarter' | 'month';

/** The units a recurrence counts in, with their length in months. */
const UNITS: [RegExp, number][] = [
  [/^(an|anul|year|год|года|годы)$/, 12],
  [/^(semestru|semestrul|semester|half|halfyear|полугодие|полугодия)$/, 6],
  [/^(trimestru|trimestrul|quarter|квартал|квартала)$/, 3],
  [/^(luna|month|месяц|месяца)$/, 1],
  [/^(luni|months|месяцев)$/, 1],
];
const EVERY_MONTHS: Record<number, Recurrence> = { 12: 'year', 6: 'semester', 3: 'quarter', 1: 'month' };

/** "each", "every", "fiecare", "каждый…": the next unit (with its count) is a period of recurrence. */
const EACH = /^(each|every|fiecare|каждыи|каждое|каждые|каждого|каждую|ежe)$/;
/** How many times: "once", "o dată", "twice", "de două ori", "два раза", "дважды", "four times". */
const TIMES: [RegExp[], number][] = [
  [[/^once$/], 1],
  [[/^twice$/], 2],
  [[/^дважды$/], 2],
  [[/^(o|одна?|один)$/, /^(data|odata|раз)$/], 1],
  [[/^odata$/], 1],
  [[/^раз$/], 1],
];
const PER = /^(a|per|pe|в|in|на)$/;

function unitMonths(t: string | undefined): number | null {
  const u = t === undefined ? undefined : UNITS.find(([re]) => re.test(t));
  return u ? u[1] : null;
}

/** "two times", "de două ori", "два раза", "четыре раза": a count and the word for times. */
function countTimes(tokens: string[], k: number): { n: number; end: number } | null {
  for (const [words, n] of TIMES) if (words.every((re, i) => re.test(tokens[k + i] ?? ''))) return { n, end: k + words.length - 1 };
  const j = tokens[k] === 'de' ? k + 1 : k;
  const n = countOf(tokens[j]);
  if (n !== null && /^(times|ori|раза|раз)$/.test(tokens[j + 1] ?? '')) return { n, end: j + 1 };
  return null;
}

/**
 * A recurrence written as a phrase: "each quarter", "în fiecare an", "каждый месяц", "every six
 * months", "once a year", "o dată pe semestru", "раз в квартал", "twice a year", "de două ori pe
 * an", "два раза в год". The count per unit gives the period: twice a year is each semester.
 */
export function recurrenceAt(tokens: string[], k: number): { every: Recurrence; end: number } | null {
  if (EACH.test(tokens[k])) {
    const count = countOf(tokens[k + 1]);
    const j = count !== null && unitMonths(tokens[k + 2]) !== null ? k + 2 : k + 1;
    const months = unitMonths(tokens[j]);
    const every = months !== null ? EVERY_MONTHS[months * (j === k + 2 ? count! : 1)] : undefined;
    return every ? { every, end: j } : null;
  }
  const times = countTimes(tokens, k);
  if (!times || !PER.test(tokens[times.end + 1] ?? '')) return null;
  const months = unitMonths(tokens[times.end + 2]);
  if (months === null || months % times.n !== 0) return null;
  const every = EVERY_MONTHS[months / times.n];
  return every ? { every, end: times.end + 2 } : null;
}
