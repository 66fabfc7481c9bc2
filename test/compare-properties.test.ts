import fc from 'fast-check';
import { analyzeSheet } from '../src/core/analyze';
import { compareAnalyses } from '../src/core/compare';
import { sheetToGrid } from '../src/xlsx/read';
import { SampleAction, buildSampleWorkbook, readSampleActions } from '../samples/build-sample';
import { buildNextPeriodWorkbook } from './helpers/compare-fixtures';

/**
 * Metamorphic: any next period made from the sample by known edits is compared back to exactly those
 * edits. The oracle is the list of edits, not the implementation.
 */
const RUNS = Number(process.env.PROPERTY_COMPARE_RUNS ?? 80);
const seed = process.env.PROPERTY_SEED === 'random' ? Date.now() : Number(process.env.PROPERTY_SEED ?? 20261125);

const s1 = readSampleActions();
const previous = analyzeSheet(sheetToGrid(buildSampleWorkbook(s1).worksheets[0]));
const UPDATE = 'Pe parcursul perioadei au fost desfășurate consultări suplimentare cu partenerii de dezvoltare. ';
const QUARTER = /^Trimestrul (I|II|III|IV), (\d{4})$/;
const ROMAN = ['I', 'II', 'III', 'IV'];

type Edit = { done: boolean; regress: boolean; copy: boolean; postpone: number; drop: boolean };

const edits = fc.array(
  fc.record({
    done: fc.boolean(),
    regress: fc.boolean(),
    copy: fc.boolean(),
    postpone: fc.constantFrom(0, 0, 0, 1, 2, 5),
    drop: fc.constantFrom(false, false, false, false, false, false, false, false, false, true),
  }),
  { minLength: s1.length, maxLength: s1.length },
);

function postponed(deadline: string, quarters: number): string | null {
  const m = QUARTER.exec(deadline);
  if (!m || quarters === 0) return null;
  const q = ROMAN.indexOf(m[1]) + quarters;
  return `Trimestrul ${ROMAN[q % 4]}, ${Number(m[2]) + Math.floor(q / 4)}`;
}

test('every edit to a next period is found, at its row, and nothing else', () => {
  fc.assert(
    fc.property(edits, fc.nat(s1.length - 1), (list: Edit[], renumbered) => {
      const expected: string[] = [];
      const next: SampleAction[] = [];
      s1.forEach((a, i) => {
        const e = list[i];
        if (e.drop) {
          if (a.status !== 'Anulată') expected.push(`dropped ${a.id}`);
          return;
        }
        const b = { ...a, description: e.copy ? a.description : UPDATE + a.description };
        if (i === renumbered) b.id = `${a.id.split('.')[0]}.${90 + i}`;
        const wasDone = a.status === 'Realizată';
        if (wasDone && e.regress) {
          b.status = 'În proces de realizare';
          expected.push(`regressed ${b.id}`);
        } else if (!wasDone && e.done) b.status = 'Realizată';
        const later = postponed(a.deadline, e.postpone);
        if (later) {
          b.deadline = later;
          expected.push(`postponed ${b.id}`);
        }
        if (e.copy && b.status === a.status) expected.push(`description_unchanged ${b.id}`);
        if (a.status === 'Neiniţiată' && b.status === a.status) expected.push(`not_started_again ${b.id}`);
        next.push(b);
      });
      const current = analyzeSheet(sheetToGrid(buildNextPeriodWorkbook(next).worksheets[0]));
      const c = compareAnalyses(previous, current);
      const found = c.findings.filter((f) => f.code !== 'overdue_again').map((f) => `${f.code} ${f.rowId}`);
      expect(found.sort()).toEqual(expected.sort());
      // Each finding points at its row in the workbook it is about.
      for (const f of c.findings) {
        const rows = f.code === 'dropped' ? previous.rows : current.rows;
        expect(Object.values(rows.find((r) => r.id === f.rowId)!.cells)).toContain(f.cell);
      }
      const renamed = c.rows.find((r) => r.current.id !== r.previous.id);
      if (!list[renumbered].drop) expect(renamed).toMatchObject({ by: 'text', previous: { id: s1[renumbered].id } });
      expect(c.added).toEqual([]);
    }),
    { numRuns: RUNS, seed },
  );
}, 120_000);

test('an action dropped and the ones after it renumbered to close the gap: each paired with its own previous row', () => {
  fc.assert(
    fc.property(fc.nat(s1.length - 1), (dropped) => {
      const gone = s1[dropped];
      const area = gone.id.split('.')[0];
      const next = s1
        .filter((_, i) => i !== dropped)
        .map((a) => {
          const [x, n] = a.id.split('.').map(Number);
          const shifted = String(x) === area && n > Number(gone.id.split('.')[1]) ? `${x}.${n - 1}` : a.id;
          return { ...a, id: shifted, description: UPDATE + a.description };
        });
      const current = analyzeSheet(sheetToGrid(buildNextPeriodWorkbook(next).worksheets[0]));
      const c = compareAnalyses(previous, current);
      expect(c.dropped.map((r) => r.id)).toEqual([gone.id]);
      expect(c.added).toEqual([]);
      for (const r of c.rows) expect(r.current.action).toBe(r.previous.action);
      expect(c.findings.filter((f) => f.code !== 'overdue_again' && f.code !== 'not_started_again').map((f) => `${f.code} ${f.rowId}`)).toEqual([
        `dropped ${gone.id}`,
      ]);
    }),
    { numRuns: Math.min(RUNS, s1.length), seed },
  );
}, 120_000);
