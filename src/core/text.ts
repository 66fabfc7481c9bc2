/**
 * Folding for matching what people type: case, diacritics (ş/ș, ţ/ț, ă, â, î, Russian й/ё),
 * punctuation and runs of spaces or line breaks.
 */
export function fold(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[\u2010-\u2015]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
}

/** fold() and every punctuation mark to a space: for header and vocabulary matching. */
export function foldWords(s: string): string {
  return fold(s)
    .replace(/[^\p{L}\p{N}№#]+/gu, ' ')
    .trim();
}

/** Levenshtein distance, for suggesting the closest allowed form. */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  const prev = new Array<number>(b.length + 1);
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0];
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = prev[j];
      prev[j] = Math.min(prev[j] + 1, prev[j - 1] + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = tmp;
    }
  }
  return prev[b.length];
}

const FIRST_SENTENCE_SCAN = 2_000;

/**
 * The first sentence of a narrative: within its first paragraph, up to a . ! or ? that is followed
 * by a capital letter, and not one closing an initial, a number ("1.") or an abbreviation ("nr.").
 */
export function firstSentence(s: string): string {
  // A first sentence longer than this is cut there: the narrative's opening is all that is read.
  const paragraph =
    s
      .slice(0, FIRST_SENTENCE_SCAN)
      .trim()
      .split(/\n\s*\n|\n(?=\s*(?:\d+[.)]|[-•–])\s)/)[0] ?? '';
  const text = paragraph.replace(/\s+/g, ' ').trim();
  const re = /[.!?…](?=\s+["„«(]?\p{Lu})/gu;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    const word = /(\S+)$/.exec(text.slice(0, m.index))?.[1] ?? '';
    if (/^(\p{L}|\d+|nr|art|pct|alin|lit|str|mun|or|etc|dl|dna|prof|dr|vs|cf|aprox|mil|mlrd|ст|п|г|гг|no)$/iu.test(word)) continue;
    return text.slice(0, m.index + 1);
  }
  return text;
}

/**
 * Characters that take no room on screen: soft hyphen, zero-width space / joiners, direction
 * marks, embeddings, overrides and isolates (LRE…RLO, LRI…PDI), word joiner, BOM.
 */
const INVISIBLE = /\u034f|[\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/g;

/** The text without invisible characters, and which ones were there ("U+200B"), each once. */
export function stripInvisible(s: string): { text: string; found: string[] } {
  const found = new Set<string>();
  const text = s.replace(INVISIBLE, (ch) => {
    found.add(`U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`);
    return '';
  });
  return { text, found: [...found] };
}
