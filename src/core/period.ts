import { endOfMonth, isoDate } from './dates';
import { fold } from './text';

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

/** "S1-2022", "2022-S1", "H2 2021", "Q3-2021", "T3 2021", "2022": as given on the command line or in settings. */
export function parsePeriodOption(text: string): Period | null {
  const t = fold(text).replace(/[\s_/]+/g, '-');
  let m = /^([sh]|sem)-?([12])-?(\d{4})$/.exec(t) ?? /^(\d{4})-?([sh]|sem)-?([12])$/.exec(t);
  if (m) return /^\d/.test(m[1]) ? makePeriod('semester', Number(m[3]), Number(m[1])) : makePeriod('semester', Number(m[2]), Number(m[3]));
  m = /^([qt])-?([1-4])-?(\d{4})$/.exec(t) ?? /^(\d{4})-?([qt])-?([1-4])$/.exec(t);
  if (m) return /^\d/.test(m[1]) ? makePeriod('quarter', Number(m[3]), Number(m[1])) : makePeriod('quarter', Number(m[2]), Number(m[3]));
  m = /^(\d{4})$/.exec(t);
  if (m) return makePeriod('year', 1, Number(m[1]));
  return null;
}

const ORDINAL: Record<string, number> = {
  i: 1,
  ii: 2,
  iii: 3,
  iv: 4,
  '1': 1,
  '2': 2,
  '3': 3,
  '4': 4,
  primul: 1,
  prima: 1,
  intii: 1,
  intai: 1,
  first: 1,
  первое: 1,
  первый: 1,
  первом: 1,
  '1-ul': 1,
  '1-lea': 1,
  'al doilea': 2,
  'a doua': 2,
  doilea: 2,
  doua: 2,
  second: 2,
  второе: 2,
  второй: 2,
  втором: 2,
  '2-lea': 2,
  'al treilea': 3,
  'a treia': 3,
  treilea: 3,
  treia: 3,
  third: 3,
  третий: 3,
  третьем: 3,
  '3-lea': 3,
  'al patrulea': 4,
  'a patra': 4,
  patrulea: 4,
  patra: 4,
  fourth: 4,
  четвертый: 4,
  четвертом: 4,
  '4-lea': 4,
};
const NUM = '(iv|iii|ii|i|[1-4])';
const WORD_NUM =
  '(primul|prima|intii|intai|al doilea|a doua|al treilea|a treia|al patrulea|a patra|first|second|third|fourth|первое|второе|первый|второй|третий|четвертый|первом|втором|третьем|четвертом)';
const SEP = '[\\s,./-]*(?:al\\s+[a-z]+-?lea\\s*)?';
const YEAR = '((?:19|20)\\d{2})(?!\\d)';
const OF_YEAR = '[\\s,./-]*(?:(?:ale|al|a)\\s+)?(?:anul(?:ui)?|of|of the year|года|г\\.?)?\\s*';

/** Where the period was read: a title cell, the sheet's name, the file's name, or the settings. */
export type PeriodSource = { kind: 'cell'; cell: string; text: string } | { kind: 'sheet'; text: string } | { kind: 'file'; text: string } | { kind: 'option' };

const EXPLICIT: [Period['kind'], RegExp, 'n-year' | 'year-n'][] = [
  ['semester', new RegExp(`(?<!\\p{L})(?:semestr\\p{L}*|sem\\.?)\\s*${NUM}${SEP}(?:anul(?:ui)?\\s*)?${YEAR}`, 'u'), 'n-year'],
  ['semester', new RegExp(`(?<!\\p{L})${WORD_NUM}\\s+(?:semestr\\p{L}*|полугоди\\p{L}*|half|semester)${OF_YEAR}${YEAR}`, 'u'), 'n-year'],
  ['semester', new RegExp(`(?<!\\p{L})${NUM}(?:-?\\p{L}{1,2})?\\s*полугоди\\p{L}*\\s*${YEAR}`, 'u'), 'n-year'],
  ['semester', new RegExp(`(?<!\\p{L})(?:h|s|half)\\s*-?${NUM}[\\s,./-]*${YEAR}`, 'u'), 'n-year'],
  ['semester', new RegExp(`(?<!\\d)${YEAR}[\\s_-]*(?:h|s)([12])(?![\\p{L}\\d])`, 'u'), 'year-n'],
  ['quarter', new RegExp(`(?<!\\p{L})(?:trimestr\\p{L}*|trim\\.?)\\s*${NUM}${SEP}(?:anul(?:ui)?\\s*)?${YEAR}`, 'u'), 'n-year'],
  ['quarter', new RegExp(`(?<!\\p{L})${WORD_NUM}\\s+(?:trimestr\\p{L}*|квартал\\p{L}*|quarter)${OF_YEAR}${YEAR}`, 'u'), 'n-year'],
  ['quarter', new RegExp(`(?<!\\p{L})${NUM}(?:-?\\p{L}{1,2})?\\s*квартал\\p{L}*\\s*${YEAR}`, 'u'), 'n-year'],
  ['quarter', new RegExp(`(?<!\\p{L})(?:q|t)\\s*-?${NUM}[\\s,./-]*${YEAR}`, 'u'), 'n-year'],
  ['quarter', new RegExp(`(?<!\\d)${YEAR}[\\s_-]*(?:q|t)([1-4])(?![\\p{L}\\d])`, 'u'), 'year-n'],
  ['months', new RegExp(`(?<![\\p{L}\\d])(9|nine|noua|девять|9-ти)\\s*(?:luni|months|месяц\\p{L}*)${OF_YEAR}${YEAR}`, 'u'), 'n-year'],
];
const NINE = /^(9|nine|noua|девять|9-ти)$/;
const YEAR_PHRASE = new RegExp(`(?:pentru anul|pe anul|in anul|anul|pentru|за|for|for the year|year)\\s+${YEAR}(?!\\s*-\\s*\\d{4})`, 'u');

