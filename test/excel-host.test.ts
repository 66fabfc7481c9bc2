import { readFileSync } from 'fs';
import { SAMPLE_XLSX } from '../samples/build-sample';
import { analyzeWorkbook } from '../src/core/analyze';
import { cellText, columnLetters } from '../src/core/grid';
import { ALL_CAPABILITIES, ExcelHost, HIGHLIGHT_FORMULA } from '../src/excel/excel-host';
import { applyAllOfCode, applyFix, enforceStatuses, validate } from '../src/host/commands';
import { generateReport } from '../src/host/generate';
import { defaultSettings } from '../src/host/settings';
import { loadWorkbook } from '../src/xlsx/read';
import { FakeWorkbookModel, SyncCounter, fakeRun, memoryStore, selected } from './helpers/fake-excel';
import { generatePlan } from '../bench/generate';

function hostOver(model: FakeWorkbookModel) {
  const counter = new SyncCounter();
  const store = memoryStore();
  const host = new ExcelHost(fakeRun(model, counter), store, ALL_CAPABILITIES);
  return { host, counter, store };
}

async function sampleModel() {
  const { grid } = await loadWorkbook(readFileSync(SAMPLE_XLSX));
  const model = new FakeWorkbookModel();
  for (const s of grid.sheets) {
    const merges = (s.merges ?? []).map((m) => `${columnLetters(m.left)}${m.top + 1}:${columnLetters(m.right)}${m.bottom + 1}`);
    model.addSheet(
      s.name,
      s.rows.map((r) => r.map((v) => (v === null || typeof v === 'object' ? null : (v as string | number | boolean)))),
      merges,
    );
  }
  return model;
}

function planModel(actions: number) {
  const model = new FakeWorkbookModel();
  const plan = generatePlan(actions);
  model.addSheet('Plan', plan.rows, plan.merges);
  model.addSheet('Note', [['Notițele mele'], ['nu atinge']]);
  return model;
}

test('validating through Excel gives what the file gives: rows, findings and cells', async () => {
  const { host } = hostOver(await sampleModel());
  const viaExcel = await validate(host, defaultSettings(), 'ro');
  const viaFile = analyzeWorkbook((await loadWorkbook(readFileSync(SAMPLE_XLSX))).grid);
  expect(viaExcel.rows).toHaveLength(29);
  expect(viaExcel.findings.map((f) => `${f.cell} ${f.code}`)).toEqual(viaFile.findings.map((f) => `${f.cell} ${f.code}`));
  expect(viaExcel.stats).toEqual(viaFile.stats);
});

describe.each([100, 10_000])('syncs per command at %i rows', (n) => {
  test('validate: two syncs plus one per read chunk, responses under 4 MB', async () => {
    const { host, counter } = hostOver(planModel(n));
    const a = await validate(host, defaultSettings(), 'ro');
    expect(a.rows).toHaveLength(n);
    const chunks = host.lastRead.chunks - 2; // the head reads of the two sheets come with the second sync
    expect(counter.syncs).toBe(2 + chunks);
    // 10,000 generated rows are about 7 MB of values: three reads under the 3 MB budget.
    expect(counter.syncs).toBe(n === 100 ? 3 : 5);
    expect(counter.largestResponse).toBeLessThan(4_000_000);
  });

  test('the other commands take a constant number of syncs', async () => {
    const model = planModel(n);
    const { host, counter } = hostOver(model);
    const a = await validate(host, defaultSettings(), 'ro');
    const count = async (fn: () => Promise<unknown>) => {
      counter.reset();
      await fn();
      return counter.syncs;
    };
    const spelling = a.findings.filter((f) => f.code === 'status_spelling');
    expect(spelling.length).toBeGreaterThan(0);
    expect(await count(() => host.selectCell('Plan', 'G10'))).toBe(1);
    expect(await count(() => applyFix(host, a, spelling[0]))).toBe(2);
    expect(await count(() => applyAllOfCode(host, a, 'status_spelling'))).toBe(2);
    expect(await count(() => enforceStatuses(host, a, defaultSettings()))).toBe(1);
    expect(await count(() => host.highlight(a.findings.slice(0, 500)))).toBe(5);
    expect(await count(() => host.clearHighlights())).toBe(4);
    const readSyncs = await count(() => validate(host, defaultSettings(), 'ro'));
    expect(await count(() => generateReport(host, defaultSettings(), 'ro'))).toBe(readSyncs + 2);
    expect(counter.largestRequest).toBeLessThan(4_000_000);
  });
});

