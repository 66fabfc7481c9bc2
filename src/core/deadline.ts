import { daysInMonth, endOfMonth, fromExcelSerial, fromJsDate, isValidDate, isoDate, maxIso, parts } from './dates';
import { HALF_UNIT, QUARTER_UNIT, monthOf as monthWord, ordinalOf } from './calendar-words';
import { CellValue, isCellError } from './grid';
import { Recurrence, recurrenceAt } from './recurrence-words';
import { fold } from './text';

export type DeadlineForm = 'month' | 'quarter' | 'semester' | 'year' | 'range' | 'date' | 'through_year';
export type { Recurrence } from './recurrence-words';
export type DeadlineError = 'unknown_text' | 'bad_date' | 'no_year' | 'out_of_range' | 'beyond_excel' | 'not_finite';

export type Deadline =
  | { kind: 'date'; due: string; form: DeadlineForm; ambiguous?: true }
  | { kind: 'recurring'; every: Recurrence; anchor?: { month: number; day?: number }; ambiguous?: true }
  | { kind: 'ongoing' }
  | { kind: 'invalid'; reason: DeadlineError; text: string }
  | { kind: 'empty' };

/** Romanian month names that are not also English ones ("august" is both). */
const RO_MONTH = /^(ianuarie|februarie|martie|aprilie|mai|iunie|iulie|septembrie|octombrie|noiembrie|decembrie)$/;

const QUARTER_WORD = /^(trimestr\S*|trim|tr|t|q|quarter|qtr|кв|квартал\S*)$/;
const SEMESTER_WORD = /^(semestr\S*|sem|s|h|half|jumatate\S*|полугоди\S*|полуг)$/;
const RECURRENCE: [Recurrence, RegExp][] = [
  ['year', /^(anual|anuala|anuale|annually|annual|yearly|ежегодно)$/],
  ['semester', /^(semestrial|semestriala|semiannually|halfyearly|ежеполугодно)$/],
  ['quarter', /^(trimestrial|trimestriala|quarterly|ежеквартально)$/],
  ['month', /^(lunar|lunara|monthly|ежемесячно)$/],
];
const ONGOING = /^(permanent|permanenta|permanente|continuu|continua|constant|ongoing|continuous|continuously|permanently|постоянно|непрерывно|регулярно)$/;
const FILLER =
  /^(anul|anului|anii|al|de|la|pina|pana|pine|in|pe|catre|inainte|до|не|позднее|позже|конца|концу|срок|г|год|года|годы|годах|гг|в|by|before|until|till|the|of|year|years|not|later|than|no|end|sfirsitul|sfarsitul|finele|termen|si|и|and|luna|lunii|a|к|конец|во|году|during|throughout)$/;
const THROUGH_YEAR =
  /(?<!\p{L})(pe parcursul|in decursul|in cursul|pe durata|pe tot parcursul|в течение|на протяжении|throughout|during) (anului|года|the year)(?!\p{L})/gu;
/** The same before a written year, "pe parcursul anului 2022": that year, due at its end. */
const THROUGH_YEAR_DATED = new RegExp(`${THROUGH_YEAR.source}(?= (19|20)\\d\\d(?!\\d))`, 'gu');

const ROMAN: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4, v: 5, vi: 6, vii: 7, viii: 8, ix: 9, x: 10 };

interface Token {
  t: string;
  i: number;
}

type Hit =
  | { type: 'period'; due: string | null; form: DeadlineForm; month: number; day?: number; needsYear: boolean; at: number; end: number }
  | { type: 'year'; year: number; at: number; end: number }
  | { type: 'recurrence'; every: Recurrence; at: number; end: number }
  | { type: 'through_year'; at: number; end: number }
  | { type: 'ongoing'; at: number; end: number };

function ordinal(t: string): number | null {
  const s = t.replace(/-?(lea|а|я|и|е|ои|ыи|th|st|nd|rd)$/, '');
  if (/^\d{1,2}$/.test(s)) return Number(s);
  return ROMAN[s] ?? (/^\p{L}{4,}$/u.test(t) ? ordinalOf(t) : null);
}

