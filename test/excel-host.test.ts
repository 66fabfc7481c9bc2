import { readFileSync } from 'fs';
import { SAMPLE_XLSX } from '../samples/build-sample';
import { analyzeWorkbook } from '../src/core/analyze';
import { HIGHLIGHT_FORMULA } from '../src/excel/excel-host';
import { applyAllOfCode, applyFix, enforceStatuses, validate } from '../src/host/commands';
import { generateReport } from '../src/host/generate';
import { defaultSettings } from '../src/host/settings';
import { loadWorkbook } from '../src/xlsx/read';
import ExcelJS from 'exceljs';
import { WorkbookDouble, fromExcelJs } from './helpers/excel-double';
import { hostOver } from './helpers/excel-host';
import { generatePlan } from '../bench/generate';

async function sampleModel() {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(readFileSync(SAMPLE_XLSX) as unknown as ArrayBuffer);
  return fromExcelJs(wb);
}

function planModel(actions: number) {
  const model = new WorkbookDouble();
  const plan = generatePlan(actions);
  model.addSheet('Plan', plan.rows, plan.merges);
  model.addSheet('Note', [['Notițele mele'], ['nu atinge']]);
  return model;
}

describe.each([100, 10_000])('syncs per command at %i rows', (n) => {
  test('validate: three syncs plus one per read chunk, every response under 5 MB', async () => {
    const { host, counter } = hostOver(planModel(n));
    const a = await validate(host, defaultSettings(), 'ro');
    expect(a.rows).toHaveLength(n);
    const chunks = host.lastRead.chunks - 2; // the head reads of both sheets come in one sync
    expect(host.lastRead.splits).toBe(0);
    expect(counter.syncs).toBe(3 + chunks);
    expect(counter.syncs).toBe(n === 100 ? 4 : 7);
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
    expect(await count(() => enforceStatuses(host, a, defaultSettings(), 'ro'))).toBe(2);
    expect(await count(() => host.highlight(a.findings.slice(0, 500)))).toBe(4);
    expect(await count(() => host.clearHighlights())).toBe(4);
    const readSyncs = await count(() => validate(host, defaultSettings(), 'ro'));
    expect(await count(() => generateReport(host, defaultSettings(), 'ro'))).toBe(readSyncs + 3);
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
    expect(model.selected).toBe('Raport S1 2020!D16');
    expect(model.snapshot()).toEqual(before);
  });

  test('apply a fix: that cell alone changes, to text', async () => {
    const model = await sampleModel();
    const { host } = hostOver(model);
    const a = await validate(host, defaultSettings(), 'ro');
    const f = a.findings.find((x) => x.code === 'status_spelling')!;
    const before = new Map(model.sheets[0].cells);
    const out = await applyFix(host, a, f);
    expect(out).toMatchObject({ applied: 1, skipped: [] });
    const changed = [...model.sheets[0].cells].filter(([k, v]) => JSON.stringify(before.get(k)) !== JSON.stringify(v));
    expect(changed).toEqual([['14,6', { value: 'Neinițiată', type: 'String' }]]);
    expect(model.sheets[0].cells.size).toBe(before.size);
  });

  test('fix all of one code: exactly those cells', async () => {
    const model = await sampleModel();
    const { host } = hostOver(model);
    const a = await validate(host, defaultSettings(), 'ro');
    const before = new Map(model.sheets[0].cells);
    expect(await applyAllOfCode(host, a, 'status_spelling')).toMatchObject({ applied: 2, skipped: [] });
    const changed = [...model.sheets[0].cells].filter(([k, v]) => JSON.stringify(before.get(k)) !== JSON.stringify(v)).map(([k]) => k);
    expect(changed.sort()).toEqual(['14,6', '42,6']);
  });

  test('a cell edited since validation is not overwritten', async () => {
    const model = await sampleModel();
    const { host } = hostOver(model);
    const a = await validate(host, defaultSettings(), 'ro');
    const f = a.findings.find((x) => x.code === 'status_spelling')!;
    model.sheets[0].cells.set('14,6', { value: 'Realizată', type: 'String' });
    expect(await applyFix(host, a, f)).toMatchObject({ applied: 0, skipped: ['Raport S1 2020!G15'] });
    expect(model.value('Raport S1 2020', 'G15')).toBe('Realizată');
  });

  test('enforce statuses: a dropdown on the status column, values untouched', async () => {
    const model = await sampleModel();
    const { host } = hostOver(model);
    const a = await validate(host, defaultSettings(), 'ro');
    const cells = [...model.sheets[0].cells];
    const before = model.snapshot();
    await enforceStatuses(host, a, defaultSettings(), 'ro');
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
    const ours = model.sheets[0].conditionalFormats.filter((c) => c.formula === HIGHLIGHT_FORMULA);
    expect(ours.length).toBeGreaterThan(0);
    expect(ours.length).toBeLessThanOrEqual(a.findings.length);
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
    const stats = model.sheet('Statistici (2)');
    expect(stats.tables).toEqual(['A3:K8']);
    expect(stats.charts).toHaveLength(1);
    expect(model.value('Statistici (2)', 'A8')).toBe('Total');
    const report = model.sheet('Raport');
    expect([...report.cells.values()].some((v) => String(v.value).includes('au fost monitorizate 29 de acțiuni'))).toBe(true);
  });
});

