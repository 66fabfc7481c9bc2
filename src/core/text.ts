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

export function firstSentence(s: string): string {
  const text = s.replace(/\s+/g, ' ').trim();
  const m = /^(.+?[.!?])(\s|$)/.exec(text);
  return (m ? m[1] : text).trim();
}
