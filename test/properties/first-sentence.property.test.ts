import fc from 'fast-check';
import sample from '../../samples/open-government-2020-s1.json';
import { firstSentence } from '../../src/core/text';
import { RUNS } from './arbitraries';

// firstSentence looks at a narrative's first 400 characters and reads up to 2,000 only when the
// answer is not there; whatever the narrative, the answer is that of reading the 2,000 at once.
function reference(s: string): string {
  const paragraph =
    s
      .slice(0, 2_000)
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

const descriptions = (sample as { description: string }[]).map((r) => r.description);
const pieces = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...descriptions) },
  { weight: 3, arbitrary: fc.constantFrom('. ', '.\n\n', '\n- ', '\n1. ', ' nr. 5 ', 'Art. ', '! „Da', '?', ' A', ' ', '\n', '\u00a0', 'Ş') },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 30 }) },
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom('a', ' ', 'b c ', '\n '), fc.nat(500)).map(([c, n]) => c.repeat(n)) },
);
const narrative = fc.array(pieces, { maxLength: 8 }).map((xs) => xs.join(''));

describe('the first sentence of a narrative', () => {
  test('reads the same from the opening as from the first 2,000 characters', () => {
    fc.assert(
      fc.property(narrative, (s) => {
        expect(firstSentence(s)).toBe(reference(s));
      }),
      { numRuns: RUNS * 2 },
    );
  });

  test.each(descriptions.map((d, i) => [i, d]))('sample narrative %i', (_i, d) => {
    expect(firstSentence(d)).toBe(reference(d));
  });
});
