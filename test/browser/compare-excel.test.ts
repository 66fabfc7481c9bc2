/**
 * The Compare tab as Excel shows it: the production pane with office.js replaced by a stand-in that
 * says the host is Excel and records what Excel.run is asked (a proxy: every sheet list is empty,
 * nothing is protected). Enough to see the control and that its click writes the sheet: text
 * formatted as text before the values, one batch, a marker name. What Excel makes of it is tested
 * over the double (test/compare-excel-sheet.test.ts).
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { Page } from 'playwright-core';
import { readSampleActions } from '../../samples/build-sample';
import { buildWordReport } from '../helpers/compare-fixtures';
import { PaneSession, openPane } from '../helpers/browser';
import { OFFICE_CDN, ROOT } from '../helpers/serve';

const FAKE_OFFICE = `
window.__calls = [];
const calls = window.__calls;
function fake(path) {
  return new Proxy(function () {}, {
    get(_t, prop) {
      if (prop === 'then' || typeof prop === 'symbol') return undefined;
      if (prop === 'items') return [];
      if (prop === 'protected') return false;
      if (prop === 'isNullObject') return true;
      if (prop === 'sync') return async () => void calls.push('sync');
      return fake(path + '.' + prop);
    },
    set(_t, prop, value) {
      calls.push(path + '.' + String(prop) + '=' + (Array.isArray(value) ? 'array' + value.length : JSON.stringify(value)));
      return true;
    },
    apply(_t, _this, args) {
      calls.push(path + '(' + args.filter((a) => typeof a !== 'function' && typeof a !== 'object').join(',') + ')');
      return fake(path + '()');
    },
  });
}
const store = new Map();
const ok = (cb) => cb && cb({ status: 'succeeded' });
window.Office = {
  HostType: { Excel: 'Excel' },
  AsyncResultStatus: { Succeeded: 'succeeded', Failed: 'failed' },
  onReady(cb) { setTimeout(() => cb({ host: 'Excel' })); return Promise.resolve({ host: 'Excel' }); },
  context: {
    displayLanguage: 'ro-RO',
    requirements: { isSetSupported: () => true },
    document: { settings: { get: (k) => store.get(k), set: (k, v) => store.set(k, v), saveAsync: ok, refreshAsync: ok } },
  },
};
window.Excel = { run: async (a, b) => (b ?? a)(fake('ctx')) };
`;

const SHOTS = join(ROOT, 'test-results');
let session: PaneSession;
let page: Page;
const dir = mkdtempSync(join(tmpdir(), 'apr-compare-excel-'));
const s1 = join(dir, 'raport-s1-2020.docx');

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  writeFileSync(s1, await buildWordReport(readSampleActions(), 'one-table'));
  session = await openPane();
  await session.context.route(`${OFFICE_CDN}**`, (route) => route.fulfill({ body: FAKE_OFFICE, contentType: 'text/javascript' }));
  page = await session.context.newPage();
  await page.goto(`${session.url}taskpane.html`);
  await page.getByRole('tab', { name: 'Comparare' }).waitFor({ timeout: 60_000 });
}, 120_000);

afterAll(async () => {
  await session?.close();
});

test('in Excel the next period is offered as a new sheet of the open workbook, and written as text in one batch', async () => {
  await page.getByRole('tab', { name: 'Comparare' }).click();
  await page.locator('input[type=file][accept=".xlsx,.docx"]').setInputFiles(s1);
  await page.getByText('Raportul precedent: raport-s1-2020.docx (semestrul I 2020)').waitFor({ timeout: 60_000 });
  const button = page.getByRole('button', { name: 'Începe perioada următoare într-o foaie nouă' });
  await button.waitFor();
  // The stand-in workbook has no plan: nothing is compared (not every action "dropped").
  await page.getByText('Verificați mai întâi foaia planului.').waitFor();
  await expect(page.getByText('Lipsesc din acest raport').count()).resolves.toBe(0);
  await page.screenshot({ path: join(SHOTS, 'compare-excel.png'), clip: { x: 0, y: 0, width: 420, height: 700 } });
  await page.evaluate(() => ((window as unknown as { __calls: string[] }).__calls.length = 0));
  await button.click();
  await page.getByText('A fost adăugată foaia „semestrul II 2020” (29 de acțiuni).', { exact: false }).waitFor({ timeout: 30_000 });
  const calls = await page.evaluate(() => (window as unknown as { __calls: string[] }).__calls);
  const add = calls.indexOf('ctx.workbook.worksheets.add(semestrul II 2020)');
  const format = calls.findIndex((c) => /getRangeByIndexes\(\)\.numberFormat=array\d+$/.test(c));
  const values = calls.findIndex((c) => /getRangeByIndexes\(\)\.values=array\d+$/.test(c));
  expect(add).toBeGreaterThan(-1);
  expect(format).toBeGreaterThan(add);
  expect(values).toBeGreaterThan(format);
  expect(calls.filter((c) => c === 'sync')).toHaveLength(2);
  expect(calls.some((c) => /names\.add\(ActionPlanReport_NewPeriod_1\)/.test(c))).toBe(true);
}, 120_000);