/** A semester, quarter or nine months named with its year. */
function subAnnualPeriod(t: string): Period | null {
  for (const [kind, re, order] of EXPLICIT) {
    const m = re.exec(t);
    if (!m) continue;
    const [nText, yText] = order === 'n-year' ? [m[1], m[2]] : [m[2], m[1]];
    const n = kind === 'months' ? (NINE.test(nText) ? 9 : Number(nText)) : ORDINAL[nText.replace(/\s+/g, ' ')];
    if (n) return makePeriod(kind, n, Number(yText));
  }
  return null;
}

/** A year named as such: "pe anul 2022", "за 2021", "for the year 2020". */
function yearPhrase(t: string): Period | null {
  const y = YEAR_PHRASE.exec(t);
  return y ? makePeriod('year', 1, Number(y[1])) : null;
}

/** One year alone in a title ("2020 Action Plan Progress"): the year is the period. */
function loneYear(t: string): Period | null {
  if (/\d{1,2}[./]\d{1,2}[./]\d{2,4}/.test(t)) return null;
  const years = [...t.matchAll(/(?<!\d)(?:19|20)\d{2}(?!\d)/g)];
  if (years.length !== 1 || /(?:-|–|—|\/)\s*$/.test(t.slice(0, years[0].index)) || /^\s*(?:-|–)\s*\d/.test(t.slice(years[0].index + 4))) return null;
  if (/(?:nr\.?|no\.?|№|din|of|от)\s*$/.test(t.slice(0, years[0].index))) return null;
  return makePeriod('year', 1, Number(years[0][0]));
}

/**
 * The reporting period, from the first place that names one: title cells first, then the sheet's
 * name, then the file's. Among title cells, a semester, quarter or nine months wins over a year
 * named in a phrase ("Planul de acțiuni … pe anul 2022" above "Raport … pentru semestrul I, 2022");
 * a year standing alone counts only when nothing names a period.
 */
export function findPeriod(sources: { text: string; source: PeriodSource }[]): { period: Period; source: PeriodSource } | null {
  const folded = sources.map((s) => ({ ...s, t: fold(s.text).replace(/[_]+/g, ' ') }));
  const titles = folded.filter((s) => s.source.kind === 'cell');
  const names = folded.filter((s) => s.source.kind !== 'cell');
  const passes: [typeof folded, (t: string) => Period | null][] = [
    [titles, subAnnualPeriod],
    [titles, yearPhrase],
    [names, (t) => subAnnualPeriod(t) ?? yearPhrase(t)],
    [folded, loneYear],
  ];
  for (const [list, read] of passes) {
    for (const s of list) {
      const p = read(s.t);
      if (p) return { period: p, source: s.source };
    }
  }
  return null;
}

/** The reporting period named in the title rows: "pentru semestrul I, 2022", "за II полугодие 2021". */
export function detectPeriod(titles: string[]): Period | null {
  return findPeriod(titles.map((text) => ({ text, source: { kind: 'cell', cell: '', text } })))?.period ?? null;
}

/** A year named in the title rows, when no period is: the plan year for deadlines that omit it. */
export function detectYear(titles: string[]): number | undefined {
  for (const title of titles) {
    const years = [...fold(title).matchAll(/(?<!\d)(19|20)\d{2}(?!\d)/g)].map((m) => Number(m[0]));
    if (years.length) return years[years.length - 1];
  }
  return undefined;
}