function tokenize(folded: string): Token[] {
  const text = folded
    .replace(/semi-?annual(ly)?/g, 'semiannually')
    .replace(/half-?yearly/g, 'halfyearly')
    .replace(THROUGH_YEAR_DATED, ' ')
    .replace(THROUGH_YEAR, ' __through_year ')
    // "pe parcursul lunii mai 2021", "в течение мая 2021 г.": through a named month or year, due at its end.
    .replace(/(?<!\p{L})(pe (tot )?parcursul|in (de)?cursul|pe durata|в течение|на протяжении)(?!\p{L})/gu, ' ')
    .replace(/\b(sfirsitul|sfarsitul|finele) anului(?= (19|20)\d\d\b)/g, ' ')
    .replace(/\b(sfirsitul|sfarsitul|finele) anului\b/g, ' __through_year ')
    .replace(/\bnu mai (tirziu|tarziu) de\b/g, ' ')
    .replace(/на постоянно[иы] основе/g, ' постоянно ')
    .replace(/\bin permanenta\b/g, ' permanent ');
  const out: Token[] = [];
  const re =
    /__through_year|\d{1,2}[./]\d{1,2}[./]\d{2,4}|\d{1,2}[./]\d{2}(?![./\d])|\d{4}-\d{2}-\d{2}|\d+(?:-?(?:lea|ul|th|st|nd|rd|го|ои|ыи|а|я|и|е)(?![\p{L}]))?|[\p{L}]+|[-–]/gu;
  let m: RegExpExecArray | null;
  let last = 0;
  while ((m = re.exec(text))) {
    if (/[^\s.,;:/()]/u.test(text.slice(last, m.index))) out.push({ t: '?', i: out.length });
    out.push({ t: m[0].replace(/–/, '-'), i: out.length });
    last = m.index + m[0].length;
  }
  if (/[^\s.,;:/()]/u.test(text.slice(last))) out.push({ t: '?', i: out.length });
  return out;
}

function periodEnd(form: 'quarter' | 'semester', n: number): number {
  return form === 'quarter' ? n * 3 : n * 6;
}

function parseNumericDate(t: string): { y: number; m: number; d: number } | null {
  let m = /^(\d{1,2})[./](\d{1,2})[./](\d{2,4})$/.exec(t);
  if (m) {
    const y = m[3].length === 2 ? 2000 + Number(m[3]) : Number(m[3]);
    return { y, m: Number(m[2]), d: Number(m[1]) };
  }
  m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(t);
  if (m) return { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) };
  return null;
}

const isYear = (t: string) => /^(19|20)\d{2}$/.test(t);
const dayOf = (t: string) => {
  const m = /^(\d{1,2})(st|nd|rd|th)?$/.exec(t);
  return m ? Number(m[1]) : null;
};
const monthOf = (t: string) => monthWord(t);

/** "31.12": a day and a month, the year to come from the plan. */
function dayMonth(t: string): { m: number; d: number } | null {
  const m = /^(\d{1,2})[./](\d{2})$/.exec(t);
  return m && Number(m[2]) >= 1 && Number(m[2]) <= 12 ? { m: Number(m[2]), d: Number(m[1]) } : null;
}

/**
 * A date written with digits at k: "31.03.2022", "2022-03-31", "31.12" (the year to come), and
 * a month with a two-digit year as Excel shows it in text, "Dec-23".
 */
function writtenDateAt(words: string[], k: number): Hit | DeadlineError | null {
  const numeric = parseNumericDate(words[k]);
  if (numeric) {
    if (!isValidDate(numeric.y, numeric.m, numeric.d)) return 'bad_date';
    const due = isoDate(numeric.y, numeric.m, numeric.d);
    return { type: 'period', due, form: 'date', month: numeric.m, day: numeric.d, needsYear: false, at: k, end: k };
  }
  const dm = dayMonth(words[k]);
  if (dm) {
    if (dm.d < 1 || dm.d > daysInMonth(2000, dm.m)) return 'bad_date';
    return { type: 'period', due: null, form: 'date', month: dm.m, day: dm.d, needsYear: true, at: k, end: k };
  }
  const month = monthOf(words[k]);
  if (month && words[k + 1] === '-' && /^\d{2}$/.test(words[k + 2] ?? '')) {
    return { type: 'period', due: endOfMonth(2000 + Number(words[k + 2]), month), form: 'month', month, needsYear: false, at: k, end: k + 2 };
  }
  return null;
}

