import { readFileSync } from 'fs';
import { SAMPLE_XLSX, buildSampleWorkbook, readSampleActions } from '../samples/build-sample';
import { Analysis, analyzeWorkbook } from '../src/core/analyze';
import { sheetToGrid, loadWorkbook } from '../src/xlsx/read';

let a: Analysis;
beforeAll(async () => {
  const { grid } = await loadWorkbook(readFileSync(SAMPLE_XLSX));
  a = analyzeWorkbook(grid);
});

// The facts of ../shared/samples/README.md, counted from the source JSON.
test('29 actions under 4 objectives (14, 5, 3, 7) and 6 areas (10, 4, 3, 2, 3, 7)', () => {
  expect(a.rows).toHaveLength(29);
  expect(a.stats.objectives.map((o) => [o.key, o.rows])).toEqual([
    ['1', 14],
    ['2', 5],
    ['3', 3],
    ['4', 7],
  ]);
  expect(a.stats.areas.map((o) => [o.key, o.rows])).toEqual([
    ['1', 10],
    ['2', 4],
    ['3', 3],
    ['4', 2],
    ['5', 3],
    ['6', 7],
  ]);
  expect(a.rows.map((r) => r.id)).toEqual(readSampleActions().map((x) => x.id));
});

test('status per objective: Realizată / În proces de realizare / Neiniţiată / Inițiată', () => {
  const counts = a.stats.objectives.map((o) => [o.byState.done, o.byState.in_progress, o.byState.not_started, o.byState.initiated]);
  expect(counts).toEqual([
    [7, 5, 1, 1],
    [3, 2, 0, 0],
    [2, 1, 0, 0],
    [3, 3, 1, 0],
  ]);
  const t = a.stats.total.byState;
  expect([t.done, t.in_progress, t.not_started, t.initiated, t.unknown]).toEqual([15, 11, 2, 1, 0]);
});

test('deadlines as written, and each one understood', () => {
  const tally: Record<string, number> = {};
  for (const r of a.rows) tally[String(r.deadline)] = (tally[String(r.deadline)] ?? 0) + 1;
  expect(tally).toEqual({
    Anual: 15,
    'Trimestrul IV, 2020': 5,
    'Trimestrul IV, 2019': 3,
    'Trimestrul III, anual': 2,
    Semestrial: 1,
    'Trimestrul I, 2020': 1,
    'Trimestrul II, 2019': 1,
    'Trimestrul II, 2020': 1,
  });
  expect(a.rows.filter((r) => r.deadlineInfo.kind === 'invalid')).toEqual([]);
});

test('the period and plan year come from the title rows', () => {
  expect(a.period).toMatchObject({ kind: 'semester', n: 1, year: 2020, end: '2020-06-30' });
  expect(a.planYear).toBe(2020);
});

test('no error findings on its clean rows; the overdue actions are the due ones not done', () => {
  expect(a.findings.filter((f) => f.severity === 'error')).toEqual([]);
  expect(a.findings.filter((f) => f.code === 'overdue').map((f) => [f.rowId, f.cell])).toEqual([
    ['1.10', 'D16'],
    ['3.1', 'D24'],
    ['6.2', 'D38'],
  ]);
  expect(a.stats.total).toMatchObject({ due: 7, doneAmongDue: 4, overdue: 3 });
});

test('strings are kept exactly, the cedilla ţ beside the comma-below ț included', () => {
  const statuses = new Set(a.rows.map((r) => r.statusText));
  expect(statuses).toEqual(new Set(['Realizată', 'În proces de realizare', 'Neiniţiată', 'Inițiată']));
  const json = readSampleActions();
  a.rows.forEach((r, i) => {
    expect(r.action).toBe(json[i].action);
    expect(r.description).toBe(json[i].description);
    expect(r.responsible).toBe(json[i].responsible);
  });
});

test('the committed sample workbook is what the build script makes', async () => {
  const built = buildSampleWorkbook(readSampleActions());
  const { workbook } = await loadWorkbook(readFileSync(SAMPLE_XLSX));
  expect(sheetToGrid(workbook.worksheets[0])).toEqual(sheetToGrid(built.worksheets[0]));
});
