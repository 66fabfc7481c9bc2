import { isYearToken } from './calendar-words';
import { endOfMonth } from './dates';
import { makePeriod, type Period } from './period-type';
import { DateRef, Tok, bindYear, dateAt, monthRangeAt, monthsCountAt, tokenizeTitle, unitPeriodAt } from './period-words';

/**
 * What a title cell says about time, phrase by phrase:
 * - named: a phrase that names a period (a quarter, a half, N months, a month or date range);
 * - as_at: a reporting date ("as at 30 September 2023", "по состоянию на 30.09.2023");
 * - yearless: a quarter, a half or N months without a year ("Raport pentru semestrul I");
 * - unmapped: months or dates named as a range that no Period can hold ("martie–august 2023");
 * - year_phrase: a year named as such ("pentru anul 2022", "за 2021 год");
 * - year_span: years of a plan ("2019–2022", "на 2021-2024 годы");
 * - year: a year standing alone; date: any other date;
 * - cumulative: "since the start of the plan", "de la începutul implementării", "с начала реализации".
 * `stamp` marks a date of approval, decision, update or printing: never a reporting period.
 */
export type Mention = { at: number; end: number; stamp?: true } & (
  | { kind: 'named' | 'as_at'; period: Period }
  | { kind: 'unmapped' }
  | { kind: 'yearless'; unit: Period['kind']; n: number }
  | { kind: 'year_phrase' | 'year'; year: number }
  | { kind: 'year_span' | 'date' | 'cumulative' }
);

/** The period of the months `from` to `to` of a year, when a Period can hold it. */
export function monthsPeriod(from: number, to: number, year: number): Period | null {
  if (from === 1) return makePeriod('months', to, year);
  const count = to - from + 1;
  if (count === 3 && to % 3 === 0) return makePeriod('quarter', to / 3, year);
  if (count === 6 && to === 12) return makePeriod('semester', 2, year);
  return null;
}

/**
 * A reporting date as a period: the months of its year up to it. A month alone or the last day of
 * a month counts that month; any other day counts the months completed before it ("as at
 * 1 October" is January to September; "as at 1 January 2024" is the year 2023).
 */
export function asAtPeriod(d: { y: number; m: number; d?: number }): Period {
  const through = d.d === undefined || endOfMonth(d.y, d.m) === dateIso(d.y, d.m, d.d) ? d.m : d.m - 1;
  return through === 0 ? makePeriod('year', 1, d.y - 1) : makePeriod('months', through, d.y);
}

const dateIso = (y: number, m: number, d: number) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;

const AS_AT: string[][] = [
  ['as', 'at'],
  ['as', 'of'],
  ['la', 'situatia', 'din'],
  ['la', 'situatia', 'de', 'la'],
  ['la', 'situatia', 'la'],
  ['situatia', 'la'],
  ['la', 'data', 'de'],
  ['по', 'состоянию', 'на'],
  ['состояние', 'на'],
];
const CUMULATIVE: RegExp[] = [
  /^(since|from) the (start|beginning) of( the)? (plan|implementation|programme|program|strategy)/,
  /^de la (inceputul|demararea) (implementarii|planului|realizarii|perioadei de implementare|programului|strategiei)/,
  /^с (начала|момента начала) (реализации|выполнения|действия|внедрения|плана)/,
  /^(cumulative|cumulativ|нарастающим итогом)/,
];
const UNTIL = /^(to|until|through|pina|pana|la|по|до)$/;

function phraseAt(tokens: Tok[], k: number, phrases: string[][]): number {
  for (const p of phrases) if (p.every((w, i) => tokens[k + i]?.t === w)) return k + p.length;
  return -1;
}

/** A reporting date or a cumulative phrase at k. */
function statusDateAt(tokens: Tok[], k: number): Mention | null {
  const after = phraseAt(tokens, k, AS_AT);
  if (after >= 0) {
    const d = dateAt(tokens, after);
    return d ? { kind: 'as_at', period: asAtPeriod(d), at: k, end: d.end } : null;
  }
  const rest = tokens
    .slice(k, k + 8)
    .map((t) => t.t)
    .join(' ');
  const cumulative = CUMULATIVE.map((re) => re.exec(rest)).find(Boolean);
  if (!cumulative) return null;
  return { kind: 'cumulative', at: k, end: k + cumulative[0].split(' ').length - 1 };
}

/** A range of two dates, "01.01.2023–30.09.2023", "с 01.01.2023 по 30.09.2023". */
function dateRangeAt(tokens: Tok[], k: number, from: DateRef): Mention | null {
  let j = from.end + 1;
  if (!/^(-|to|pina|pana|по|до)$/.test(tokens[j]?.t ?? '')) return null;
  if (/^(pina|pana)$/.test(tokens[j].t) && tokens[j + 1]?.t === 'la') j++;
  const to = dateAt(tokens, j + 1);
  if (!to || from.d !== 1 || to.y !== from.y || to.d !== Number(endOfMonth(to.y, to.m).slice(8))) return to ? { kind: 'unmapped', at: k, end: to.end } : null;
  const period = monthsPeriod(from.m, to.m, from.y);
  return period ? { kind: 'named', period, at: k, end: to.end } : { kind: 'unmapped', at: k, end: to.end };
}

