import { fold } from '../text';

/** How a grouping heading is numbered: by a word ("Obiectivul 1"), a numeral, a letter, or not at all. */
export type HeadingStyle = 'objective_word' | 'area_word' | 'roman' | 'arabic' | 'letter' | 'plain';

export const OBJECTIVE_WORD =
  /^(obiectiv\p{L}*|цель|задача|objective|goal|commitment|angajament\p{L}*|outcome|result|prioritat\p{L}*|priority|приоритет)(?!\p{L})/u;
export const AREA_WORD =
  /^(domeniu\p{L}*|directi\p{L}*|axa|направление|area|domain|pillar|component\p{L}*|output|(?:actiunea|action|действие)\s*(?:nr\.?\s*)?\d{1,3}\s*[:.)])(?!\p{L})/u;
const ROMAN_HEAD = /^(x{0,2}(?:ix|iv|v?i{0,3}))[.)]\s*\S/;
const ARABIC_HEAD = /^(\d{1,3})(?:[.)]\s*|\s+)(?=\S)(?!\d)/;
const LETTER_HEAD = /^(\p{L})[.)]\s+\S/u;
const WORD_NUMBER = /(?:nr\.?|№|no\.?)?\s*(\d{1,3}|[ivx]{1,5}\b)(?!\d)/;

const ROMAN_VALUE: Record<string, number> = { i: 1, v: 5, x: 10 };
function roman(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const v = ROMAN_VALUE[s[i]];
    const next = ROMAN_VALUE[s[i + 1]] ?? 0;
    n += v < next ? -v : v;
  }
  return n;
}

/**
 * The level word a worded heading opens with ("направление", "outcome"), folded; null for any other
 * heading, and for "Action 1:" headings, which group an action's milestones rather than name a level.
 */
export function levelWord(text: string): string | null {
  const t = fold(text);
  const m = OBJECTIVE_WORD.exec(t) ?? AREA_WORD.exec(t);
  if (!m || /\d/.test(m[0])) return null;
  // One word however declined: "Obiectivul nr. 1" and "Obiectiv nr.2" are the same level.
  return STEMS.find((stem) => m[0].startsWith(stem)) ?? m[0];
}
const STEMS = ['obiectiv', 'angajament', 'prioritat', 'domeniu', 'directi', 'component'];

export function headingStyle(text: string): HeadingStyle {
  const t = fold(text);
  if (OBJECTIVE_WORD.test(t)) return 'objective_word';
  if (AREA_WORD.test(t)) return 'area_word';
  const r = ROMAN_HEAD.exec(t);
  if (r && r[1]) return 'roman';
  if (ARABIC_HEAD.test(t)) return 'arabic';
  if (LETTER_HEAD.test(t)) return 'letter';
  return 'plain';
}

/** A heading's key: its number as written (Roman numerals as digits), a letter, or its position. */
export function headingKey(text: string, style: HeadingStyle, position: number): { key: string; numbered: boolean } {
  const t = fold(text);
  if (style === 'objective_word' || style === 'area_word') {
    const word = (style === 'objective_word' ? OBJECTIVE_WORD : AREA_WORD).exec(t)![0];
    const m = WORD_NUMBER.exec(style === 'area_word' && /\d/.test(word) ? word.replace(/^\D+/, '') : t.slice(word.length, word.length + 12));
    if (m) return { key: /\d/.test(m[1]) ? String(Number(m[1])) : String(roman(m[1])), numbered: true };
  }
  if (style === 'roman') return { key: String(roman(ROMAN_HEAD.exec(t)![1])), numbered: true };
  if (style === 'arabic') return { key: String(Number(ARABIC_HEAD.exec(t)![1])), numbered: true };
  if (style === 'letter') return { key: LETTER_HEAD.exec(text.trim())![1].toUpperCase(), numbered: false };
  return { key: String(position), numbered: false };
}

/**
 * Which level each heading style stands for. Words decide ("Obiectivul" is an objective,
 * "Domeniul" an area); otherwise the style met first is the objective and the next the area.
 * A plan with its objectives in a column has its headings as areas.
 */
export function headingLevels(stylesInOrder: HeadingStyle[], columns: { objective: boolean; area: boolean }): Map<HeadingStyle, 'objective' | 'area'> {
  const out = new Map<HeadingStyle, 'objective' | 'area'>([
    ['objective_word', 'objective'],
    ['area_word', 'area'],
  ]);
  const others = [...new Set(stylesInOrder.filter((s) => s !== 'objective_word' && s !== 'area_word'))];
  const hasObjectiveWord = stylesInOrder.includes('objective_word');
  const hasAreaWord = stylesInOrder.includes('area_word');
  others.forEach((style, i) => {
    if (columns.objective || hasObjectiveWord) out.set(style, 'area');
    else if (columns.area || hasAreaWord) out.set(style, 'objective');
    else out.set(style, i === 0 ? 'objective' : 'area');
  });
  return out;
}