/** A number before its unit: "IV кв.", "4th quarter", "II-III полугодие", "второе полугодие". */
function numberedUnitAt(words: string[], k: number): Hit | DeadlineError | null {
  let n = ordinal(words[k]);
  if (n === null || isYear(words[k])) return null;
  let j = k + 1;
  if (words[j] === '-' && words[j + 1] && ordinal(words[j + 1]) !== null) {
    n = ordinal(words[j + 1])!;
    j += 2;
  }
  const w = words[j];
  if (!w || w.length < 2 || !(QUARTER_UNIT.test(w) || HALF_UNIT.test(w))) return null;
  const form = QUARTER_UNIT.test(w) ? 'quarter' : 'semester';
  if (n < 1 || n > (form === 'quarter' ? 4 : 2)) return 'out_of_range';
  return { type: 'period', due: null, form, month: periodEnd(form, n), needsYear: true, at: k, end: j };
}

function recurrencePhraseAt(words: string[], k: number): Hit | null {
  const r = recurrenceAt(words, k);
  return r ? { type: 'recurrence', every: r.every, at: k, end: r.end } : null;
}

/** Reads the cell's tokens into hits; returns an error when something is not understood. */
function scan(tokens: Token[]): Hit[] | DeadlineError {
  const hits: Hit[] = [];
  const words = tokens.map((x) => x.t);
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k].t;
    const next = (o = 1) => tokens[k + o]?.t;
    const early = writtenDateAt(words, k) ?? recurrencePhraseAt(words, k);
    if (early) {
      if (typeof early === 'string') return early;
      hits.push(early);
      k = early.end;
      continue;
    }
    // "30 June", "31 martie", "31 декабря" and the English month-first "June 30", "Jun. 30th".
    const dayFirst = dayOf(t) !== null && next() ? monthOf(next()!) : null;
    // Month-first is English ("December 22", "Jun. 30th"); in Romanian and Russian, and with an
    // abbreviation and a bare number, only with the year after it: "декабрь 22", "decembrie 22",
    // "dec 22" may as well mean the year '22.
    const english = (/^[a-z]{5,}$|^(may|june|july)$/.test(t) && !RO_MONTH.test(t)) || (/^[a-z]/.test(t) && /(st|nd|rd|th)$/.test(next() ?? ''));
    const monthFirst = !dayFirst && monthOf(t) && next() && dayOf(next()!) !== null && (english || isYear(next(2) ?? '')) ? monthOf(t) : null;
    if (dayFirst || monthFirst) {
      const month = (dayFirst ?? monthFirst)!;
      const day = dayOf(dayFirst ? t : next()!)!;
      if (day < 1 || day > daysInMonth(2000, month)) return 'bad_date';
      hits.push({ type: 'period', due: null, form: 'date', month, day, needsYear: true, at: k, end: k + 1 });
      k += 1;
      continue;
    }
    if (t === '__through_year') {
      hits.push({ type: 'through_year', at: k, end: k });
      continue;
    }
    const isQuarter = QUARTER_WORD.test(t);
    const isSemester = !isQuarter && SEMESTER_WORD.test(t);
    // "trimestrul al patrulea": the article before a written ordinal.
    const o = /^(al|a)$/.test(next() ?? '') && ordinal(next(2) ?? '') !== null ? 2 : 1;
    if ((isQuarter || isSemester) && next(o) && ordinal(next(o)!) !== null) {
      const form = isQuarter ? 'quarter' : 'semester';
      let n = ordinal(next(o)!)!;
      let end = k + o;
      if (next(2) === '-' && next(3) && ordinal(next(3)!) !== null) {
        n = ordinal(next(3)!)!;
        end = k + 3;
      }
      if (n < 1 || n > (form === 'quarter' ? 4 : 2)) return 'out_of_range';
      hits.push({ type: 'period', due: null, form, month: periodEnd(form, n), needsYear: true, at: k, end });
      k = end;
      continue;
    }
    const numbered = numberedUnitAt(words, k);
    if (numbered) {
      if (typeof numbered === 'string') return numbered;
      hits.push(numbered);
      k = numbered.end;
      continue;
    }
    const month = monthOf(t);
    if (month) {
      hits.push({ type: 'period', due: null, form: 'month', month, needsYear: true, at: k, end: k });
      continue;
    }
    if (isYear(t)) {
      hits.push({ type: 'year', year: Number(t), at: k, end: k });
      continue;
    }
    const rec = RECURRENCE.find(([, re]) => re.test(t));
    if (rec) {
      hits.push({ type: 'recurrence', every: rec[0], at: k, end: k });
      continue;
    }
    if (ONGOING.test(t)) {
      hits.push({ type: 'ongoing', at: k, end: k });
      continue;
    }
    if (t === '-' || FILLER.test(t)) continue;
    if (isQuarter || isSemester) return 'out_of_range';
    return 'unknown_text';
  }
  return hits;
}

