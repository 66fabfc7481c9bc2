/** Two white space characters in a row, or one that is not a space (the same as /\s\s|[^\S ]/, faster). */
const NOT_ONE_SPACE = /[^\S ]| \s/;
const COMBINING_MARK = /[\u0300-\u036f]/;
const COMBINING_MARKS = /[\u0300-\u036f]/g;
const DASH = /[\u2010-\u2015]/;
const DASHES = /[\u2010-\u2015]/g;

/** Runs of white space to one space. Each replace in this file only runs when its test finds
 * something: on a two-byte string a replace that finds nothing costs many times the test. */
function oneSpace(s: string): string {
  return NOT_ONE_SPACE.test(s) ? s.replace(/\s+/g, ' ') : s;
}

/**
 * Folding for matching what people type: case, diacritics (ş/ș, ţ/ț, ă, â, î, Russian й/ё),
 * punctuation and runs of spaces or line breaks.
 */
export function fold(s: string): string {
  let t = s.normalize('NFD');
  if (COMBINING_MARK.test(t)) t = t.replace(COMBINING_MARKS, '');
  t = t.toLowerCase();
  if (DASH.test(t)) t = t.replace(DASHES, '-');
  return oneSpace(t).trim();
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
const PARAGRAPH_BREAK = /\n\s*\n|\n(?=\s*(?:\d+[.)]|[-•–])\s)/g;
const SENTENCE_END = /[.!?…](?=\s+["„«(]?\p{Lu})/gu;
const ABBREVIATION = /^(\p{L}|\d+|nr|art|pct|alin|lit|str|mun|or|etc|dl|dna|prof|dr|vs|cf|aprox|mil|mlrd|ст|п|г|гг|no)$/iu;

/** The characters \s matches. */
function isSpace(c: number): boolean {
  return (
    c === 32 ||
    (c >= 9 && c <= 13) ||
    (c >= 0x80 &&
      (c === 0xa0 ||
        c === 0x1680 ||
        (c >= 0x2000 && c <= 0x200a) ||
        c === 0x2028 ||
        c === 0x2029 ||
        c === 0x202f ||
        c === 0x205f ||
        c === 0x3000 ||
        c === 0xfeff))
  );
}

/**
 * The first sentence of a narrative: within its first paragraph, up to a . ! or ? that is followed
 * by a capital letter, and not one closing an initial, a number ("1.") or an abbreviation ("nr.").
 * White space runs read as one space. Reads as far as that sentence, and at most 2,000 characters.
 */
export function firstSentence(s: string): string {
  return oneSpace(firstSentenceAsTyped(s)).trim();
}

/**
 * firstSentence with its white space as typed: for checks that read white space runs as one
 * anyway (fold, \s in a pattern), which need not build the normalised copy.
 */
export function firstSentenceAsTyped(s: string): string {
  const head = s.slice(0, FIRST_SENTENCE_SCAN).trim();
  // Every paragraph break starts at a line break: the regular expression starts at the first one.
  const nl = head.indexOf('\n');
  PARAGRAPH_BREAK.lastIndex = nl;
  const cut = nl < 0 ? -1 : (PARAGRAPH_BREAK.exec(head)?.index ?? -1);
  const paragraph = cut < 0 ? head : head.slice(0, cut);
  SENTENCE_END.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = SENTENCE_END.exec(paragraph))) {
    let w = m.index;
    while (w > 0 && !isSpace(paragraph.charCodeAt(w - 1))) w--;
    if (ABBREVIATION.test(paragraph.slice(w, m.index))) continue;
    return paragraph.slice(0, m.index + 1);
  }
  return paragraph.trimEnd();
}

/**
 * Characters that take no room on screen: soft hyphen, zero-width space / joiners, direction
 * marks, embeddings, overrides and isolates (LRE…RLO, LRI…PDI), word joiner, BOM.
 */
const INVISIBLE = /[\u034f\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/g;
const HAS_INVISIBLE = new RegExp(INVISIBLE.source);

/** The text without invisible characters, and which ones were there ("U+200B"), each once. */
export function stripInvisible(s: string): { text: string; found: string[] } {
  // Almost no cell holds one: a test costs a fraction of a replace with a callback.
  if (!HAS_INVISIBLE.test(s)) return { text: s, found: [] };
  const found = new Set<string>();
  const text = s.replace(INVISIBLE, (ch) => {
    found.add(`U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`);
    return '';
  });
  return { text, found: [...found] };
}
