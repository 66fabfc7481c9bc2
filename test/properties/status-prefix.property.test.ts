import fc from 'fast-check';
import { matchLeadingStatus } from '../../src/core/status';
import { RUNS } from './arbitraries';

// matchLeadingStatus folds a bounded prefix of the cell and folds more only when the rest could
// change the answer; whatever prefix it starts from, the answer must be the whole-cell answer.
const FRAGMENTS = [
  'Realizată',
  'realizat',
  'REALIZATA',
  'Realizat parțial',
  'Parțial realizat',
  'În proces de realizare',
  'In   proces\nde realizare',
  'Neiniţiată',
  'Nu a fost inițiată',
  'Выполнено',
  'частично выполнено',
  'Not started',
  'Realizatorii',
  '(activitate continuă)',
  '(pe partea de AGE)',
  '(cu deviere de la acțiunea formulată)',
  ' pentru semestrul I 2022',
  ', activitate permanentă',
  ' în partea ce ține de AGE',
  '(',
  ')',
  '. ',
  ';',
  ' – ',
  ':',
  '\n\n',
  '\u00a0',
  'e\u0301',
  '𝔸',
  'Ministerul a elaborat proiectul',
];
const fragment = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...FRAGMENTS) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 12 }) },
  { weight: 1, arbitrary: fc.string({ maxLength: 8 }) },
  { weight: 1, arbitrary: fc.nat(300).map((n) => ' '.repeat(n)) },
  { weight: 1, arbitrary: fc.nat(300).map((n) => 'a'.repeat(n)) },
);
const STATUS = FRAGMENTS.slice(0, 13);
const AFTER = FRAGMENTS.slice(13, 29);
const filler = fc.tuple(fc.constantFrom('a', ' ', 'ă', '.', '(', ')', ', '), fc.nat(120)).map(([c, n]) => c.repeat(n));
/** A status, what may follow it (qualifiers, punctuation, filler), then anything. */
const structured = fc
  .tuple(fc.constantFrom(...STATUS), fc.array(fc.oneof(fc.constantFrom(...AFTER), filler), { maxLength: 5 }), fc.array(fragment, { maxLength: 3 }))
  .map(([status, after, rest]) => status + after.join('') + rest.join(''));
const cellText = fc.oneof(
  structured,
  fc.array(fragment, { maxLength: 10 }).map((xs) => xs.join('')),
);

describe('a status phrase is read from a bounded prefix', () => {
  test('any starting prefix gives the whole-cell answer', () => {
    fc.assert(
      fc.property(cellText, fc.oneof(fc.constantFrom(1, 160), fc.integer({ min: 2, max: 120 })), (text, prefix) => {
        expect(matchLeadingStatus(text, prefix)).toEqual(matchLeadingStatus(text, Infinity));
      }),
      { numRuns: RUNS * 5 },
    );
  });

  test('a long narrative after the status does not change the match', () => {
    const narrative = ' Ministerul a elaborat proiectul (în comun cu AGE), publicat pe portal. '.repeat(400);
    fc.assert(
      fc.property(fc.constantFrom(...FRAGMENTS), fc.constantFrom('', '. ', '\n', ' (activitate continuă). '), (status, glue) => {
        const text = status + glue + narrative;
        expect(matchLeadingStatus(text)).toEqual(matchLeadingStatus(text, Infinity));
      }),
    );
  });
});