/** Gives each period without a year the year written right after it, else the cell's lone year. */
function bindYears(
  hits: Hit[],
  tokens: Token[],
  planYear: number | undefined,
): { periods: Extract<Hit, { type: 'period' }>[]; years: number[]; missingYear: boolean; bound: Set<Hit> } {
  const periods: Extract<Hit, { type: 'period' }>[] = [];
  const years: number[] = [];
  const used = new Set<Hit>();
  for (let h = 0; h < hits.length; h++) {
    const hit = hits[h];
    if (hit.type !== 'period' || !hit.needsYear) continue;
    const after = hits[h + 1];
    const gap = after ? tokens.slice(hit.end + 1, after.at).every((t) => t.t !== '-' && FILLER.test(t.t)) : false;
    if (after && after.type === 'year' && gap && !used.has(after)) {
      hit.due = dueOf(hit, after.year);
      hit.needsYear = false;
      used.add(after);
    }
  }
  for (const hit of hits) if (hit.type === 'year' && !used.has(hit)) years.push(hit.year);
  let missingYear = false;
  for (const hit of hits) {
    if (hit.type !== 'period') continue;
    if (hit.needsYear) {
      const y = rangeYear(hits, tokens, hit) ?? (years.length === 1 ? years[0] : planYear);
      if (y === undefined) missingYear = true;
      else hit.due = dueOf(hit, y);
      if (years.length === 1) used.add(hits.find((x) => x.type === 'year' && x.year === years[0])!);
    }
    periods.push(hit);
  }
  const loneYears = hits.filter((x) => x.type === 'year' && !used.has(x)).map((x) => (x as { year: number }).year);
  return { periods, years: loneYears, missingYear, bound: used };
}

/** "Q2-Q3 2017", "ianuarie - martie 2023": a range's first end takes the year of the second. */
function rangeYear(hits: Hit[], tokens: Token[], hit: Extract<Hit, { type: 'period' }>): number | undefined {
  const after = hits[hits.indexOf(hit) + 1];
  if (!after || after.type !== 'period' || after.needsYear || !after.due) return undefined;
  const between = tokens.slice(hit.end + 1, after.at).map((t) => t.t);
  return between.length === 1 && between[0] === '-' ? parts(after.due).y : undefined;
}

function dueOf(hit: { form: DeadlineForm; month: number; day?: number }, year: number): string {
  return hit.day !== undefined ? isoDate(year, hit.month, hit.day) : endOfMonth(year, hit.month);
}

/** Are the hits separated by a dash ("2019-2020", "Trimestrul IV 2019 - Trimestrul II 2020")? */
function isRange(hits: Hit[], tokens: Token[]): boolean {
  for (let h = 1; h < hits.length; h++) {
    const between = tokens.slice(hits[h - 1].end + 1, hits[h].at).map((t) => t.t);
    if (!between.includes('-')) return false;
  }
  return hits.length > 1;
}

