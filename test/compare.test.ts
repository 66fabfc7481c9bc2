import { Analysis, analyzeWorkbook } from '../src/core/analyze';
import { compareAnalyses, sameDescription } from '../src/core/compare';
import { Finding } from '../src/core/findings';
import { findingMessage, LANGS } from '../src/core/messages';
import { readDocx } from '../src/docx/read';
import { loadWorkbook } from '../src/xlsx/read';
import { buildSampleWorkbook, readSampleActions } from '../samples/build-sample';
import { buildNextPeriodWorkbook, buildWordReport, nextPeriodActions, xlsxBytes } from './helpers/compare-fixtures';

const s1 = readSampleActions();
const s2 = nextPeriodActions(s1);

async function analyzeXlsx(bytes: Uint8Array): Promise<Analysis> {
  return analyzeWorkbook((await loadWorkbook(bytes)).grid);
}

async function analyzeDocx(bytes: Uint8Array): Promise<Analysis> {
  const read = await readDocx(bytes);
  if (!read.ok) throw new Error(read.error);
  return analyzeWorkbook(read.grid);
}

/** "code rowId cell" for the comparison's findings, sorted. */
const flat = (fs: Finding[]) => fs.map((f) => `${f.code} ${f.rowId} ${f.cell}`).sort();

/** The sheet row of an id in the semester II workbook, and a cell of it. */
function cellOf(current: Analysis, id: string, role: 'id' | 'status' | 'deadline' | 'description'): string {
  const row = current.rows.find((r) => r.id === id);
  if (!row) throw new Error(`no row ${id}`);
  return row.cells[role]!;
}

const EXPECTED = (current: Analysis, previous: Analysis) =>
  [
    `regressed 1.2 ${cellOf(current, '1.2', 'status')}`,
    `postponed 1.10 ${cellOf(current, '1.10', 'deadline')}`,
    `overdue_again 1.10 ${cellOf(current, '1.10', 'deadline')}`,
    `overdue_again 6.2.1 ${cellOf(current, '6.2.1', 'deadline')}`,
    `overdue_again 6.2.2 ${cellOf(current, '6.2.2', 'deadline')}`,
    `overdue_again 6.2.3 ${cellOf(current, '6.2.3', 'deadline')}`,
    `not_started_again 1.9 ${cellOf(current, '1.9', 'status')}`,
    `not_started_again 6.7 ${cellOf(current, '6.7', 'status')}`,
    `description_unchanged 1.3 ${cellOf(current, '1.3', 'description')}`,
    `description_unchanged 4.1 ${cellOf(current, '4.1', 'description')}`,
    `new_action 6.8 ${cellOf(current, '6.8', 'id')}`,
    `dropped 5.2 ${previous.rows.find((r) => r.id === '5.2')!.cells.id ?? previous.rows.find((r) => r.id === '5.2')!.cells.action}`,
  ].sort();