describe('nothing lost: only the cells the user asked to change differ', () => {
  test('validate and select change nothing', async () => {
    const model = await sampleModel();
    const before = model.snapshot();
    const { host } = hostOver(model);
    await validate(host, defaultSettings(), 'ro');
    await host.selectCell('Raport S1 2020', 'D16');
    expect(selected.value).toBe('Raport S1 2020!D16:D16');
    expect(model.snapshot()).toEqual(before);
  });

  test('apply a fix: that cell alone changes', async () => {
    const model = await sampleModel();
    const { host } = hostOver(model);
    const a = await validate(host, defaultSettings(), 'ro');
    const f = a.findings.find((x) => x.code === 'status_spelling')!;
    const before = new Map(model.sheets[0].cells);
    const out = await applyFix(host, a, f);
    expect(out).toMatchObject({ applied: 1, skipped: [] });
    const changed = [...model.sheets[0].cells].filter(([k, v]) => before.get(k) !== v).map(([k, v]) => [k, v]);
    expect(changed).toEqual([['14,6', 'Neinițiată']]);
    expect(model.sheets[0].cells.size).toBe(before.size);
  });

  test('fix all of one code: exactly those cells', async () => {
    const model = await sampleModel();
    const { host } = hostOver(model);
    const a = await validate(host, defaultSettings(), 'ro');
    const before = new Map(model.sheets[0].cells);
    expect(await applyAllOfCode(host, a, 'status_spelling')).toMatchObject({ applied: 2, skipped: [] });
    const changed = [...model.sheets[0].cells].filter(([k, v]) => before.get(k) !== v).map(([k]) => k);
    expect(changed.sort()).toEqual(['14,6', '42,6']);
  });

  test('a cell edited since validation is not overwritten', async () => {
    const model = await sampleModel();
    const { host } = hostOver(model);
    const a = await validate(host, defaultSettings(), 'ro');
    const f = a.findings.find((x) => x.code === 'status_spelling')!;
    model.sheets[0].cells.set('14,6', 'Realizată');
    expect(await applyFix(host, a, f)).toMatchObject({ applied: 0, skipped: ['Raport S1 2020!G15'] });
    expect(model.sheets[0].cells.get('14,6')).toBe('Realizată');
  });

  test('enforce statuses: a dropdown on the status column, values untouched', async () => {
    const model = await sampleModel();
    const { host } = hostOver(model);
    const a = await validate(host, defaultSettings(), 'ro');
    const cells = [...model.sheets[0].cells];
    const before = model.snapshot();
    await enforceStatuses(host, a, defaultSettings());
    expect(model.sheets[0].validations).toEqual([
      { address: 'G5:G43', source: 'Realizată,Realizată parțial,În proces de realizare,Inițiată,Neinițiată,Nerealizată,Suspendată,Anulată' },
    ]);
    expect([...model.sheets[0].cells]).toEqual(cells);
    const after = model.snapshot() as { validations: unknown[] }[];
    after[0].validations = [];
    expect(after).toEqual(before);
  });

  test("highlight and clear: the user's own formats and conditional formats stay", async () => {
    const model = await sampleModel();
    model.sheets[0].conditionalFormats.push({ address: 'B5:B10', type: 'Custom', formula: '=LEN(B5)>100', fill: '#00FF00' });
    model.sheets[0].formats.set('3,1', { fill: '#123456', bold: true });
    const before = model.snapshot();
    const { host } = hostOver(model);
    const a = await validate(host, defaultSettings(), 'ro');
    await host.highlight(a.findings);
    expect(model.sheets[0].conditionalFormats.filter((c) => c.formula === HIGHLIGHT_FORMULA)).toHaveLength(a.findings.length);
    expect(model.snapshot()).not.toEqual(before);
    await host.clearHighlights();
    expect(model.snapshot()).toEqual(before);
  });

  test('generating three times leaves the same sheets as once; a user sheet with our name is kept', async () => {
    const model = await sampleModel();
    model.addSheet('Statistici', [['Statisticile mele, făcute de mână']]);
    const userBefore = model.snapshot();
    const { host } = hostOver(model);
    const first = await generateReport(host, defaultSettings(), 'ro');
    expect(first.sheets).toEqual({ statistics: 'Statistici (2)', report: 'Raport' });
    const once = model.snapshot();
    const names = () => model.sheets.map((s) => s.name);
    const afterOnce = names();
    await generateReport(host, defaultSettings(), 'ro');
    await generateReport(host, defaultSettings(), 'ro');
    expect(names()).toEqual(afterOnce);
    expect(model.snapshot(['Statistici (2)', 'Raport'])).toEqual(userBefore);
    const strip = (x: unknown) => JSON.parse(JSON.stringify(x, (k, v) => (k === 'id' ? undefined : v)));
    expect(strip(model.snapshot())).toEqual(strip(once));
    const stats = model.sheets.find((s) => s.name === 'Statistici (2)')!;
    expect(stats.tables).toEqual(['A3:K8']);
    expect(stats.charts).toHaveLength(1);
    expect(cellText(stats.cells.get('7,0') as string)).toBe('Total');
    const report = model.sheets.find((s) => s.name === 'Raport')!;
    expect([...report.cells.values()].some((v) => String(v).includes('au fost monitorizate 29 de acțiuni'))).toBe(true);
  });
});

