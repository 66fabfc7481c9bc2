import { readFileSync } from 'fs';
import { SAMPLE_S1_DOCX, SAMPLE_S2_XLSX } from '../samples/build-compare-samples';
import { analyzeWorkbook } from '../src/core/analyze';
import { loadWorkbook } from '../src/xlsx/read';
import { readDocx } from '../src/docx/read';
import { readSampleActions } from '../samples/build-sample';
import { WordLayout, buildLetter, buildNextPeriodWorkbook, buildWordReport, nextPeriodActions, xlsxBytes } from './helpers/compare-fixtures';

const actions = readSampleActions();

describe.each<WordLayout>(['one-table', 'table-per-objective', 'numbered-list'])('a Word report laid out as %s reads like the sample workbook', (layout) => {
  test('same actions, objectives, areas, states, deadlines and period', async () => {
    const read = await readDocx(await buildWordReport(actions, layout));
    if (!read.ok) throw new Error(read.error);
    const a = analyzeWorkbook(read.grid);
    expect(a.period).toMatchObject({ kind: 'semester', n: 1, year: 2020 });
    expect(a.rows.map((r) => r.id)).toEqual(actions.map((x) => x.id));
    expect(a.rows.map((r) => r.objective?.key)).toEqual(actions.map((x) => /Obiectivul (\d+)/.exec(x.objective_group)![1]));
    expect(a.rows.map((r) => r.area?.key)).toEqual(actions.map((x) => x.id.split('.')[0]));
    expect(a.rows.map((r) => r.statusPhrase.replace(/\.$/, ''))).toEqual(actions.map((x) => x.status));
    expect(a.rows.map((r) => String(r.deadline))).toEqual(actions.map((x) => x.deadline));
    expect(a.rows.map((r) => r.action)).toEqual(actions.map((x) => x.action));
    expect(a.rows.map((r) => r.description.replace(/\s+/g, ' '))).toEqual(actions.map((x) => x.description.replace(/\s+/g, ' ')));
    expect(a.stats.total.byState).toMatchObject({ done: 15, in_progress: 11, not_started: 2, initiated: 1 });
    const errors = a.findings.filter((f) => f.severity === 'error');
    expect(errors).toEqual([]);
  });
});

test('a letter is not a report: a clear error, no rows', async () => {
  const read = await readDocx(await buildLetter());
  expect(read).toEqual({ ok: false, error: 'docx_no_plan' });
});

test('the committed sample periods are what the builders make', async () => {
  const committed = await readDocx(readFileSync(SAMPLE_S1_DOCX));
  const built = await readDocx(await buildWordReport(actions, 'one-table'));
  if (!committed.ok || !built.ok) throw new Error('unreadable');
  expect(committed.grid).toEqual(built.grid);
  const s2 = (await loadWorkbook(readFileSync(SAMPLE_S2_XLSX))).grid;
  const s2Built = (await loadWorkbook(await xlsxBytes(buildNextPeriodWorkbook(nextPeriodActions(actions))))).grid;
  expect(s2).toEqual(s2Built);
});
