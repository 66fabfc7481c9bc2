import { mkdirSync, mkdtempSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { Page } from 'playwright-core';
import { readSampleActions } from '../../samples/build-sample';
import { buildNextPeriodWorkbook, buildWordReport, nextPeriodActions, xlsxBytes } from '../helpers/compare-fixtures';
import { PaneSession, openPane } from '../helpers/browser';
import { ROOT } from '../helpers/serve';

const SHOTS = join(ROOT, 'test-results');
let session: PaneSession;
let page: Page;
const pageErrors: string[] = [];
const dir = mkdtempSync(join(tmpdir(), 'apr-compare-pane-'));
const s2 = join(dir, 'raport-s2-2020.xlsx');
const s1 = join(dir, 'raport-s1-2020.docx');

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  const actions = readSampleActions();
  writeFileSync(s1, await buildWordReport(actions, 'one-table'));
  writeFileSync(s2, await xlsxBytes(buildNextPeriodWorkbook(nextPeriodActions(actions))));
  session = await openPane();
  page = await session.context.newPage();
  page.on('pageerror', (e) => pageErrors.push(e.message));
  await page.goto(`${session.url}taskpane.html`);
  await page.getByRole('button', { name: 'Încercați pe un exemplu' }).waitFor({ timeout: 60_000 });
  await page.locator('input[type=file][accept=".xlsx"]').setInputFiles(s2);
  await page.getByText('Fișier: raport-s2-2020.xlsx').waitFor({ timeout: 60_000 });
}, 120_000);

afterAll(async () => {
  await session?.close();
});

test('the Compare tab reads the previous Word report and groups the changes', async () => {
  await page.getByRole('tab', { name: 'Comparare' }).click();
  await page.locator('input[type=file][accept=".xlsx,.docx"]').setInputFiles(s1);
  await page.getByText('Raportul precedent: raport-s1-2020.docx (semestrul I 2020)').waitFor({ timeout: 60_000 });
  await page.getByText('Acțiuni regăsite: 30 · noi: 1 · lipsă: 1').waitFor();
  const headings = [
    'Realizate în această perioadă',
    'Nu mai sunt realizate',
    'Termen amânat',
    'Termen depășit a doua oară',
    'Neinițiate a doua oară',
    'Descriere copiată din raportul precedent',
    'Acțiuni noi',
    'Lipsesc din acest raport',
  ];
  for (const name of headings) await expect(page.getByRole('heading', { name }).count()).resolves.toBe(1);
  await page.screenshot({ path: join(SHOTS, 'compare.png'), fullPage: true });
  await page.screenshot({ path: join(SHOTS, 'compare-top.png'), clip: { x: 0, y: 0, width: 420, height: 760 } });
}, 90_000);

test('the officer corrects a match: the renumbered action said to be new, then back', async () => {
  await page.getByRole('combobox', { name: '2.5 continuă' }).selectOption('');
  await page.getByText('Acțiuni regăsite: 29 · noi: 2 · lipsă: 2').waitFor();
  await page.getByRole('combobox', { name: '2.5 continuă' }).selectOption('2.4');
  await page.getByText('Acțiuni regăsite: 30 · noi: 1 · lipsă: 1').waitFor();
}, 60_000);

test('a click on a change selects its cell', async () => {
  await page.getByRole('button', { name: /^1\.10\s+Termenul a fost amânat/ }).click();
  await page.getByRole('tab', { name: 'Verificare' }).click();
  await page.getByText('Celula selectată: Raport S2 2020!D16 = „Trimestrul IV, 2020”').waitFor();
  expect(pageErrors).toEqual([]);
}, 60_000);

test('the next period starts from the previous report: a workbook that reads back with its rows and empty statuses', async () => {
  await page.getByRole('tab', { name: 'Comparare' }).click();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Începe perioada următoare (.xlsx)' }).click()]);
  expect(download.suggestedFilename()).toBe('Raport de completat S2 2020 – raport-s1-2020.xlsx');
  const { loadWorkbook } = await import('../../src/xlsx/read');
  const { analyzeWorkbook } = await import('../../src/core/analyze');
  const { readFileSync } = await import('fs');
  const a = analyzeWorkbook((await loadWorkbook(readFileSync(await download.path()))).grid);
  expect(a.rows).toHaveLength(29);
  expect(a.period).toMatchObject({ kind: 'semester', n: 2, year: 2020 });
  expect(a.rows.every((r) => r.state === null && r.statusText === '')).toBe(true);
}, 60_000);

