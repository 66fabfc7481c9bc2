import { Period, detectPeriod, makePeriod, parsePeriodOption } from '../core/period';
import { fold } from '../core/text';

/** Years a plan can be about: the first Moldovan action plans kept in Excel to a decade ahead. */
export const FIRST_PLAN_YEAR = 2000;
export const lastPlanYear = (now = new Date()) => now.getFullYear() + 10;

const ROMAN: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4, '1': 1, '2': 2, '3': 3, '4': 4 };

/**
 * A reporting period as officers write it: "S1-2022", "Semestrul I 2022", "semestrul 1, 2022",
 * "I semestru 2022", "II полугодие 2022", "Q3 2022", "trimestrul III 2022", "first half 2022", "2022".
 */
export function readPeriodInput(text: string): Period | null {
  const option = parsePeriodOption(text);
  if (option) return option.kind === 'semester' && option.n > 2 ? null : option;
  const t = fold(text).replace(/[,.]/g, ' ').replace(/\s+/g, ' ');
  const n = '(iv|iii|ii|i|[1-4])';
  const tries: [Period['kind'], RegExp][] = [
    ['semester', new RegExp(`^${n}(?:-?\\p{L}{1,2})? (?:semestr\\p{L}*|semester|half) (?:anul |of )?(\\d{4})$`, 'u')],
    ['semester', new RegExp(`^(?:semestr\\p{L}*|semester|half) ${n} (?:al )?(?:anului |anul |of )?(\\d{4})$`, 'u')],
    ['semester', /^(first|second) half (?:of )?(\d{4})$/],
    ['quarter', new RegExp(`^${n}(?:-?\\p{L}{1,2})? (?:trimestr\\p{L}*|quarter) (?:anul |of )?(\\d{4})$`, 'u')],
    ['quarter', new RegExp(`^(?:trimestr\\p{L}*|quarter) ${n} (?:al )?(?:anului |anul |of )?(\\d{4})$`, 'u')],
  ];
  for (const [kind, re] of tries) {
    const m = re.exec(t);
    if (!m) continue;
    const k = m[1] === 'first' ? 1 : m[1] === 'second' ? 2 : ROMAN[m[1]];
    if (kind === 'semester' && k > 2) return null;
    return makePeriod(kind, k, Number(m[2]));
  }
  // The title-row reader last: it takes a year alone when it finds no semester or quarter.
  const found = detectPeriod([text]);
  if (found) return found.kind === 'semester' && found.n > 2 ? null : found;
  const year = /^(?:anul |year |)(\d{4})(?: год| г)?$/.exec(t);
  return year ? makePeriod('year', 1, Number(year[1])) : null;
}

/** The stored form of a period: "S1-2022", "Q3-2022", "2022". */
export function periodCode(p: Period): string {
  return p.kind === 'semester' ? `S${p.n}-${p.year}` : p.kind === 'quarter' ? `Q${p.n}-${p.year}` : String(p.year);
}

export type InputProblem = 'period_unknown' | 'period_year' | 'year_not_number' | 'year_range' | 'row_not_number';

export function periodProblem(text: string): InputProblem | null {
  if (!text.trim()) return null;
  const p = readPeriodInput(text);
  if (!p) return 'period_unknown';
  return p.year < FIRST_PLAN_YEAR || p.year > lastPlanYear() ? 'period_year' : null;
}

export function planYearProblem(text: string): InputProblem | null {
  if (!text.trim()) return null;
  if (!/^\d+$/.test(text.trim())) return 'year_not_number';
  const y = Number(text);
  return y < FIRST_PLAN_YEAR || y > lastPlanYear() ? 'year_range' : null;
}

export function headerRowProblem(text: string): InputProblem | null {
  if (!text.trim()) return null;
  return /^\d+$/.test(text.trim()) && Number(text) >= 1 && Number(text) <= 1_048_576 ? null : 'row_not_number';
}
