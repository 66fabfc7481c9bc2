import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'fs';
import { join } from 'path';
import { BrowserContext, Page } from 'playwright-core';
import { counts, stateLabel } from '../../src/core/messages';
import { PaneKey, pane } from '../../src/core/messages/pane';
import { reportCheck } from '../../src/core/messages/report-check';
import { Lang } from '../../src/core/status';
import { PaneSession, openPane, trySample } from '../helpers/browser';
import { MESSY_ROWS, entries, richPackage } from '../helpers/rich-package';
import { ROOT } from '../helpers/serve';

/**
 * An officer's whole job in the standalone pane at 420 px: a messy workbook (one finding of each
 * kind, with a pivot table, a chart, comments, a validation and defined names) taken to zero errors
 * with the pane alone, settings and template saved, downloaded, reopened: the same settings,
 * template and zero errors, and every other part of the file as it was. In ro, ru and en.
 */
let session: PaneSession;
let messy: Uint8Array;
const SHOTS = join(ROOT, 'docs', 'images');

beforeAll(async () => {
  session = await openPane();
  messy = await richPackage({ rows: MESSY_ROWS });
}, 120_000);

afterAll(async () => {
  await session?.close();
});

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

async function newPage(context: BrowserContext, lang: Lang): Promise<{ page: Page; errors: string[] }> {
  await context.addInitScript((l) => window.localStorage.setItem('action-plan-report.lang', l), lang);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${session.url}taskpane.html`);
  return { page, errors };
}

async function upload(page: Page, lang: Lang, name: string, bytes: Uint8Array) {
  await page.getByRole('button', { name: pane(lang, 'try_sample') }).waitFor({ timeout: 60_000 });
  await page.locator('input[type=file]').setInputFiles({ name, mimeType: XLSX, buffer: Buffer.from(bytes) });
  await page.getByText(pane(lang, 'current_file', { name })).waitFor({ timeout: 60_000 });
}

const errorsAre = (page: Page, lang: Lang, n: number) => page.getByText(new RegExp(`· ${counts(lang, [['error', n]])} ·`)).waitFor({ timeout: 60_000 });

async function axe(page: Page, where: string): Promise<string[]> {
  // Fluent's buttons fade their colours in; contrast is judged once the transitions have ended.
  await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'), undefined, { timeout: 30_000 });
  const r = await new AxeBuilder({ page }).analyze();
  return r.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .flatMap((v) =>
      v.nodes.filter((n) => !(v.id === 'aria-hidden-focus' && n.html.includes('data-tabster-dummy'))).map((n) => `${where}: ${v.id} ${n.html.slice(0, 160)}`),
    );
}

async function clean(lang: Lang) {
  const context = await session.browser.newContext({ viewport: { width: 420, height: 900 }, acceptDownloads: true });
  await context.route('**/*', (route) => (route.request().url().startsWith(session.url) ? route.continue() : route.abort()));
  const t = (k: PaneKey, p?: Record<string, string | number>) => pane(lang, k, p);
  const { page, errors } = await newPage(context, lang);
  const violations: string[] = [];
  await upload(page, lang, 'messy.xlsx', messy);
  await errorsAre(page, lang, 9);
  if (lang === 'ro') await page.screenshot({ path: join(SHOTS, 'pane-validate.png'), animations: 'disabled' });
  violations.push(...(await axe(page, 'validate')));

  const edit = async (cell: string, value: string, left: number, kind: 'text' | 'status' = 'text') => {
    await page.getByRole('button', { name: t('edit_cell', { cell }), exact: true }).click();
    const form = page.getByRole('form', { name: t('edit_cell', { cell }) });
    if (kind === 'status') await form.getByRole('combobox').selectOption(value);
    else await form.getByRole('textbox').fill(value);
    await form.getByRole('button', { name: t('write_cell') }).click();
    await errorsAre(page, lang, left);
  };
  const fix = async (value: string, left: number) => {
    await page
      .getByRole('button', { name: t('apply_fix', { value }) })
      .first()
      .click();
    await errorsAre(page, lang, left);
  };

  // A fix: the result is told at the next finding, and focus is there.
  await fix('1.9', 8);
  await expect(page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.finding ?? '')).resolves.toMatch(/\|/);
  await fix('Realizată', 7);
  await edit('A5', '1.2', 6);
  await edit('B6', 'Publicarea raportului anual', 5);
  // The status list is the workbook's own (Romanian here), whatever the interface language.
  await edit('E7', 'În proces de realizare', 4, 'status');
  // A deadline is read as it is typed.
  await page.getByRole('button', { name: t('edit_cell', { cell: 'D9' }), exact: true }).click();
  const d9 = page.getByRole('form', { name: t('edit_cell', { cell: 'D9' }) });
  await d9.getByRole('textbox').fill('cât de curând');
  await d9.getByText(new RegExp(t('deadline_not_understood', { reason: '' }).slice(0, 12))).waitFor();
  await d9.getByRole('textbox').fill('Trimestrul IV, 2022');
  await d9.getByText(t('deadline_understood', { value: lang === 'ro' ? 'Trimestrul IV 2022' : '', due: '' }).slice(0, 10)).waitFor();
  if (lang === 'ro') await page.screenshot({ path: join(SHOTS, 'pane-edit.png'), animations: 'disabled' });
  violations.push(...(await axe(page, 'edit')));
  await d9.getByRole('button', { name: t('write_cell') }).click();
  await errorsAre(page, lang, 3);
  await edit('D10', 'Decembrie 2022', 2);
  await edit('A11', '1.8', 1);
  await edit('F13', 'Indicatorul a fost verificat.', 0);

  // Fix all of one kind, undone in one step, then done again.
  const infos = (n: number) => page.getByText(new RegExp(`· ${counts(lang, [['info', n]])}$`)).waitFor({ timeout: 60_000 });
  await page.getByRole('button', { name: t('fix_all', { count: 2 }) }).click();
  await infos(0);
  await page.getByText(t('changes_made', { count: 11 })).click();
  await page.getByRole('button', { name: t('undo') }).click();
  await infos(2);
  // The fix's message goes with the undo: it no longer announces cells fixed that are back.
  await expect(page.locator('[data-result]').count()).resolves.toBe(0);
  await page
    .getByText(t('undone', { label: '' }).slice(0, 6))
    .first()
    .waitFor();
  await page.getByRole('button', { name: t('fix_all', { count: 2 }) }).click();
  await infos(0);

  // Search ignores case and diacritics: "DEPASIT" finds the overdue group ("depășit").
  if (lang === 'ro') {
    const search = page.getByRole('searchbox', { name: t('search') });
    await search.fill('DEPASIT');
    await page.getByRole('heading', { name: 'Termen depășit (1)' }).waitFor();
    await expect(page.getByRole('heading', { name: /Abreviere necunoscută/ }).count()).resolves.toBe(0);
    await search.fill('');
  }

  // Settings: a wrong plan year is explained; a status taken off the allowed list is saved.
  await page.getByRole('tab', { name: t('tab_settings') }).click();
  const year = page.getByRole('textbox', { name: t('plan_year') });
  await year.fill('22');
  await page.getByText(t('year_range', { from: 2000, to: new Date().getFullYear() + 10, value: '22' })).waitFor();
  // The explained error in view, mid-screen.
  await year.evaluate((el) => el.scrollIntoView({ block: 'center' }));
  if (lang === 'ro') await page.screenshot({ path: join(SHOTS, 'pane-settings.png'), animations: 'disabled' });
  violations.push(...(await axe(page, 'settings')));
  await year.fill('2022');
  await page.getByRole('checkbox', { name: stateLabel(lang, 'cancelled') }).uncheck();
  await page.getByRole('button', { name: t('save_settings') }).click();
  await page.getByText(t('settings_saved')).waitFor({ timeout: 60_000 });

  // The institution's template, saved in the workbook.
  await page.getByRole('tab', { name: t('tab_report') }).click();
  await page.getByText(reportCheck(lang, 'edit_template'), { exact: true }).click();
  const template = `Au fost monitorizate {{ total.rows }} acțiuni (${lang}).`;
  await page.getByRole('textbox', { name: new RegExp(t('template')) }).fill(template);
  await page.getByRole('button', { name: t('save_template') }).click();
  await page.getByText(t('template_saved')).waitFor({ timeout: 60_000 });

  await page.getByRole('tab', { name: t('tab_validate') }).click();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: t('download_workbook') }).click()]);
  const fixed = new Uint8Array(readFileSync(await download.path()));

  // Every entry of the original, except the plan sheet, is byte for byte what it was.
  const before = await entries(messy);
  const after = await entries(fixed);
  const changed = [...before.keys()].filter((k) => !before.get(k)!.equals(after.get(k) ?? Buffer.alloc(0)));
  expect(changed.sort()).toEqual(['[Content_Types].xml', '_rels/.rels', 'xl/worksheets/sheet1.xml']);
  expect([...after.keys()].filter((k) => !before.has(k)).sort()).toEqual([
    'xl/webextensions/_rels/taskpanes.xml.rels',
    'xl/webextensions/taskpanes.xml',
    'xl/webextensions/webextension1.xml',
  ]);

  // Reopened: the same settings and template, zero errors.
  const again = await newPage(context, lang);
  await upload(again.page, lang, 'messy.fixed.xlsx', fixed);
  await errorsAre(again.page, lang, 0);
  await again.page.getByRole('tab', { name: t('tab_settings') }).click();
  await expect(again.page.getByRole('checkbox', { name: stateLabel(lang, 'cancelled') }).isChecked()).resolves.toBe(false);
  await again.page.getByRole('tab', { name: t('tab_report') }).click();
  await again.page.getByText(reportCheck(lang, 'edit_template'), { exact: true }).click();
  await expect(again.page.getByRole('textbox', { name: new RegExp(t('template')) }).inputValue()).resolves.toBe(template);
  // The interface language stuck, in this browser.
  await again.page.getByRole('tab', { name: t('tab_validate') }).waitFor();

  expect(violations).toEqual([]);
  expect([...errors, ...again.errors]).toEqual([]);
  await context.close();
}

test('ro: from a messy workbook to a clean one in the pane, nothing else in the file changed', () => clean('ro'), 300_000);
test('ru: the same in Russian', () => clean('ru'), 300_000);
test('en: the same in English', () => clean('en'), 300_000);

test('without office.js (offline, blocked CDN) standalone mode starts and says why', async () => {
  const context = await session.browser.newContext({ viewport: { width: 420, height: 900 }, locale: 'ro-RO' });
  await context.route('**/*', (route) => (route.request().url().startsWith(session.url) ? route.continue() : route.abort()));
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${session.url}taskpane.html`);
  await page.getByText(pane('ro', 'office_unavailable', { seconds: 8 })).waitFor({ timeout: 60_000 });
  await trySample(page);
  await page.getByText(/29 de acțiuni · 0 erori/).waitFor({ timeout: 60_000 });
  expect(errors).toEqual([]);
  await context.close();
}, 120_000);