test('the previous report kept with the workbook: a note with Forget, and the report tab’s narrative compares with it', async () => {
  await page.getByRole('tab', { name: 'Comparare' }).click();
  await page.getByRole('button', { name: 'Păstrează cu acest registru pentru raport' }).click();
  await page.getByText('Păstrat cu acest registru: raport-s1-2020.docx (semestrul I 2020).', { exact: false }).waitFor({ timeout: 30_000 });
  await expect(page.getByRole('button', { name: 'Păstrează cu acest registru pentru raport' }).count()).resolves.toBe(0);
  await page.screenshot({ path: join(SHOTS, 'compare-kept.png'), clip: { x: 0, y: 0, width: 420, height: 760 } });
  // A correction of the pairing made on the kept report is kept with it (saved in the settings).
  await page.getByRole('combobox', { name: '2.5 continuă' }).selectOption('');
  await page.getByText('Acțiuni regăsite: 29 · noi: 2 · lipsă: 2').waitFor();
  await page.getByRole('combobox', { name: '2.5 continuă' }).selectOption('2.4');
  await page.getByText('Acțiuni regăsite: 30 · noi: 1 · lipsă: 1').waitFor();
  // The kept report goes with the workbook downloaded from the browser, where Excel keeps add-in settings.
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Descarcă registrul cu corecturile' }).click()]);
  const { readFileSync } = await import('fs');
  const JSZip = (await import('jszip')).default;
  const { readAddinSetting } = await import('../../src/standalone/addin-settings');
  const { readSettings } = await import('../../src/host/settings');
  const setting = await readAddinSetting(await JSZip.loadAsync(readFileSync(await download.path())));
  const previous = readSettings(setting).settings.previous;
  expect(previous).toMatchObject({ file: 'raport-s1-2020.docx', period: { kind: 'semester', n: 1, year: 2020 } });
  expect(previous!.rows).toHaveLength(29);
  expect(previous!.overrides).toEqual({ '2.5': '2.4' });
  await page.getByRole('tab', { name: 'Raport' }).click();
  await page.getByTestId('preview').getByText('Evoluția față de perioada precedentă').waitFor({ timeout: 60_000 });
  await page.getByRole('tab', { name: 'Comparare' }).click();
  await page.getByRole('button', { name: 'Uită raportul păstrat' }).click();
  await page.getByRole('button', { name: 'Păstrează cu acest registru pentru raport' }).waitFor({ timeout: 30_000 });
  await expect(page.getByText('Păstrat cu acest registru', { exact: false }).count()).resolves.toBe(0);
  // Forgotten, the report picked on this tab is still offered, with a visible switch: off, no comparison.
  await page.getByRole('tab', { name: 'Raport' }).click();
  await page.getByRole('switch', { name: /raport-s1-2020\.docx/ }).uncheck();
  await page.getByTestId('preview').getByText('Au fost', { exact: false }).first().waitFor({ timeout: 60_000 });
  await expect(page.getByTestId('preview').getByText('Evoluția față de perioada precedentă').count()).resolves.toBe(0);
  expect(pageErrors).toEqual([]);
}, 120_000);

test('a report of the same period is not taken for the previous one: said, and nothing is compared', async () => {
  // The plan open is semester II 2020; a second copy of it picked as "previous" would make every overdue action overdue again.
  await page.getByRole('tab', { name: 'Comparare' }).click();
  await page.locator('input[type=file][accept=".xlsx,.docx"]').setInputFiles(s2);
  await page.getByText('Raportul precedent: raport-s2-2020.xlsx (semestrul II 2020)').waitFor({ timeout: 60_000 });
  await page.getByText('Raportul ales este pentru semestrul II 2020', { exact: false }).waitFor();
  for (const name of ['Termen depășit a doua oară', 'Neinițiate a doua oară', 'Descriere copiată din raportul precedent'])
    await expect(page.getByRole('heading', { name }).count()).resolves.toBe(0);
  await expect(page.getByRole('button', { name: 'Păstrează cu acest registru pentru raport' }).count()).resolves.toBe(0);
  expect(pageErrors).toEqual([]);
}, 120_000);