describe.each([
  ['the sample workbook', async () => analyzeXlsx(await xlsxBytes(buildSampleWorkbook(s1)))],
  ['a Word report, one table', async () => analyzeDocx(await buildWordReport(s1, 'one-table'))],
  ['a Word report, a table per objective', async () => analyzeDocx(await buildWordReport(s1, 'table-per-objective'))],
  ['a Word report, ids in an automatically numbered list', async () => analyzeDocx(await buildWordReport(s1, 'numbered-list'))],
])('semester II workbook against semester I as %s', (_, previousOf) => {
  let previous: Analysis;
  let current: Analysis;
  beforeAll(async () => {
    previous = await previousOf();
    current = await analyzeXlsx(await xlsxBytes(buildNextPeriodWorkbook(s2)));
  }, 60_000);

  test('every change is found at its row, and nothing else', () => {
    const c = compareAnalyses(previous, current);
    expect(flat(c.findings)).toEqual(EXPECTED(current, previous));
    const dropped = c.findings.find((f) => f.code === 'dropped')!;
    expect(dropped.sheet).toBe(previous.sheet);
    expect(dropped.params).toMatchObject({ source: 'previous', state: 'in_progress' });
    expect(c.findings.find((f) => f.code === 'postponed')!.params).toMatchObject({ from: '2019-06-30', to: '2020-12-31', months: 18 });
  });

  test('rows are paired by id, by title where renumbered, and sub-actions to the action split', () => {
    const c = compareAnalyses(previous, current);
    const pairs = new Map(c.rows.map((r) => [r.current.id, `${r.previous.id} ${r.by}`]));
    expect(pairs.get('2.5')).toBe('2.4 text');
    expect(pairs.get('6.2.1')).toBe('6.2 split');
    expect(pairs.get('6.2.3')).toBe('6.2 split');
    expect(pairs.get('1.1')).toBe('1.1 id');
    expect(c.rows).toHaveLength(s2.filter((a) => a.status).length - 1);
    expect(c.added.map((r) => r.id)).toEqual(['6.8']);
    expect(c.dropped.map((r) => r.id)).toEqual(['5.2']);
    const moved = c.rows.filter((r) => r.movedToDone).map((r) => r.current.id);
    expect(moved).toEqual(['1.1', '3.1', '6.5']);
  });

  test('completion per objective then and now', () => {
    const c = compareAnalyses(previous, current);
    const byKey = Object.fromEntries(c.objectives.map((o) => [o.key, [o.completionBefore, o.completionNow]]));
    // Objective 1: 7 of 14 done, then 1.1 done and 1.2 back in progress: 7 of 14.
    expect(byKey['1']).toEqual([7 / 14, 7 / 14]);
    // Objective 2 (areas 3–4): 3.1 done; 5 actions, 4 done.
    expect(byKey['2']).toEqual([3 / 5, 4 / 5]);
    // Objective 4 (area 6): 3 of 7, then 6.5 done, 6.2 split in three, 6.8 new: 4 of 10.
    expect(byKey['4']).toEqual([3 / 7, 4 / 10]);
  });

  test('every comparison message is filled in every language', () => {
    const c = compareAnalyses(previous, current);
    for (const lang of LANGS) for (const f of c.findings) expect(findingMessage(f, lang)).not.toMatch(/\{\w+\}|undefined|null/);
  });
});

test('the officer corrects a match: a renumbered action said to be new, a new one said to continue another', async () => {
  const previous = await analyzeXlsx(await xlsxBytes(buildSampleWorkbook(s1)));
  const current = await analyzeXlsx(await xlsxBytes(buildNextPeriodWorkbook(s2)));
  const c = compareAnalyses(previous, current, { '2.5': null, '6.8': '5.2' });
  expect(c.added.map((r) => r.id)).toEqual(['2.5']);
  expect(c.dropped.map((r) => r.id)).toEqual(['2.4']);
  expect(c.rows.find((r) => r.current.id === '6.8')).toMatchObject({ by: 'manual', previous: { id: '5.2' } });
});

test('the same report against itself: everything paired by id, only copied descriptions flagged', async () => {
  const a = await analyzeXlsx(await xlsxBytes(buildSampleWorkbook(s1)));
  const c = compareAnalyses(a, a);
  expect(c.rows.every((r) => r.by === 'id' && r.previous === r.current)).toBe(true);
  expect(new Set(c.findings.map((f) => f.code))).toEqual(new Set(['description_unchanged', 'not_started_again', 'overdue_again']));
  expect(c.findings.filter((f) => f.code === 'description_unchanged')).toHaveLength(29);
});

test('a copied description: numbers, punctuation, case and a few words changed; not one with news added', () => {
  const before = 'În semestrul I, 2020 au fost organizate 3 sesiuni de instruire pentru funcționarii publici din ministere.';
  expect(sameDescription(before, before)).toBe(true);
  expect(sameDescription(before, 'In semestrul II 2021 au fost organizate 5 sesiuni de instruire pentru functionarii publici din ministere')).toBe(true);
  expect(sameDescription(before, `${before} Au fost elaborate ghiduri metodologice noi pentru autoritățile locale.`)).toBe(false);
  expect(sameDescription(before, '')).toBe(false);
  expect(sameDescription(before, 'Acțiunea a fost realizată integral prin lansarea platformei electronice.')).toBe(false);
});