/** What a date format shows, its literal text ("…", [$-409], \x) aside: "mmm-yy" a month, "yyyy" a year. */
function formatShows(numberFormat: string | null | undefined): 'day' | 'month' | 'year' {
  const f = (numberFormat ?? '')
    .split(';')[0]
    .replace(/"[^"]*"|\[[^\]]*\]|\\./g, '')
    .toLowerCase();
  if (!/y/.test(f) || /d|h|s/.test(f)) return 'day';
  return /m/.test(f) ? 'month' : 'year';
}

/** A date cell as its format shows it: "Dec-23" (mmm-yy) is December 2023, due at its end. */
function shownAs(iso: string, numberFormat: string | null | undefined): Deadline {
  const { y, m } = parts(iso);
  switch (formatShows(numberFormat)) {
    case 'month':
      return { kind: 'date', due: endOfMonth(y, m), form: 'month' };
    case 'year':
      return { kind: 'date', due: isoDate(y, 12, 31), form: 'year' };
    default:
      return { kind: 'date', due: iso, form: 'date' };
  }
}

export function parseDeadline(value: CellValue, planYear?: number, numberFormat?: string | null): Deadline {
  if (value === null || value === undefined || isCellError(value)) {
    return isCellError(value) ? { kind: 'invalid', reason: 'unknown_text', text: value.error } : { kind: 'empty' };
  }
  if (value instanceof Date) {
    if (isNaN(value.getTime())) return { kind: 'invalid', reason: 'not_finite', text: 'NaN' };
    const iso = fromJsDate(value);
    // Excel's dates run from 1 January 1900 to 31 December 9999 (serial 2958465).
    if (/^[+-]/.test(iso) || iso > '9999-12-31') return { kind: 'invalid', reason: 'beyond_excel', text: iso };
    return /^(19|[2-9]\d)\d{2}-/.test(iso) ? shownAs(iso, numberFormat) : { kind: 'invalid', reason: 'bad_date', text: iso };
  }
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return { kind: 'invalid', reason: 'not_finite', text: String(value) };
    if (value >= 2958466) return { kind: 'invalid', reason: 'beyond_excel', text: String(value) };
    if (Number.isInteger(value) && value >= 1900 && value <= 2200 && !/[dmy]/i.test(numberFormat ?? '')) {
      return { kind: 'date', due: isoDate(value, 12, 31), form: 'year' };
    }
    if (value > 0 && value < 2958466) return shownAs(fromExcelSerial(value), numberFormat);
    return { kind: 'invalid', reason: 'unknown_text', text: String(value) };
  }
  const raw = String(value).trim();
  if (!raw) return { kind: 'empty' };
  const tokens = tokenize(fold(raw));
  const scanned = scan(tokens);
  if (typeof scanned === 'string') return { kind: 'invalid', reason: scanned, text: raw };
  const hits = scanned;
  if (hits.length === 0) return { kind: 'invalid', reason: 'unknown_text', text: raw };

  const recurrences = hits.filter((h): h is Extract<Hit, { type: 'recurrence' }> => h.type === 'recurrence');
  const ongoing = hits.some((h) => h.type === 'ongoing');
  const through = hits.filter((h) => h.type === 'through_year');

  if (recurrences.length > 0) {
    const every = recurrences[0].every;
    const anchorHit = hits.find((h) => h.type === 'period') as Extract<Hit, { type: 'period' }> | undefined;
    const anchor = anchorHit && every === 'year' ? { month: anchorHit.month, ...(anchorHit.day ? { day: anchorHit.day } : {}) } : undefined;
    const others = hits.filter((h) => h.type !== 'recurrence' && h !== anchorHit && h.type !== 'year').length;
    const ambiguous = recurrences.length > 1 || others > 0 || (anchorHit !== undefined && every !== 'year');
    return { kind: 'recurring', every, ...(anchor ? { anchor } : {}), ...(ambiguous ? { ambiguous: true as const } : {}) };
  }
  if (ongoing && hits.every((h) => h.type === 'ongoing')) return { kind: 'ongoing' };

  const { periods, years, missingYear, bound } = bindYears(hits, tokens, planYear);
  if (missingYear) return { kind: 'invalid', reason: 'no_year', text: raw };
  if (periods.some((p) => p.day !== undefined && !isValidDate(parts(p.due!).y, p.month, p.day))) {
    return { kind: 'invalid', reason: 'bad_date', text: raw };
  }
  const candidates: { due: string; form: DeadlineForm }[] = periods.map((p) => ({ due: p.due!, form: p.form }));
  for (const y of years) candidates.push({ due: isoDate(y, 12, 31), form: 'year' });
  for (let i = 0; i < through.length; i++) {
    if (planYear === undefined) return { kind: 'invalid', reason: 'no_year', text: raw };
    candidates.push({ due: isoDate(planYear, 12, 31), form: 'through_year' });
  }
  if (candidates.length === 0) return { kind: 'invalid', reason: 'unknown_text', text: raw };
  const latest = candidates.reduce((a, b) => (maxIso(a.due, b.due) === a.due ? a : b));
  if (candidates.length === 1 && !ongoing) return { kind: 'date', due: latest.due, form: latest.form };
  const dated = hits.filter((h) => h.type !== 'ongoing' && !bound.has(h));
  if (!ongoing && isRange(dated, tokens)) return { kind: 'date', due: latest.due, form: 'range' };
  return { kind: 'date', due: latest.due, form: latest.form, ambiguous: true };
}

