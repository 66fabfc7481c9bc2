/**
 * Each defect the Excel double exposed, as a test that fails on the adapter before the fix
 * (verified by running this file against the previous src/).
 */
import { generatePlan } from '../bench/generate';
import { cellText, columnLetters } from '../src/core/grid';
import { applyAllOfCode, applyFix, enforceStatuses, validate } from '../src/host/commands';
import { generateReport } from '../src/host/generate';
import { defaultSettings } from '../src/host/settings';
import { ALL_CAPABILITIES } from '../src/excel/excel-host';
import { CellInput, DocumentSettings, PAYLOAD_LIMIT, WorkbookDouble, excelError } from './helpers/excel-double';
import { hostOver } from './helpers/excel-host';

jest.setTimeout(240_000);

const HEADER = ['Nr.', 'Acțiunea', 'Instituția responsabilă', 'Termen de realizare', 'Costuri', 'Indicatori de progres', 'Statutul', 'Descrierea succintă'];

function planRows(n: number, narrative?: (i: number) => string): CellInput[][] {
  const plan = generatePlan(n);
  let i = 0;
  return plan.rows.map((r) => (r.length === 8 && narrative && /^\d+\.\d+$/.test(String(r[0])) ? [...r.slice(0, 7), narrative(i++)] : r));
}

function formulasIn(model: WorkbookDouble, sheets: string[]): string[] {
  return model.sheets.filter((s) => sheets.includes(s.name)).flatMap((s) => [...s.cells.values()].filter((c) => c.formula).map((c) => c.formula!));
}

describe('text is written as text', () => {
  test('report lines starting "- ", and objective titles starting "=", stay text in the add-in\'s sheets', async () => {
    const model = new WorkbookDouble();
    const rows = planRows(10);
    rows[3] = ['=HYPERLINK("http://example.invalid","clic")'];
    model.addSheet('Plan', rows, generatePlan(10).merges);
    const { host } = hostOver(model);
    const s = { ...defaultSettings(), template: '## Sumar\n\n- 1.9 neinițiată\n+ plus\n=WEBSERVICE("http://example.invalid")\n1.10' };
    const out = await generateReport(host, s, 'ro');
    expect(out.templateIssues).toBe(0);
    const sheets = [out.sheets!.statistics, out.sheets!.report];
    expect(formulasIn(model, sheets)).toEqual([]);
    const report = [...model.sheet(out.sheets!.report).cells.values()].map((c) => c.value);
    expect(report).toEqual(expect.arrayContaining(['- 1.9 neinițiată', '+ plus', '=WEBSERVICE("http://example.invalid")', '1.10']));
    expect([...model.sheet(out.sheets!.statistics).cells.values()].map((c) => c.value)).toContain('=HYPERLINK("http://example.invalid","clic")');
  });

  test('a fix whose text starts with "-" is written as that text', async () => {
    const model = new WorkbookDouble();
    model.addSheet('Plan', [
      ['Plan de acțiuni', null, null, null, null, null, null, null],
      ['pentru semestrul I, 2020'],
      HEADER,
      ['1.1', 'Acțiunea unu', '-AGE, MFF', 'Trimestrul IV, 2020', '', 'ind', 'Realizată', 'Realizată integral.'],
      ['1.2', 'Acțiunea doi', 'AGE', 'Trimestrul IV, 2020', '', 'ind', 'Realizată', 'Realizată integral.'],
    ]);
    model.addSheet('Abrevieri', [
      ['Abreviere', 'Denumire'],
      ['AGE', 'Agenția de Guvernare Electronică'],
      ['MF', 'Ministerul Finanțelor'],
    ]);
    const { host } = hostOver(model);
    const a = await validate(host, defaultSettings(), 'ro');
    const f = a.findings.find((x) => x.code === 'unknown_responsible' && x.cell === 'C4' && x.params.code === 'MFF');
    expect(f?.suggestion).toBe('MF');
    expect(await applyFix(host, a, f!)).toMatchObject({ applied: 1, skipped: [] });
    expect(model.sheet('Plan').cells.get('3,2')).toEqual({ value: '-AGE, MF', type: 'String' });
  });
});

