/**
 * The words of calendar phrases in Romanian, Russian and English, on folded tokens (see fold():
 * no case, no diacritics, so "й" is "и" and "ё" is "е"). Period titles and deadline cells are
 * read by composing these, not from lists of whole phrases.
 */

/** Month names and their usual abbreviations, January first. "noi" (ro "we") is left out. */
const MONTHS: RegExp[] = [
  /^(ianuarie|ian|январ\p{L}*|янв|january|jan)$/u,
  /^(februarie|febr?|феврал\p{L}*|февр?|february)$/u,
  /^(martie|mart?|март\p{L}*|мар|march)$/u,
  /^(aprilie|apr|апрел\p{L}*|april)$/u,
  /^(mai|ма[иея]|may)$/u,
  /^(iunie|iun|июн\p{L}*|june|jun)$/u,
  /^(iulie|iul|июл\p{L}*|july|jul)$/u,
  /^(august|aug|август\p{L}*|авг)$/u,
  /^(septembrie|sept?|сентябр\p{L}*|сент?|september)$/u,
  /^(octombrie|oct|октябр\p{L}*|окт|october)$/u,
  /^(noiembrie|nov|ноябр\p{L}*|нояб?|november)$/u,
  /^(decembrie|dec|декабр\p{L}*|дек|december)$/u,
];

export function monthOf(token: string | undefined): number | null {
  if (!token) return null;
  const i = MONTHS.findIndex((re) => re.test(token));
  return i < 0 ? null : i + 1;
}

const ROMAN: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4, v: 5, vi: 6, vii: 7, viii: 8, ix: 9, x: 10, xi: 11, xii: 12 };

/** Suffixes of written ordinals and counts: "III-lea", "1-ul", "4th", "4-й", "9-ти", "1-го". */
const ORDINAL_SUFFIX = /-?(lea|ul|a|th|st|nd|rd|и|я|е|ое|ыи|ии|ои|ти|ми|х|го|м)$/;

/** Ordinal words: ro "primul/prima/întâi", "al doilea/a doua", ru "первый…", en "first…". */
const ORDINAL_WORDS: [number, RegExp][] = [
  [1, /^(primul|prima|primele|intii|intai|first|перв\p{L}*)$/u],
  [2, /^(doilea|doua|second|втор\p{L}*)$/u],
  [3, /^(treilea|treia|third|трет\p{L}*)$/u],
  [4, /^(patrulea|patra|fourth|четверт\p{L}*)$/u],
];

/** A number written as an ordinal: Roman or Arabic (with its suffix) or a word; null otherwise. */
export function ordinalOf(token: string | undefined): number | null {
  if (!token) return null;
  const word = ORDINAL_WORDS.find(([, re]) => re.test(token));
  if (word) return word[0];
  const bare = token.replace(ORDINAL_SUFFIX, '');
  if (/^\d{1,2}$/.test(bare)) return Number(bare);
  return ROMAN[bare] ?? null;
}

/** Counts from one to twelve in words: "nouă", "nine", "девять", "девяти". */
const COUNT_WORDS: RegExp[] = [
  /^(unu|una|o|one|один|одного|одну)$/,
  /^(doua|doi|two|два|двух)$/,
  /^(trei|three|три|трех)$/,
  /^(patru|four|четыре|четырех)$/,
  /^(cinci|five|пять|пяти)$/,
  /^(sase|six|шесть|шести)$/,
  /^(sapte|seven|семь|семи)$/,
  /^(opt|eight|восемь|восьми)$/,
  /^(noua|nine|девять|девяти)$/,
  /^(zece|ten|десять|десяти)$/,
  /^(unsprezece|eleven|одиннадцать|одиннадцати)$/,
  /^(douasprezece|twelve|двенадцать|двенадцати)$/,
];

/** A count of one to twelve: "9", "9-ти", "nouă", "nine", "девяти"; null otherwise. */
export function countOf(token: string | undefined): number | null {
  if (!token) return null;
  const bare = token.replace(/-?(ти|х|ми)$/, '');
  if (/^\d{1,2}$/.test(bare)) return Number(bare) >= 1 && Number(bare) <= 12 ? Number(bare) : null;
  const i = COUNT_WORDS.findIndex((re) => re.test(token));
  return i < 0 ? null : i + 1;
}

export const QUARTER_UNIT = /^(trimestr\p{L}*|trim|tr|quarter|quarters|qtr|кв|квартал\p{L}*)$/u;
export const HALF_UNIT = /^(semestr\p{L}*|sem|half|semester|jumatate|jumatatea|полугоди\p{L}*|полуг)$/u;
/** One-letter units ("Q3", "T3", "H2", "S1"): only glued to their number. */
export const QUARTER_LETTER = /^[qt]$/;
export const HALF_LETTER = /^[hs]$/;
export const MONTH_UNIT = /^(luni|luna|month|months|месяц\p{L}*|мес)$/u;
export const YEAR_UNIT = /^(an|anul|anului|anii|year|years|г|год|года|году|годы|гг)$/u;

export const isYearToken = (t: string | undefined): boolean => t !== undefined && /^(19|20)\d{2}$/.test(t);
