import { endOfMonth, isoDate } from './dates';
import { fold } from './text';

export interface Period {
  kind: 'semester' | 'quarter' | 'year';
  /** 1–2 for semesters, 1–4 for quarters, 1 for a year. */
  n: number;
  year: number;
  start: string;
  end: string;
}

export function makePeriod(kind: Period['kind'], n: number, year: number): Period {
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

const ROMAN: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4, '1': 1, '2': 2, '3': 3, '4': 4 };
const NUM = '(iv|iii|ii|i|[1-4])';
const SEP = '[\\s,.-]*(?:al\\s+[a-z]+-?lea\\s*)?';

/** The reporting period named in the title rows: "pentru semestrul I, 2022", "за II полугодие 2021". */
export function detectPeriod(titles: string[]): Period | null {
  for (const title of titles) {
    const t = fold(title);
    const tries: [Period['kind'], RegExp, 'nFirst' | 'wordFirst'][] = [
      ['semester', new RegExp(`(?<!\\p{L})(?:semestr\\w*|sem\\.?)\\s*${NUM}${SEP}(?:anul(?:ui)?\\s*)?(\\d{4})`, 'u'), 'wordFirst'],
      ['semester', new RegExp(`(?<!\\p{L})${NUM}(?:-?\\p{L}{1,2})?\\s*полугоди\\p{L}*\\s*(\\d{4})`, 'u'), 'nFirst'],
      ['semester', new RegExp(`(?<!\\p{L})(?:h|half)\\s*${NUM}\\s*(\\d{4})`, 'u'), 'wordFirst'],
      ['quarter', new RegExp(`(?<!\\p{L})(?:trimestr\\w*|trim\\.?)\\s*${NUM}${SEP}(?:anul(?:ui)?\\s*)?(\\d{4})`, 'u'), 'wordFirst'],
      ['quarter', new RegExp(`(?<!\\p{L})${NUM}(?:-?\\p{L}{1,2})?\\s*квартал\\p{L}*\\s*(\\d{4})`, 'u'), 'nFirst'],
      ['quarter', new RegExp(`(?<!\\p{L})q\\s*${NUM}\\s*(\\d{4})`, 'u'), 'wordFirst'],
    ];
    for (const [kind, re] of tries) {
      const m = re.exec(t);
      if (m) return makePeriod(kind, ROMAN[m[1]], Number(m[2]));
    }
    const y = /(?:pentru anul|pe anul|in anul|за|for)\s+(\d{4})(?!\s*-\s*\d{4})/.exec(t);
    if (y) return makePeriod('year', 1, Number(y[1]));
  }
  return null;
}

/** A year named in the title rows, when no period is: the plan year for deadlines that omit it. */
export function detectYear(titles: string[]): number | undefined {
  for (const title of titles) {
    const years = [...fold(title).matchAll(/(?<!\d)(19|20)\d{2}(?!\d)/g)].map((m) => Number(m[0]));
    if (years.length) return years[years.length - 1];
  }
  return undefined;
}
