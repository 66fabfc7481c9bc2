import { HALF_LETTER, HALF_UNIT, QUARTER_LETTER, QUARTER_UNIT, countOf, isYearToken, monthOf, ordinalOf, MONTH_UNIT } from './calendar-words';
import { daysInMonth } from './dates';

/** A word of a folded title, with whether it touches the one before ("Q3", "H2"). */
export interface Tok {
  t: string;
  glued: boolean;
}

const TOKEN =
  /\d{1,2}[./]\d{1,2}[./]\d{4}|\d{4}-\d{2}-\d{2}|\d{1,2}-?(?:lea|ul|th|st|nd|rd|ти|го|и|я|е|х|м)(?![\p{L}\d])|\d+|\p{L}+(?:-(?:lea|ul|a|ти|и|го))?(?!\p{L})|№|[-,;:()/]/gu;

export function tokenizeTitle(folded: string): Tok[] {
  const out: Tok[] = [];
  let last = -1;
  for (const m of folded.matchAll(TOKEN)) {
    out.push({ t: m[0], glued: m.index === last });
    last = m.index + m[0].length;
  }
  return out;
}

/** A calendar day, or a month when the day is not written. */
export interface DateRef {
  y: number;
  m: number;
  d?: number;
  end: number;
}

const COMMA = (t: string | undefined) => t === ',';
const YEAR_WORD = /^(г|года|год|an|anul)$/;

/** A date at k: "30.09.2023", "2023-09-30", "30 September 2023", "September 30, 2023", "September 2023". */
export function dateAt(tokens: Tok[], k: number): DateRef | null {
  const t = tokens[k]?.t;
  if (!t) return null;
  let m = /^(\d{1,2})[./](\d{1,2})[./](\d{4})$/.exec(t);
  if (m) return validDate(Number(m[3]), Number(m[2]), Number(m[1]), k);
  m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(t);
  if (m) return validDate(Number(m[1]), Number(m[2]), Number(m[3]), k);
  const day = /^\d{1,2}$/.test(t) ? Number(t) : null;
  if (day !== null && monthOf(tokens[k + 1]?.t) && isYearToken(tokens[k + 2]?.t)) {
    return validDate(Number(tokens[k + 2].t), monthOf(tokens[k + 1].t)!, day, k + 2 + (YEAR_WORD.test(tokens[k + 3]?.t ?? '') ? 1 : 0));
  }
  const month = monthOf(t);
  if (!month) return null;
  const next = tokens[k + 1]?.t;
  if (next && /^\d{1,2}(st|nd|rd|th)?$/.test(next)) {
    const j = COMMA(tokens[k + 2]?.t) ? k + 3 : k + 2;
    if (isYearToken(tokens[j]?.t)) return validDate(Number(tokens[j].t), month, parseInt(next, 10), j);
  }
  const j = COMMA(next) ? k + 2 : k + 1;
  if (isYearToken(tokens[j]?.t)) return { y: Number(tokens[j].t), m: month, end: j + (YEAR_WORD.test(tokens[j + 1]?.t ?? '') ? 1 : 0) };
  return null;
}

function validDate(y: number, m: number, d: number, end: number): DateRef | null {
  return m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m) ? { y, m, d, end } : null;
}

const YEAR_FILLER = /^(of|the|year|anul|anului|al|a|ale|din|г|года|год|,|\/|-)$/;

/** The year that a period phrase ending at `end` is bound to: written after it, or right before it. */
export function bindYear(tokens: Tok[], at: number, end: number): { year: number; end: number; at: number } | null {
  for (let j = end + 1; j <= end + 4 && j < tokens.length; j++) {
    if (isYearToken(tokens[j].t)) {
      if (tokens[j + 1]?.t === '-' && isYearToken(tokens[j + 2]?.t)) return null;
      return { year: Number(tokens[j].t), end: j + (YEAR_WORD.test(tokens[j + 1]?.t ?? '') ? 1 : 0), at };
    }
    if (!YEAR_FILLER.test(tokens[j].t)) break;
  }
  let j = at - 1;
  while (j >= 0 && j >= at - 3 && /^(,|г|год|года|anul|year|-)$/.test(tokens[j].t)) j--;
  if (j >= 0 && isYearToken(tokens[j].t) && tokens[j - 1]?.t !== '-') return { year: Number(tokens[j].t), end, at: j };
  return null;
}

export type Unit = 'quarter' | 'semester';

function unitOf(tok: Tok | undefined, letterNext?: Tok): Unit | null {
  if (!tok) return null;
  if (QUARTER_UNIT.test(tok.t)) return 'quarter';
  if (HALF_UNIT.test(tok.t)) return 'semester';
  // "Q3", "T3", "H2", "S1": the letter glued to a number, or "Q-3".
  if (letterNext && /^\d$/.test(letterNext.t) && letterNext.glued) {
    if (QUARTER_LETTER.test(tok.t)) return 'quarter';
    if (HALF_LETTER.test(tok.t)) return 'semester';
  }
  return null;
}

const ARTICLE = /^(al|a|the)$/;

/**
 * A quarter or a half named with its number in either order: "trimestrul III", "trim. al III-lea",
 * "III кв.", "third quarter", "Q3", "H2", "al doilea semestru", "2nd half". Without its year.
 */
export function unitPeriodAt(tokens: Tok[], k: number): { unit: Unit; n: number; at: number; end: number } | null {
  const first = unitOf(tokens[k], tokens[k + 1]);
  if (first) {
    const j = ARTICLE.test(tokens[k + 1]?.t ?? '') ? k + 2 : k + 1;
    const n = ordinalOf(tokens[j]?.t);
    if (n !== null && inRange(first, n)) return { unit: first, n, at: k, end: j };
    return null;
  }
  const j = ARTICLE.test(tokens[k].t) ? k + 1 : k;
  const n = ordinalOf(tokens[j]?.t);
  const unit = n !== null ? unitOf(tokens[j + 1]) : null;
  if (unit && n !== null && inRange(unit, n) && !isYearToken(tokens[j].t)) return { unit, n, at: k, end: j + 1 };
  return null;
}

function inRange(unit: Unit, n: number): boolean {
  return n >= 1 && n <= (unit === 'quarter' ? 4 : 2);
}

/** "9 luni", "primele nouă luni", "nine months", "9 месяцев", "девяти месяцев": the count. */
export function monthsCountAt(tokens: Tok[], k: number): { n: number; at: number; end: number } | null {
  const j = /^(primele|first|первые|the)$/.test(tokens[k].t) ? k + 1 : k;
  const n = countOf(tokens[j]?.t);
  if (n === null || !MONTH_UNIT.test(tokens[j + 1]?.t ?? '')) return null;
  return { n, at: k, end: j + 1 };
}

const RANGE_TO = /^(-|to|through|thru|till|until|pina|pana|in|la|по|до)$/;

/** "ianuarie–septembrie", "January to September", "с января по сентябрь", "Jan-Sep": the two months. */
export function monthRangeAt(tokens: Tok[], k: number): { from: number; to: number; fromYear?: number; at: number; end: number } | null {
  const from = monthOf(tokens[k]?.t);
  if (!from) return null;
  let j = k + 1;
  const fromYear = isYearToken(tokens[j]?.t) ? Number(tokens[j++].t) : undefined;
  if (!RANGE_TO.test(tokens[j]?.t ?? '')) return null;
  let steps = 0;
  while (RANGE_TO.test(tokens[j]?.t ?? '') && steps++ < 2) j++;
  const to = monthOf(tokens[j]?.t);
  if (!to || to < from) return null;
  return { from, to, fromYear, at: k, end: j };
}
