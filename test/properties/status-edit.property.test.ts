import fc from 'fast-check';
import { CANONICAL, STATES, matchLeadingStatus } from '../../src/core/status';
import { joinStatusCell, splitStatusCell } from '../../src/core/status-edit';
import { RUNS } from './arbitraries';
import { Cell, cell, isSubsequence } from './status-cells';

/** The pane's editor of a combined cell: the status chosen replaces the status phrase, the text stays to the character. */
test('an edit of a combined cell: any status chosen, the text kept to the character', () => {
  fc.assert(
    fc.property(cell, fc.constantFrom(...STATES), fc.constantFrom('ro', 'ru', 'en') as fc.Arbitrary<'ro' | 'ru' | 'en'>, (c: Cell, state, lang) => {
      const before = c.lead + c.status + c.separator + c.text + c.trail;
      const parts = splitStatusCell(before, STATES);
      const after = joinStatusCell(parts, CANONICAL[lang][state]);
      expect(isSubsequence(c.text, after)).toBe(true);
      expect(isSubsequence(before.replace(parts.phrase, ''), after)).toBe(true);
      expect(matchLeadingStatus(after)?.state).toBe(state);
    }),
    { numRuns: RUNS },
  );
});
