import fc from 'fast-check';
import { analyzeWorkbook } from '../../src/core/analyze';
import { CellValue } from '../../src/core/grid';
import { CANONICAL, STATES, State, matchLeadingStatus } from '../../src/core/status';
import { SAFE_FIX_CODES, fixOf, fixesOfCode, rememberGrid } from '../../src/host/commands';
import { sheet } from '../helpers/grid';
import { RUNS } from './arbitraries';
import { Cell, cell, isSubsequence } from './status-cells';

/**
 * No fix and no edit ever removes a character of the officer's description: over generated
 * combined and separate status cells (statuses of the vocabulary typed loosely, phrases outside
 * it, near misses, none; narratives in ro/ru/en with punctuation, line breaks, quotes and lists),
 * the description's characters are a subsequence of the new cell, and its status is the one chosen.
 */
const TITLE = ['Raport privind implementarea planului de acțiuni pentru semestrul I, 2022'];
const COMBINED = ['Nr.', 'Acțiunea', 'Responsabil', 'Termen de realizare', 'Nivelul de realizare a acțiunii / Descrierea succintă'];
const SEPARATE = ['Nr.', 'Acțiunea', 'Responsabil', 'Termen de realizare', 'Statutul', 'Descrierea succintă'];

/** The state a fix's replacement writes, by its canonical form. */
function stateOf(replacement: string): State | undefined {
  const status = replacement.replace(/\. $/, '');
  return STATES.find((s) => Object.values(CANONICAL).some((c) => c[s] === status));
}

function checkFixes(rows: CellValue[][], texts: string[]): void {
  const grid = { sheets: [sheet('Plan', rows)] };
  const a = rememberGrid(analyzeWorkbook(grid), grid);
  const fixes = [
    ...a.findings.map((f) => ({ f, fix: fixOf(a, f) })),
    ...SAFE_FIX_CODES.flatMap((code) => fixesOfCode(a, code).map((fix) => ({ f: null, fix }))),
  ];
  for (const { f, fix } of fixes) {
    if (!fix) continue;
    const text = texts.find((_, i) => fix.cell === `E${i + 3}`);
    if (text !== undefined) expect(isSubsequence(text, fix.value)).toBe(true);
    if (f && typeof f.params.replacement === 'string') {
      // The cell's every character but the status phrase replaced is still there, in order.
      expect(isSubsequence(fix.expected.replace(String(f.params.typed), ''), fix.value)).toBe(true);
      expect(matchLeadingStatus(fix.value)?.state).toBe(stateOf(f.params.replacement));
    }
  }
}

test('combined cells: a fix never removes a character of the text, and writes the status it names', () => {
  fc.assert(
    fc.property(fc.array(cell, { minLength: 1, maxLength: 4 }), (cells: Cell[]) => {
      const rows = [
        TITLE,
        COMBINED,
        ...cells.map((c, i) => [`1.${i + 1}`, `Acțiunea ${i + 1}`, 'DIP', 'Anual', c.lead + c.status + c.separator + c.text + c.trail]),
      ];
      checkFixes(
        rows,
        cells.map((c) => c.text),
      );
    }),
    { numRuns: Math.ceil(RUNS / 4) },
  );
});

test("separate status cells: a fix never writes the description, and keeps the status cell's other words", () => {
  const extra = fc.constantFrom('', 'după contractarea companiei', 'approval of the order', '(activitate continuă)', 'с 2023 года');
  fc.assert(
    fc.property(fc.array(fc.tuple(cell, extra), { minLength: 1, maxLength: 4 }), (cells: [Cell, string][]) => {
      const rows = [
        TITLE,
        SEPARATE,
        ...cells.map(([c, more], i) => [
          `1.${i + 1}`,
          `Acțiunea ${i + 1}`,
          'DIP',
          'Anual',
          c.lead + c.status + (more ? c.separator + more : '') + c.trail,
          c.text,
        ]),
      ];
      const grid = { sheets: [sheet('Plan', rows)] };
      const a = rememberGrid(analyzeWorkbook(grid), grid);
      for (const f of a.findings) expect(fixOf(a, f)?.cell.startsWith('F') ?? false).toBe(false);
      checkFixes(
        rows,
        cells.map(([, more]) => more),
      );
    }),
    { numRuns: Math.ceil(RUNS / 4) },
  );
});