describe('the add-in keeps track of its own sheets', () => {
  test("regenerating twice, with ids in Excel's form, replaces the sheets", async () => {
    const model = new WorkbookDouble();
    model.addSheet('Plan', planRows(30), generatePlan(30).merges);
    const { host } = hostOver(model);
    await generateReport(host, defaultSettings(), 'ro');
    await generateReport(host, defaultSettings(), 'ro');
    await generateReport(host, defaultSettings(), 'ro');
    expect(model.sheets.map((s) => s.name)).toEqual(['Plan', 'Statistici', 'Raport']);
  });

  test('a renamed output sheet, and a file reopened elsewhere (new sheet ids), are still ours', async () => {
    const model = new WorkbookDouble();
    model.addSheet('Plan', planRows(30), generatePlan(30).merges);
    const { host } = hostOver(model);
    await generateReport(host, defaultSettings(), 'ro');
    model.sheet('Raport').name = 'Raport vechi';
    model.sheets.forEach((s, i) => (s.id = `{00000000-0000-0000-${String(i).padStart(4, '0')}-000000000000}`));
    await generateReport(host, defaultSettings(), 'ro');
    expect(model.sheets.map((s) => s.name)).toEqual(['Plan', 'Statistici', 'Raport']);
  });

  test('a build that fails leaves the workbook as it was, and the next one works', async () => {
    const model = new WorkbookDouble();
    model.addSheet('Plan', planRows(30), generatePlan(30).merges);
    const { host } = hostOver(model);
    await generateReport(host, defaultSettings(), 'ro');
    const before = model.sheets.map((s) => s.name);
    // Excel refuses the chart, late in the build's batch: everything queued before it is applied.
    model.fault = (payload) => (payload === 'BarClustered' ? excelError('GeneralException') : null);
    await expect(generateReport(host, defaultSettings(), 'ro')).rejects.toMatchObject({ code: 'excel_error' });
    expect(model.sheets.map((s) => s.name)).toEqual(before);
    model.fault = null;
    await generateReport(host, defaultSettings(), 'ro');
    expect(model.sheets.map((s) => s.name)).toEqual(before);
  });

  test('settings saved by the pane from a stale copy do not make the ribbon forget its sheets', async () => {
    const model = new WorkbookDouble();
    model.addSheet('Plan', planRows(30), generatePlan(30).merges);
    const doc = new DocumentSettings();
    const pane = hostOver(model, ALL_CAPABILITIES, doc);
    const paneSettings = (await pane.host.loadSettings()).settings;
    // Each ribbon click runs in a fresh runtime that loads the document's settings.
    await generateReport(hostOver(model, ALL_CAPABILITIES, doc).host, defaultSettings(), 'ro');
    await pane.host.saveSettings({ ...paneSettings, template: '{{ total.rows }} acțiuni' });
    await generateReport(hostOver(model, ALL_CAPABILITIES, doc).host, defaultSettings(), 'ro');
    expect(model.sheets.map((s) => s.name)).toEqual(['Plan', 'Statistici', 'Raport']);
  });

  test('a save from a stale copy changes only what it changed', async () => {
    const doc = new DocumentSettings();
    const pane = hostOver(new WorkbookDouble(), ALL_CAPABILITIES, doc);
    const paneCopy = (await pane.host.loadSettings()).settings;
    const other = hostOver(new WorkbookDouble(), ALL_CAPABILITIES, doc);
    await other.host.loadSettings();
    await other.host.saveSettings({ ...defaultSettings(), period: 'S2-2021', template: 'colegului' });
    await pane.host.saveSettings({ ...paneCopy, lang: 'en' });
    await pane.host.saveSettings({ ...paneCopy, lang: 'ru' });
    expect((await other.host.loadSettings()).settings).toMatchObject({ period: 'S2-2021', template: 'colegului', lang: 'ru' });
  });

  test('a runtime loaded earlier sees what another saved since', async () => {
    const doc = new DocumentSettings();
    const ribbon = hostOver(new WorkbookDouble(), ALL_CAPABILITIES, doc);
    await ribbon.host.loadSettings();
    const pane = hostOver(new WorkbookDouble(), ALL_CAPABILITIES, doc);
    await pane.host.saveSettings({ ...defaultSettings(), sheet: 'Plan B', period: 'S2-2021' });
    expect((await ribbon.host.loadSettings()).settings).toMatchObject({ sheet: 'Plan B', period: 'S2-2021' });
  });
});

test('the change handler is removed, in the context it was added in', async () => {
  const model = new WorkbookDouble();
  model.addSheet('Plan', [['x']]);
  const { host } = hostOver(model);
  const calls: number[] = [];
  const unsubscribe = await host.onChanged(() => calls.push(1));
  await model.fireChanged();
  expect(calls).toHaveLength(1);
  await (unsubscribe() as unknown as Promise<void>);
  await new Promise((r) => setImmediate(r));
  await model.fireChanged();
  expect(calls).toHaveLength(1);
});

describe("reads stay under Excel's 5 MB response", () => {
  test('short head rows, then long narratives: every response under the limit, all rows read', async () => {
    const model = new WorkbookDouble();
    model.addSheet(
      'Plan',
      planRows(6_000, (i) => (i < 30 ? 'Scurt.' : `Narațiune lungă ${i}. `.repeat(150))),
      generatePlan(6_000).merges,
    );
    const { host, counter } = hostOver(model);
    const a = await validate(host, defaultSettings(), 'ro');
    expect(a.rows).toHaveLength(6_000);
    expect(counter.largestResponse).toBeLessThanOrEqual(PAYLOAD_LIMIT);
  });

  test('Cyrillic narratives are counted in UTF-8 bytes', async () => {
    const model = new WorkbookDouble();
    // About 5,000 letters a row, two bytes each: a character count (even with a 10% margin) undercounts by 80%.
    model.addSheet(
      'Plan',
      planRows(3_000, (i) => `${i} ${'Выполнениемероприятияпродолжается'.repeat(150)}`),
      generatePlan(3_000).merges,
    );
    const { host, counter } = hostOver(model);
    const a = await validate(host, defaultSettings(), 'ro');
    expect(a.rows).toHaveLength(3_000);
    expect(counter.largestResponse).toBeLessThanOrEqual(PAYLOAD_LIMIT);
  });

  test('a stray value far to the right does not widen every read', async () => {
    const model = new WorkbookDouble();
    const s = model.addSheet('Plan', planRows(3_000), generatePlan(3_000).merges);
    s.cells.set(`5,${16_000}`, { value: 'notă', type: 'String' });
    const { host, counter } = hostOver(model);
    const a = await validate(host, defaultSettings(), 'ro');
    expect(a.rows).toHaveLength(3_000);
    // Three syncs, the 40 × 16,001-cell head read split in halves until Excel accepts it, then 3,000 rows 8 columns wide.
    expect(counter.syncs).toBeLessThanOrEqual(12);
  });
});

