import AxeBuilder from '@axe-core/playwright';
import ExcelJS from 'exceljs';
import { readFileSync } from 'fs';
import { BrowserContext, Page } from 'playwright-core';
import { counts } from '../../src/core/messages';
import { PaneKey, pane } from '../../src/core/messages/pane';
import { Lang } from '../../src/core/status';
import { PaneSession, openPane } from '../helpers/browser';
import { MESSY_ROWS, richPackage } from '../helpers/rich-package';

/**
 * Standalone mode at 420 px: any plan row edited with the finding's editor (the workbook's status
 * list, a deadline read as typed, a unit from the abbreviations), on the same undo stack, and
 * downloaded with exactly those changes; the findings exported as .xlsx; five tabs all visible.
 */
let session: PaneSession;
let messy: Uint8Array;
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

beforeAll(async () => {
  session = await openPane();
  messy = await richPackage({ rows: MESSY_ROWS });
}, 120_000);

afterAll(async () => {
  await session?.close();
});

async function start(lang: Lang): Promise<{ context: BrowserContext; page: Page; errors: string[] }> {
  const context = await session.browser.newContext({ viewport: { width: 420, height: 900 }, acceptDownloads: true });
  context.setDefaultTimeout(60_000);
  await context.addInitScript((l) => window.localStorage.setItem('action-plan-report.lang', l), lang);
  await context.route('**/*', (route) => (route.request().url().startsWith(session.url) ? route.continue() : route.abort()));
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${session.url}taskpane.html`);
  await page.getByRole('button', { name: pane(lang, 'try_sample') }).waitFor();
  await page.locator('input[type=file]').setInputFiles({ name: 'messy.xlsx', mimeType: XLSX, buffer: Buffer.from(messy) });
  await page.getByText(pane(lang, 'current_file', { name: 'messy.xlsx' })).waitFor();
  await page.getByText(new RegExp(`· ${counts(lang, [['error', 9]])} ·`)).waitFor();
  return { context, page, errors };
}

/** The workbook downloaded by a button, or by an item of the actions menu (`menu`: the menu's name). */
async function workbookOf(page: Page, button: string, menu?: string): Promise<ExcelJS.Workbook> {
  if (menu) await page.getByRole('button', { name: menu }).click();
  const control = menu ? page.getByRole('menuitem', { name: button }) : page.getByRole('button', { name: button });
  const [download] = await Promise.all([page.waitForEvent('download'), control.click()]);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(readFileSync(await download.path()) as unknown as ArrayBuffer);
  return wb;
}

test('a row without findings edited from the pane: status, deadline and unit, one undone; the download holds exactly that', async () => {
  const t = (k: PaneKey, p?: Record<string, string | number>) => pane('ro', k, p);
  const { context, page, errors } = await start('ro');
  await page.getByText(t('rows_title')).click();
  await page.getByRole('combobox', { name: t('row_pick') }).selectOption({ label: t('row_option', { row: 4, id: '1.1', action: 'Aprobarea regulamentului' }) });
  const rows = page.getByRole('region', { name: t('rows_title') });
  // The chosen row and its long cells stay inside the 420 px pane: no sideways scrolling.
  await rows.getByRole('listitem').first().waitFor();
  await expect(page.evaluate(() => document.documentElement.scrollWidth)).resolves.toBeLessThanOrEqual(420);
  const open = async (cell: string) => {
    await rows.getByRole('button', { name: t('edit_cell', { cell }), exact: true }).click();
    const form = rows.getByRole('form', { name: t('edit_cell', { cell }) });
    await form.getByRole('button', { name: t('write_cell') }).waitFor(); // the editor's chunk has loaded
    return form;
  };
  const written = (cell: string, value: string) => rows.getByText(t('row_written', { cell, value })).waitFor();

  // The status from the workbook's own list (Romanian here).
  const status = await open('E4');
  await expect(status.getByRole('combobox').locator('option').allTextContents()).resolves.toContain('În proces de realizare');
  await status.getByRole('combobox').selectOption('În proces de realizare');
  await status.getByRole('button', { name: t('write_cell') }).click();
  await written('E4', 'În proces de realizare');
  // The row shows the cell's new text once re-validated.
  const shown = (text: RegExp) => rows.getByRole('listitem').filter({ hasText: text }).waitFor();
  await shown(/E4 · [^:]+: În proces de realizare/);
  // The same value again is not a change: nothing to write.
  const again = await open('E4');
  await again.getByRole('combobox').selectOption('În proces de realizare');
  await expect(again.getByRole('button', { name: t('write_cell') }).isDisabled()).resolves.toBe(true);
  await again.getByRole('button', { name: t('close') }).click();

  // A deadline read as it is typed.
  const deadline = await open('D4');
  await deadline.getByRole('textbox').fill('cât de curând');
  await deadline.getByText(new RegExp(t('deadline_not_understood', { reason: '' }).slice(0, 12))).waitFor();
  await expect(deadline.getByRole('button', { name: t('write_cell') }).isDisabled()).resolves.toBe(true);
  await deadline.getByRole('textbox').fill('30.06.2022');
  await deadline
    .getByText(/30 iunie 2022/)
    .first()
    .waitFor();
  await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'));
  const axe = await new AxeBuilder({ page }).analyze();
  const serious = axe.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .flatMap((v) =>
      v.nodes.filter((n) => !(v.id === 'aria-hidden-focus' && n.html.includes('data-tabster-dummy'))).map((n) => `${v.id} ${n.html.slice(0, 160)}`),
    );
  expect(serious).toEqual([]);
  await deadline.getByRole('button', { name: t('write_cell') }).click();
  await written('D4', '30.06.2022');

  // A unit from the abbreviations list, then undone: the cell holds what it held.
  const unit = await open('C4');
  await unit.getByRole('combobox').click();
  await page.getByRole('option', { name: /^SJRU – / }).click();
  await unit.getByRole('button', { name: t('write_cell') }).click();
  await written('C4', 'SJRU');
  await page.getByText(t('changes_made', { count: 3 })).click();
  await page.getByRole('button', { name: t('undo') }).click();
  await page.getByText(t('changes_made', { count: 2 })).waitFor();
  await shown(/C4 · [^:]+: DIP/);

  const wb = await workbookOf(page, t('download_workbook'));
  const plan = wb.getWorksheet('Plan')!;
  expect([plan.getCell('C4').value, plan.getCell('D4').value, plan.getCell('E4').value]).toEqual(['DIP', '30.06.2022', 'În proces de realizare']);
  // Every other plan cell is as it was.
  MESSY_ROWS.forEach((row, r) =>
    row.forEach((v, c) => {
      if (r === 3 && (c === 3 || c === 4)) return;
      const cell = plan.getCell(r + 1, c + 1).value;
      if (typeof v === 'string' || v === null) expect(cell ?? null).toEqual(v);
    }),
  );
  expect(errors).toEqual([]);
  await context.close();
}, 240_000);

test('the findings exported as .xlsx reopen with one row per finding: cell, id, message, fix', async () => {
  const t = (k: PaneKey, p?: Record<string, string | number>) => pane('en', k, p);
  const { context, page, errors } = await start('en');
  const summary = await page.getByText(/^\d+ actions · /).textContent();
  const total = [...summary!.matchAll(/(\d+) (?:errors?|warnings?|notes?)/g)].reduce((n, m) => n + Number(m[1]), 0);
  expect(total).toBeGreaterThan(9);
  const wb = await workbookOf(page, t('export_xlsx'), t('more_actions'));
  expect(wb.worksheets.map((w) => w.name)).toEqual(['Findings']);
  const ws = wb.worksheets[0];
  expect(ws.rowCount).toBe(total + 1);
  expect(ws.getRow(1).values).toEqual([undefined, 'Sheet', 'Cell', 'No.', 'Finding', 'Message', 'Suggested fix']);
  const rows = Array.from({ length: total }, (_, i) => ws.getRow(i + 2).values as unknown[]);
  const missingId = rows.find((r) => r[2] === 'A5');
  expect(missingId?.[1]).toBe('Plan');
  expect(String(missingId?.[5])).toMatch(/number/i);
  // A typo in a unit code comes with its fix.
  expect(rows.some((r) => r[2] === 'C14' && r[6] === 'SJRU')).toBe(true);
  expect(errors).toEqual([]);
  await context.close();
}, 180_000);

test.each(['ro', 'ru'] as Lang[])(
  '%s: at 420 px the five tabs are whole inside the pane and reached by the arrow keys',
  async (lang) => {
    const { context, page, errors } = await start(lang);
    const tabs = page.getByRole('tab');
    await expect(tabs.count()).resolves.toBe(5);
    for (const box of await Promise.all((await tabs.all()).map((tab) => tab.boundingBox()))) {
      expect(box!.x).toBeGreaterThanOrEqual(0);
      expect(box!.x + box!.width).toBeLessThanOrEqual(420);
    }
    await tabs.first().focus();
    for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowRight');
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('tab-settings');
    await page.keyboard.press('Enter');
    await page.getByRole('tab', { name: pane(lang, 'tab_settings'), selected: true }).waitFor();
    expect(errors).toEqual([]);
    await context.close();
  },
  180_000,
);