describe('settings in the workbook', () => {
  test('saved and read back', async () => {
    const { host, store } = hostOver(new FakeWorkbookModel());
    const s = { ...defaultSettings(), period: 'S2-2021', allowedStates: ['done' as const, 'in_progress' as const] };
    await host.saveSettings(s);
    expect(typeof store.data.get('actionPlanReport')).toBe('string');
    expect((await host.loadSettings()).settings).toEqual(s);
  });

  test.each([
    ['not JSON', '{oops'],
    ['a future version', JSON.stringify({ version: 99, sheet: 'X' })],
    ['a number', 42],
  ])('%s falls back to defaults with a notice', async (_name, raw) => {
    const { host, store } = hostOver(new FakeWorkbookModel());
    store.data.set('actionPlanReport', raw);
    expect(await host.loadSettings()).toEqual({ settings: defaultSettings(), notice: 'settings_reset' });
  });

  test('one broken field keeps the others', async () => {
    const { host, store } = hostOver(new FakeWorkbookModel());
    store.data.set('actionPlanReport', JSON.stringify({ version: 1, period: 'S1-2022', planYear: 'soon', futureField: true }));
    const r = await host.loadSettings();
    expect(r.notice).toBe('settings_reset');
    expect(r.settings.period).toBe('S1-2022');
    expect(r.settings.planYear).toBeNull();
  });
});

test('on ExcelApi 1.8 (no merged areas, no change events) the plan still reads, and nothing subscribes', async () => {
  const counter = new SyncCounter();
  const host = new ExcelHost(fakeRun(await sampleModel(), counter), memoryStore(), { mergedAreas: false, changeEvents: false });
  const a = await validate(host, defaultSettings(), 'ro');
  expect(a.rows).toHaveLength(29);
  expect(a.stats.objectives.map((o) => o.rows)).toEqual([14, 5, 3, 7]);
  counter.reset();
  const unsubscribe = await host.onChanged(() => undefined);
  unsubscribe();
  expect(counter.syncs).toBe(0);
});