/** A phrase that names a period at k: a quarter, a half, N months, a month range. */
function namedAt(tokens: Tok[], k: number): Mention | null {
  const unit = unitPeriodAt(tokens, k);
  if (unit) {
    const y = bindYear(tokens, unit.at, unit.end);
    if (!y) return { kind: 'yearless', unit: unit.unit, n: unit.n, at: unit.at, end: unit.end };
    return { kind: 'named', period: makePeriod(unit.unit, unit.n, y.year), at: y.at, end: y.end };
  }
  const count = monthsCountAt(tokens, k);
  if (count) {
    const y = bindYear(tokens, count.at, count.end);
    if (!y) return { kind: 'yearless', unit: 'months', n: count.n, at: count.at, end: count.end };
    return { kind: 'named', period: makePeriod('months', count.n, y.year), at: y.at, end: y.end };
  }
  const range = monthRangeAt(tokens, k);
  if (range) {
    const y = bindYear(tokens, range.at, range.end);
    const year = y?.year ?? range.fromYear;
    if (year === undefined || (range.fromYear !== undefined && range.fromYear !== year)) return null;
    const period = monthsPeriod(range.from, range.to, year);
    return { ...(period ? { kind: 'named' as const, period } : { kind: 'unmapped' as const }), at: range.at, end: y?.end ?? range.end };
  }
  return null;
}

const YEAR_LEAD = /^(anul|pentru|pe|in|за|for|year|в)$/;
const LIMIT = /^(by|until|till|before|end|deadline|due|pina|pana|termen|termenul|finele|sfirsitul|sfarsitul|до|конца|концу|срок)$/;

/** A year at k: in a span, named ("pentru anul 2022", "за 2021 год"), or alone. */
function yearAt(tokens: Tok[], k: number): Mention | null {
  if (!isYearToken(tokens[k].t)) return null;
  const year = Number(tokens[k].t);
  if (tokens[k + 1]?.t === '-' && isYearToken(tokens[k + 2]?.t)) {
    return { kind: 'year_span', at: k, end: k + 2 + (/^(гг|годы|годов|г)$/.test(tokens[k + 3]?.t ?? '') ? 1 : 0) };
  }
  const before = tokens[k - 1]?.t ?? '';
  // "Ordinul nr. 12 din 2021", "decision of 2021", "от 2021": the year of an act.
  if (/^(din|of|от|nr|no|№)$/.test(before)) return { kind: 'year', year, at: k, end: k, stamp: true };
  // "commitments-2020", "Plan/2021": a year tied to a name by a dash or a slash is part of it.
  if ((before === '-' || before === '/') && tokens[k].glued) return { kind: 'date', at: k, end: k };
  // "by the end of Fiscal Year 2016", "până la finele anului 2023", "до конца 2023 года": a deadline.
  if (tokens.slice(Math.max(0, k - 4), k).some((x) => LIMIT.test(x.t))) return { kind: 'date', at: k, end: k };
  const lead = YEAR_LEAD.test(before) || (before === 'year' && tokens[k - 2]?.t === 'the');
  if (lead || /^(год|года|году)$/.test(tokens[k + 1]?.t ?? '')) return { kind: 'year_phrase', year, at: k, end: k };
  return { kind: 'year', year, at: k, end: k };
}

function mentionAt(tokens: Tok[], k: number): Mention | null {
  const special = statusDateAt(tokens, k) ?? namedAt(tokens, k);
  if (special) return special;
  const date = dateAt(tokens, k);
  if (date) return dateRangeAt(tokens, k, date) ?? { kind: 'date', at: k, end: date.end };
  return yearAt(tokens, k);
}

/** Words after which, for a dozen words, dates are of an act, an update or a print: not a period. */
const STAMP =
  /^(aprobat\p{L}*|adoptat\p{L}*|hotarir\p{L}*|hotarar\p{L}*|ordin\p{L}*|decizi\p{L}*|dispoziti\p{L}*|nr|№|утвержд\p{L}*|постановлени\p{L}*|приказ\p{L}*|решени\p{L}*|распоряжени\p{L}*|approved|adopted|decision|resolution|decree|updated|update|printed|generated|actualizat\p{L}*|actualizare\p{L}*|tiparit\p{L}*|generat\p{L}*|обновлен\p{L}*|обновлени\p{L}*|напечатан\p{L}*|сформирован\p{L}*)$/u;
const STAMP_REACH = 12;

/** Every mention in one folded title, with the dates of acts and updates marked as stamps. */
export function mentionsOf(folded: string): Mention[] {
  const tokens = tokenizeTitle(folded);
  const out: Mention[] = [];
  let stampUntil = -1;
  for (let k = 0; k < tokens.length; k++) {
    if (STAMP.test(tokens[k].t)) stampUntil = k + STAMP_REACH;
    const m = mentionAt(tokens, k);
    if (!m) continue;
    const start = Math.min(m.at, k);
    if (start <= stampUntil && m.kind !== 'named' && m.kind !== 'unmapped' && m.kind !== 'year_span') m.stamp = true;
    // A phrase that takes the year written before it ("2023, semestrul II") replaces that year.
    while (out.length && start <= out[out.length - 1].end && /^year/.test(out[out.length - 1].kind) && m.kind === 'named') out.pop();
    if (out.length && start <= out[out.length - 1].end) continue;
    out.push(m);
    k = Math.max(k, m.end);
    // A cumulative phrase followed by "până la 30.09.2023": the date it runs to is the reporting date.
    if (m.kind === 'cumulative' && UNTIL.test(tokens[m.end + 1]?.t ?? '')) {
      const until = dateAt(tokens, m.end + (tokens[m.end + 2]?.t === 'la' ? 3 : 2));
      if (until) out.push({ kind: 'as_at', period: asAtPeriod(until), at: m.end + 1, end: until.end });
      if (until) k = until.end;
    }
  }
  return out;
}
