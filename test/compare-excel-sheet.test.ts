/**
 * "Start the next period in a new sheet" in Excel: the sheet the Excel host adds to the open
 * workbook, over the double that keeps Excel's rules (text starting with "=", "-", "+" becomes a
 * formula unless the cell is formatted "@"; a number-like string becomes a number; a list source
 * is limited to 255 characters), and over office-addin-mock for the order of what is asked.
 */
import { OfficeMockObject } from 'office-addin-mock';
import { Analysis, analyzeWorkbook } from '../src/core/analyze';
import { newPeriodSheet } from '../src/core/compare/new-period-sheet';
import { LANGS } from '../src/core/messages';
import { ALL_CAPABILITIES, ExcelHost, Run } from '../src/excel/excel-host';
import { NEW_PERIOD_MARKER } from '../src/excel/new-period-sheet';
import { validate } from '../src/host/commands';
import { SETTINGS_KEY, defaultSettings } from '../src/host/settings';
import { loadWorkbook } from '../src/xlsx/read';
import { buildSampleWorkbook, readSampleActions } from '../samples/build-sample';
import { DocumentSettings, PAYLOAD_LIMIT, WorkbookDouble, excelRun, fromExcelJs } from './helpers/excel-double';
import { hostOver } from './helpers/excel-host';
import { buildNextPeriodWorkbook, nextPeriodActions, xlsxBytes } from './helpers/compare-fixtures';

const s1 = readSampleActions();
const HOSTILE = ['=HYPERLINK("http://example.com")', '- 1.9 a fost amânată', '+373 22 000 000', '@echipa'];

let previous: Analysis;
beforeAll(async () => {
  const a = analyzeWorkbook((await loadWorkbook(await xlsxBytes(buildSampleWorkbook(s1)))).grid);
  // Descriptions Excel would take for formulas, and a deadline that is a date cell.
  const rows = a.rows.map((r, i) =>
    i < HOSTILE.length ? { ...r, description: HOSTILE[i] } : i === 5 ? { ...r, deadline: new Date(Date.UTC(2020, 11, 31)) } : r,
  );
  previous = { ...a, rows };
}, 60_000);

const workbook = () => fromExcelJs(buildNextPeriodWorkbook(nextPeriodActions(s1)));

test('adds the sheet in two syncs; it reads back as the same plan with empty statuses and a dropdown', async () => {
  const model = workbook();
  const before = model.sheets.map((s) => s.name);
  const { host, counter, store } = hostOver(model);
  const name = await host.addNewPeriodSheet(newPeriodSheet(previous, 'ro'));
  expect(name).toBe('semestrul II 2020');
  expect(counter.syncs).toBe(2);
  expect(model.sheets.map((s) => s.name)).toEqual([...before, name]);
  const ws = model.sheet(name);
  // Nothing became a formula or a number: every written text is a string, as written.
  expect([...ws.cells.values()].filter((c) => c.type === 'Error' || c.formula)).toEqual([]);
  const texts = [...ws.cells.values()].map((c) => c.value);
  for (const h of HOSTILE) expect(texts).toContain(h);
  expect(texts).toContain('1.10');
  // The sheet is marked as the add-in's, the header row frozen, the dropdown on the status column.
  expect([...model.names.values()].find((n) => n.name === `${NEW_PERIOD_MARKER}_1`)?.sheet).toBe(ws);
  expect(ws.frozenRows).toBe(4);
  expect(ws.validations.length).toBeGreaterThan(0);
  expect(ws.validations.every((v) => /^F\d+(:F\d+)?$/.test(v.address) && v.source.includes('Realizată'))).toBe(true);

  // The officer chooses the new sheet in Settings (the host reads the settings as saved).
  const settings = { ...defaultSettings(), sheet: name };
  store.set(SETTINGS_KEY, JSON.stringify(settings));
  await store.save();
  const a = await validate(host, settings, 'ro');
  expect(a.sheet).toBe(name);
  expect(a.period).toMatchObject({ kind: 'semester', n: 2, year: 2020 });
  expect(a.rows.map((r) => r.id)).toEqual(s1.map((x) => x.id));
  expect(a.rows.map((r) => r.action)).toEqual(s1.map((x) => x.action));
  expect(a.rows.every((r) => r.statusText === '' && r.state === null && r.description === '')).toBe(true);
  expect(a.rows[5].deadlineInfo).toMatchObject({ kind: 'date', due: '2020-12-31' });
  // Every action row's status cell has the dropdown; no heading row has it.
  const covered = (cell: string) =>
    ws.validations.some((v) => {
      const [a1, b1 = a1] = v.address.split(':').map((x) => Number(x.slice(1)));
      const row = Number(cell.slice(1));
      return row >= a1 && row <= b1;
    });
  expect(a.rows.every((r) => covered(r.cells.status!))).toBe(true);
  expect(a.objectives.every((o) => !covered(`F${o.cell.replace(/^[A-Z]+/, '')}`))).toBe(true);
  // The previous status and description beside the new ones.
  const prevStatus = [...ws.cells.entries()].find(([k]) => k === `${a.rows[4].sheetRow - 1},7`)?.[1].value;
  expect(prevStatus).toBe(previous.rows[4].statusText);
});

test('a second time adds another sheet under a free name and marker; the first, maybe filled in, is kept', async () => {
  const model = workbook();
  const { host } = hostOver(model);
  const first = await host.addNewPeriodSheet(newPeriodSheet(previous, 'ro'));
  model.put(model.sheet(first), 10, 5, 'Realizată');
  const second = await host.addNewPeriodSheet(newPeriodSheet(previous, 'ro'));
  expect(second).toBe('semestrul II 2020 (2)');
  expect(model.value(first, 'F11')).toBe('Realizată');
  expect([...model.names.values()].map((n) => n.name)).toEqual(expect.arrayContaining([`${NEW_PERIOD_MARKER}_1`, `${NEW_PERIOD_MARKER}_2`]));
});