describe('settings in the workbook', () => {
  test('saved and read back', async () => {
    const { host, settings } = hostOver(new WorkbookDouble());
    const s = { ...defaultSettings(), period: 'S2-2021', allowedStates: ['done' as const, 'in_progress' as const] };
    await host.saveSettings(s);
    expect(typeof settings.document.get('actionPlanReport')).toBe('string');
    expect((await host.loadSettings()).settings).toEqual(s);
  });

  test.each([
    ['not JSON', '{oops'],
    ['a future version', JSON.stringify({ version: 99, sheet: 'X' })],
    ['a number', 42],
  ])('%s falls back to defaults with a notice', async (_name, raw) => {
    const { host, settings } = hostOver(new WorkbookDouble());
    settings.document.set('actionPlanReport', raw);
    expect(await host.loadSettings()).toEqual({ settings: defaultSettings(), notice: 'settings_reset' });
  });

  test('one broken field keeps the others', async () => {
    const { host, settings } = hostOver(new WorkbookDouble());
    settings.document.set('actionPlanReport', JSON.stringify({ version: 1, period: 'S1-2022', planYear: 'soon', futureField: true }));
    const r = await host.loadSettings();
    expect(r.notice).toBe('settings_reset');
    expect(r.settings.period).toBe('S1-2022');
    expect(r.settings.planYear).toBeNull();
  });
});

test('on ExcelApi 1.8 (no merged areas, no change events) the plan still reads, and nothing subscribes', async () => {
  const { host, counter } = hostOver(await sampleModel(), { mergedAreas: false, changeEvents: false });
  const a = await validate(host, defaultSettings(), 'ro');
  expect(a.rows).toHaveLength(29);
  expect(a.stats.objectives.map((o) => o.rows)).toEqual([14, 5, 3, 7]);
  counter.reset();
  const unsubscribe = await host.onChanged(() => undefined);
  unsubscribe();
  expect(counter.syncs).toBe(0);
});

test('the sample read through Excel gives what the file gives', async () => {
  const { host } = hostOver(await sampleModel());
  const viaExcel = await validate(host, defaultSettings(), 'ro');
  const viaFile = analyzeWorkbook((await loadWorkbook(readFileSync(SAMPLE_XLSX))).grid, { lang: 'ro' });
  expect(viaExcel.rows).toHaveLength(29);
  expect(viaExcel.rows).toEqual(viaFile.rows);
  expect(viaExcel.findings).toEqual(viaFile.findings);
  expect(viaExcel.stats).toEqual(viaFile.stats);
});
