import { Mention, mentionsOf } from './period-mentions';
import { Period, makePeriod } from './period-type';
import { fold } from './text';

export { makePeriod, type Period } from './period-type';

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

/** Where the period was read: a title cell, the sheet's name, the file's name, or the settings. */
export type PeriodSource = { kind: 'cell'; cell: string; text: string } | { kind: 'sheet'; text: string } | { kind: 'file'; text: string } | { kind: 'option' };

/**
 * How the period was found. "phrase": a title phrase names it ("semestrul I 2023", "за 9 месяцев
 * 2023 г.", "pentru anul 2022"); "as_at": a reporting date ("as at 30 September 2023"). The others
 * are fallbacks, each said in a reading_period_fallback finding: the plan's year ("Planul de
 * acțiuni pe anul 2022"), a sentence above the table (a period named in narrative, not in a
 * title), a year standing alone ("2020 Action Plan Progress"), the sheet's name,
 * the file's name.
 */
export type PeriodBasis = 'phrase' | 'as_at' | 'plan_year' | 'sentence' | 'year_alone' | 'sheet' | 'file';
export const FALLBACK_BASES: readonly PeriodBasis[] = ['plan_year', 'sentence', 'year_alone', 'sheet', 'file'];

export interface FoundPeriod {
  period: Period;
  source: PeriodSource;
  basis: PeriodBasis;
  /** The title counts from the start of the plan ("de la începutul implementării"). */
  cumulative?: true;
  /** Title cells naming months, a range or another period that the period read does not match. */
  mismatches: { cell: string; text: string }[];
}

interface Read {
  text: string;
  source: PeriodSource;
  mentions: Mention[];
  plan: boolean;
  /** Is the place a title, or a sentence that mentions dates on its way (over 20 words)? */
  place: 'cell' | 'sentence' | 'name';
}

/** A plan's title more than a report's: its year is the plan's, not the period reported. */
const PLAN_WORDS = /(?<!\p{L})(plan\p{L}*|program\p{L}*|strategi\p{L}*|план\p{L}*|программ\p{L}*|стратеги\p{L}*)/u;
const REPORT_WORDS = /(?<!\p{L})(raport\p{L}*|report\p{L}*|progress|status|monitoriz\p{L}*|monitoring|отчет\p{L}*|информаци\p{L}*)/u;

type Pick = (r: Read, m: Mention) => Period | null;
const periodOf =
  (kinds: Mention['kind'][]): Pick =>
  (_r, m) =>
    kinds.includes(m.kind) && 'period' in m ? m.period : null;
const yearOf =
  (kinds: Mention['kind'][], plan?: boolean): Pick =>
  (r, m) =>
    kinds.includes(m.kind) && 'year' in m && (plan === undefined || r.plan === plan) ? makePeriod('year', 1, m.year) : null;

/** One year standing alone in its cell, no other date beside it. */
const loneYear: Pick = (r, m) => {
  const live = r.mentions.filter((x) => !x.stamp);
  return m.kind === 'year' && live.length === 1 && live[0] === m ? makePeriod('year', 1, m.year) : null;
};

/** The passes, best reading first: which mentions each takes from which places, and what it is called. */
const PASSES: [Read['place'][], Pick, PeriodBasis | 'name'][] = [
  [['cell'], periodOf(['named']), 'phrase'],
  [['cell'], periodOf(['as_at']), 'as_at'],
  [['cell'], yearOf(['year_phrase'], false), 'phrase'],
  [['cell'], yearOf(['year_phrase'], true), 'plan_year'],
  [['sentence'], (r, m) => periodOf(['named', 'as_at'])(r, m) ?? yearOf(['year_phrase'])(r, m), 'sentence'],
  [['name'], (r, m) => periodOf(['named', 'as_at'])(r, m) ?? yearOf(['year_phrase'])(r, m), 'name'],
  [['cell'], loneYear, 'year_alone'],
  [['name'], loneYear, 'name'],
];

function readSource(s: { text: string; source: PeriodSource }): Read {
  const t = fold(s.text).replace(/_+/g, ' ');
  const place = s.source.kind !== 'cell' ? 'name' : t.split(' ').length > 20 ? 'sentence' : 'cell';
  return { ...s, mentions: mentionsOf(t), plan: PLAN_WORDS.test(t) && !REPORT_WORDS.test(t), place };
}

/**
 * The reporting period, from the best reading of the places that may name it: title cells, the
 * sheet's name, the file's name (see PASSES). Within a pass, the first place in reading order.
 * Dates of approval, decision, update or printing are never taken (see mentionsOf).
 */
export function findPeriod(sources: { text: string; source: PeriodSource }[]): FoundPeriod | null {
  const reads = sources.map(readSource);
  for (const [places, pick, basis] of PASSES) {
    for (const r of reads) {
      if (!places.includes(r.place)) continue;
      for (const m of r.mentions) {
        const period = m.stamp ? null : pick(r, m);
        if (!period) continue;
        const how: PeriodBasis = basis === 'name' ? (r.source.kind === 'file' ? 'file' : 'sheet') : basis;
        const chosen = how === 'phrase' || how === 'as_at' ? period : withYearless(reads, period);
        const cumulative = r.mentions.some((x) => x.kind === 'cumulative');
        return { period: chosen, source: r.source, basis: how, ...(cumulative ? { cumulative: true as const } : {}), mismatches: mismatches(reads, chosen, m) };
      }
    }
  }
  return null;
}

/**
 * A year from a fallback and a title naming a semester, quarter or months without a year ("Planul
 * … pe anul 2022" above "Raport pentru semestrul I"): that part of the year. Still a fallback.
 */
function withYearless(reads: Read[], period: Period): Period {
  if (period.kind !== 'year') return period;
  for (const r of reads) {
    if (r.place !== 'cell') continue;
    const part = r.mentions.find((m) => m.kind === 'yearless' && !m.stamp);
    if (part && part.kind === 'yearless') return makePeriod(part.unit, part.n, period.year);
  }
  return period;
}

/** Title cells that name months, a range or a period other than the one read. */
function mismatches(reads: Read[], period: Period, chosen: Mention): { cell: string; text: string }[] {
  const out: { cell: string; text: string }[] = [];
  for (const r of reads) {
    if (r.source.kind !== 'cell') continue;
    const off = r.mentions.some(
      (m) =>
        m !== chosen &&
        !m.stamp &&
        (m.kind === 'unmapped' ||
          (m.kind === 'named' && (m.period.start !== period.start || m.period.end !== period.end)) ||
          (m.kind === 'as_at' && m.period.end !== period.end)),
    );
    if (off) out.push({ cell: r.source.cell, text: r.text });
  }
  return out;
}

/** The reporting period named in the title rows: "pentru semestrul I, 2022", "за II полугодие 2021". */
export function detectPeriod(titles: string[]): Period | null {
  return findPeriod(titles.map((text) => ({ text, source: { kind: 'cell', cell: '', text } })))?.period ?? null;
}

/** A year named in the title rows, when no period is: the plan year for deadlines that omit it. */
export function detectYear(titles: string[]): number | undefined {
  for (const title of titles) {
    const folded = fold(title);
    if (mentionsOf(folded).every((m) => m.stamp)) continue;
    const years = [...folded.matchAll(/(?<!\d)(19|20)\d{2}(?!\d)/g)].map((m) => Number(m[0]));
    if (years.length) return years[years.length - 1];
  }
  return undefined;
}