test.each(LANGS)('the dropdown fits Excel’s 255-character list in %s', async (lang) => {
  const model = workbook();
  const { host } = hostOver(model);
  const name = await host.addNewPeriodSheet(newPeriodSheet(previous, lang));
  expect(model.sheet(name).validations.length).toBeGreaterThan(0);
});

test('a protected workbook structure is explained and nothing changes', async () => {
  const model = workbook();
  model.structureProtected = true;
  const before = model.snapshot();
  const { host } = hostOver(model);
  await expect(host.addNewPeriodSheet(newPeriodSheet(previous, 'ro'))).rejects.toMatchObject({ code: 'workbook_protected' });
  expect(model.snapshot()).toEqual(before);
});

test('a write that fails midway removes the sheet it added', async () => {
  const model = workbook();
  const before = model.sheets.map((s) => s.name);
  model.fault = (p) =>
    p && typeof p === 'object' && 'list' in (p as object) ? Object.assign(new Error('GeneralException'), { code: 'GeneralException' }) : null;
  const { host } = hostOver(model);
  await expect(host.addNewPeriodSheet(newPeriodSheet(previous, 'ro'))).rejects.toMatchObject({ code: 'excel_error' });
  expect(model.sheets.map((s) => s.name)).toEqual(before);
});

test('office-addin-mock: the cells are formatted as text before their values are written, all in one batch', async () => {
  const calls: string[] = [];
  const range = (label: string) => ({
    set numberFormat(_f: unknown) {
      calls.push(`numberFormat ${label}`);
    },
    set values(_v: unknown) {
      calls.push(`values ${label}`);
    },
    format: { font: {}, set wrapText(_w: boolean) {}, set columnWidth(_w: number) {} },
    merge: () => calls.push(`merge ${label}`),
    dataValidation: {
      set rule(_r: unknown) {
        calls.push(`rule ${label}`);
      },
      set errorAlert(_a: unknown) {},
    },
  });
  const sheet = {
    getRangeByIndexes: (r: number, c: number, rows: number, cols: number) => range(`${r},${c},${rows}x${cols}`),
    getRange: (a: string) => range(a),
    freezePanes: { freezeRows: (n: number) => calls.push(`freeze ${n}`) },
    activate: () => calls.push('activate'),
  };
  // office-addin-mock gives the context and its sync(); the workbook's objects are plain recorders
  // (the mock's load() cannot load "items/name" from an array).
  const context = new OfficeMockObject({ workbook: {} }) as unknown as { workbook: unknown; sync: () => Promise<void> };
  context.workbook = {
    worksheets: { items: [{ name: 'Raport S2 2020' }], add: (n: string) => (calls.push(`add ${n}`), sheet), load: () => undefined },
    names: { items: [], add: (n: string) => calls.push(`name ${n}`), load: () => undefined },
    protection: { protected: false, load: () => undefined },
  };
  const sync = context.sync.bind(context);
  context.sync = async () => {
    calls.push('sync');
    await sync();
  };
  const run = (async (batch: (ctx: never) => Promise<unknown>) => batch(context as never)) as Run;
  const host = new ExcelHost(run, new DocumentSettings().runtime(), ALL_CAPABILITIES);
  const sheetModel = newPeriodSheet(previous, 'ro');
  await host.addNewPeriodSheet(sheetModel);
  const all = `0,0,${sheetModel.rows.length}x9`;
  expect(calls.filter((c) => c === 'sync')).toHaveLength(2);
  expect(calls.indexOf(`numberFormat ${all}`)).toBeGreaterThan(calls.indexOf('add semestrul II 2020'));
  expect(calls.indexOf(`numberFormat ${all}`)).toBeLessThan(calls.indexOf(`values ${all}`));
  expect(calls.indexOf(`name ${NEW_PERIOD_MARKER}_1`)).toBeLessThan(calls.lastIndexOf('sync'));
});

test('the double keeps the rule the tests above rely on: "=…" written to a General cell becomes a formula, to a "@" cell stays text', async () => {
  const model = new WorkbookDouble();
  model.addSheet('S');
  await excelRun(model)(async (ctx) => {
    const ws = ctx.workbook.worksheets.getItem('S');
    ws.getRange('A1').values = [['=1+1']];
    ws.getRange('A2').numberFormat = [['@']];
    ws.getRange('A2').values = [['=1+1']];
    await ctx.sync();
  });
  expect(model.sheet('S').cells.get('0,0')).toMatchObject({ type: 'Error', formula: '=1+1' });
  expect(model.sheet('S').cells.get('1,0')).toMatchObject({ type: 'String', value: '=1+1' });
});

test('a previous report larger than one request is written in several, each under Excel on the web’s 5 MB', async () => {
  // 3,000 actions with 1,000-character Russian descriptions: about 6 MB of text in UTF-8.
  const long = 'Описание выполнения мероприятия за отчётный период. '.repeat(20).slice(0, 1000);
  const rows = Array.from({ length: 3_000 }, (_, i) => ({ ...previous.rows[i % previous.rows.length], id: `9.${i + 1}`, description: long }));
  const big = { ...previous, rows };
  const model = workbook();
  const { host, counter } = hostOver(model);
  const name = await host.addNewPeriodSheet(newPeriodSheet(big, 'ro'));
  expect(counter.syncs).toBeGreaterThan(3);
  expect(counter.largestRequest).toBeLessThanOrEqual(PAYLOAD_LIMIT);
  const texts = [...model.sheet(name).cells.values()].map((c) => c.value);
  expect(texts.filter((v) => v === long)).toHaveLength(3_000);
}, 120_000);
