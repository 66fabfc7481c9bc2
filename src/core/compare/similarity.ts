import { fold } from '../text';

/** Letters kept of each word: enough to tell words apart, few enough to join their inflections. */
const STEM = 6;

/** The words that carry meaning: three letters or more, not numbers (years and counts change each period). */
function words(text: string): string[] {
  return fold(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length >= 3 && !/^\d+$/.test(w) && !/^[ivxlc]+$/.test(w));
}

export function stems(text: string): Set<string> {
  return new Set(words(text).map((w) => w.slice(0, STEM)));
}

/** How alike two action titles are, 0 to 1: shared word stems over all (Dice). */
export function titleSimilarity(a: string, b: string): number {
  return stemSimilarity(stems(a), stems(b));
}

/** titleSimilarity on stems computed once. */
export function stemSimilarity(x: Set<string>, y: Set<string>): number {
  if (x.size === 0 || y.size === 0) return 0;
  let shared = 0;
  for (const s of x) if (y.has(s)) shared++;
  return (2 * shared) / (x.size + y.size);
}

/** How much of a's wording is in b, 0 to 1: a sub-action split out of an action reads as part of it. */
export function containedIn(a: string, b: string): number {
  const x = stems(a);
  const y = stems(b);
  if (x.size === 0) return 0;
  let shared = 0;
  for (const s of x) if (y.has(s)) shared++;
  return shared / x.size;
}

/** Words one text has that the other does not, counted with repeats. */
function extra(from: string[], than: string[]): number {
  const left = new Map<string, number>();
  for (const w of than) left.set(w, (left.get(w) ?? 0) + 1);
  let n = 0;
  for (const w of from) {
    const k = left.get(w) ?? 0;
    if (k > 0) left.set(w, k - 1);
    else n++;
  }
  return n;
}

/** New wording allowed in a description still called copied: a changed date or a word fixed. */
const MAX_NEW_WORDS = 3;

/**
 * Is the description the previous one again? Identical, or differing only in numbers, punctuation,
 * spacing, case, diacritics and at most a few words either way.
 */
export function sameDescription(previous: string, current: string): boolean {
  const a = words(previous);
  const b = words(current);
  if (b.length === 0) return false;
  return extra(b, a) <= MAX_NEW_WORDS && extra(a, b) <= Math.max(MAX_NEW_WORDS, Math.floor(a.length / 10));
}