describe('cells as the sheet shows them', () => {
  test('a date cell is a date, not its serial number', async () => {
    const model = new WorkbookDouble();
    const rows = planRows(5);
    const first = rows.findIndex((r) => /^\d+\.\d+$/.test(String(r[0])));
    rows[first][3] = new Date(Date.UTC(2020, 5, 30));
    model.addSheet('Plan', rows, generatePlan(5).merges);
    const a = await validate(hostOver(model).host, defaultSettings(), 'ro');
    expect(cellText(a.rows[0].deadline)).toBe('2020-06-30');
    expect(a.rows[0].due).toBe('2020-06-30');
  });

  test('a header beyond column 64 is found', async () => {
    const model = new WorkbookDouble();
    const shift = 70;
    const rows = planRows(20).map((r) => [...Array(shift).fill(null), ...r]);
    const merges = generatePlan(20).merges.map((m) =>
      m.replace(/([A-Z]+)(\d+)/g, (_x, c: string, n: string) => `${columnLetters(c.charCodeAt(0) - 65 + shift)}${n}`),
    );
    model.addSheet('Plan', rows, merges);
    const a = await validate(hostOver(model).host, defaultSettings(), 'ro');
    expect(a.findings.filter((f) => f.code === 'header_not_found')).toEqual([]);
    expect(a.rows).toHaveLength(20);
  });

  test('text that reads "#N/A" is text; an error value is an error', async () => {
    const model = new WorkbookDouble();
    const rows = planRows(5);
    const data = rows.map((_r, i) => i).filter((i) => /^\d+\.\d+$/.test(String(rows[i][0])));
    rows[data[0]][7] = '#N/A';
    rows[data[1]][7] = { error: '#N/A' };
    model.addSheet('Plan', rows, generatePlan(5).merges);
    const a = await validate(hostOver(model).host, defaultSettings(), 'ro');
    expect(a.findings.filter((f) => f.code === 'cell_error').map((f) => f.cell)).toEqual([`H${data[1] + 1}`]);
  });
});

describe('protection is checked first, and nothing is half done', () => {
  async function protectedPlan() {
    const model = new WorkbookDouble();
    model.addSheet('Plan', planRows(30), generatePlan(30).merges);
    const { host } = hostOver(model);
    const a = await validate(host, defaultSettings(), 'ro');
    model.sheet('Plan').protected = true;
    return { model, host, a };
  }

  test('fixes, the dropdown and highlighting on a protected sheet say so', async () => {
    const { model, host, a } = await protectedPlan();
    const before = model.snapshot();
    await expect(applyAllOfCode(host, a, 'status_spelling')).rejects.toMatchObject({ code: 'sheet_protected', message: 'Plan' });
    await expect(enforceStatuses(host, a, defaultSettings(), 'ro')).rejects.toMatchObject({ code: 'sheet_protected', message: 'Plan' });
    await expect(host.highlight(a.findings)).rejects.toMatchObject({ code: 'sheet_protected', message: 'Plan' });
    expect(model.snapshot()).toEqual(before);
  });

  test('a protected workbook structure stops generating before any sheet changes', async () => {
    const model = new WorkbookDouble();
    model.addSheet('Plan', planRows(30), generatePlan(30).merges);
    const { host } = hostOver(model);
    await generateReport(host, defaultSettings(), 'ro');
    model.structureProtected = true;
    const before = model.snapshot();
    await expect(generateReport(host, defaultSettings(), 'ro')).rejects.toMatchObject({ code: 'workbook_protected' });
    expect(model.snapshot()).toEqual(before);
  });
});

test('highlighting thousands of findings adds a bounded number of conditional formats', async () => {
  const model = new WorkbookDouble();
  model.addSheet('Plan', planRows(3_000), generatePlan(3_000).merges);
  const { host } = hostOver(model);
  const a = await validate(host, defaultSettings(), 'ro');
  expect(a.findings.length).toBeGreaterThan(1_000);
  await host.highlight(a.findings);
  expect(model.sheet('Plan').conditionalFormats.length).toBeLessThanOrEqual(500);
});