/** When a deadline falls for a report whose period ends on periodEnd; null when it never does. */
export function dueInPeriod(d: Deadline, periodEnd: string): string | null {
  if (d.kind === 'date') return d.due;
  if (d.kind !== 'recurring') return null;
  const { y, m } = parts(periodEnd);
  switch (d.every) {
    case 'year': {
      const month = d.anchor?.month ?? 12;
      return d.anchor?.day ? isoDate(y, month, d.anchor.day) : endOfMonth(y, month);
    }
    case 'semester':
      return endOfMonth(y, Math.ceil(m / 6) * 6);
    case 'quarter':
      return endOfMonth(y, Math.ceil(m / 3) * 3);
    case 'month':
      return endOfMonth(y, m);
  }
}

const ROMAN_OUT = ['', 'I', 'II', 'III', 'IV'];
const MONTH_NAMES: Record<'ro' | 'ru' | 'en', string[]> = {
  ro: ['Ianuarie', 'Februarie', 'Martie', 'Aprilie', 'Mai', 'Iunie', 'Iulie', 'August', 'Septembrie', 'Octombrie', 'Noiembrie', 'Decembrie'],
  ru: ['Январь', 'Февраль', 'Март', 'Апрель', 'Май', 'Июнь', 'Июль', 'Август', 'Сентябрь', 'Октябрь', 'Ноябрь', 'Декабрь'],
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
};

/** The canonical way to write a dated deadline: the form offered as a fix. */
export function formatDeadline(d: { due: string; form: DeadlineForm }, lang: 'ro' | 'ru' | 'en'): string {
  const { y, m, d: day } = parts(d.due);
  switch (d.form) {
    case 'month':
      return `${MONTH_NAMES[lang][m - 1]} ${y}`;
    case 'quarter':
      return lang === 'ro' ? `Trimestrul ${ROMAN_OUT[m / 3]}, ${y}` : lang === 'ru' ? `${ROMAN_OUT[m / 3]} квартал ${y}` : `Q${m / 3} ${y}`;
    case 'semester':
      return lang === 'ro' ? `Semestrul ${ROMAN_OUT[m / 6]}, ${y}` : lang === 'ru' ? `${ROMAN_OUT[m / 6]} полугодие ${y}` : `H${m / 6} ${y}`;
    case 'year':
      return String(y);
    default:
      return `${String(day).padStart(2, '0')}.${String(m).padStart(2, '0')}.${y}`;
  }
}
