import JSZip from 'jszip';
import { readFileSync } from 'fs';
import { BrowserContext, Page } from 'playwright-core';
import { pane } from '../../src/core/messages/pane';
import { PaneSession, openPane } from '../helpers/browser';
import { richPackage } from '../helpers/rich-package';

/**
 * The report speaks its own language, by default the workbook's: a Russian workbook opened with a
 * Romanian interface gets a Russian summary and Word report; English chosen gives English; the
 * choice is kept in the workbook (downloaded, reopened).
 */
let session: PaneSession;
let russian: Uint8Array;
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const RU_ROWS = [
  ['Отчёт о выполнении плана действий за I полугодие 2022 года'],
  ['№', 'Мероприятие', 'Ответственный', 'Срок исполнения', 'Статус', 'Описание'],
  ['Цель 1. Лучшие государственные услуги'],
  ['1.1', 'Утверждение положения', 'DIP', 'IV квартал 2022', 'Выполнено', 'Положение утверждено.'],
  ['1.2', 'Обучение персонала', 'DIP', 'IV квартал 2022', 'Начато', 'Обучение идёт.'],
  ['1.3', 'Публикация данных', 'DIP', 'IV квартал 2022', 'Выполнено', 'Данные опубликованы.'],
  ['1.4', 'Анализ обращений', 'DIP', 'IV квартал 2022', 'В процессе выполнения', 'Анализ продолжается.'],
];

beforeAll(async () => {
  session = await openPane();
  russian = await richPackage({ rows: RU_ROWS });
}, 120_000);

afterAll(async () => {
  await session?.close();
});

async function open(context: BrowserContext, name: string, bytes: Uint8Array): Promise<{ page: Page; errors: string[] }> {
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${session.url}taskpane.html`);
  await page.getByRole('button', { name: pane('ro', 'try_sample') }).waitFor({ timeout: 60_000 });
  await page.locator('input[type=file]').setInputFiles({ name, mimeType: XLSX, buffer: Buffer.from(bytes) });
  await page.getByText(pane('ro', 'current_file', { name })).waitFor({ timeout: 60_000 });
  await page.getByText(/4 acțiuni/).waitFor({ timeout: 60_000 });
  await page.getByRole('tab', { name: pane('ro', 'tab_report') }).click();
  return { page, errors };
}

const preview = (page: Page, text: RegExp) => page.getByTestId('preview').getByText(text).waitFor({ timeout: 60_000 });

async function docxText(page: Page): Promise<string> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: pane('ro', 'download_docx') }).click()]);
  const zip = await JSZip.loadAsync(readFileSync(await download.path()));
  return zip.file('word/document.xml')!.async('string');
}

test('a Russian workbook with a Romanian interface: a Russian report by default, English when chosen, kept on reopening', async () => {
  const context = await session.browser.newContext({ viewport: { width: 420, height: 900 }, locale: 'ro-RO', acceptDownloads: true });
  context.setDefaultTimeout(60_000);
  await context.addInitScript(() => window.localStorage.setItem('action-plan-report.lang', 'ro'));
  await context.route('**/*', (route) => (route.request().url().startsWith(session.url) ? route.continue() : route.abort()));
  const { page, errors } = await open(context, 'plan-ru.xlsx', russian);

  // The interface is Romanian; the report is the workbook's language until chosen otherwise.
  const choice = page.getByRole('combobox', { name: pane('ro', 'report_lang') });
  await expect(choice.inputValue()).resolves.toBe('');
  await expect(choice.locator('option:checked').textContent()).resolves.toBe(pane('ro', 'report_lang_auto', { lang: 'Русский' }));
  await preview(page, /проведён мониторинг 4 мероприятий/);
  expect(await docxText(page)).toMatch(/проведён мониторинг/);

  await choice.selectOption({ label: 'English' });
  await page.getByText(pane('ro', 'report_lang_saved', { lang: 'English' })).waitFor();
  await preview(page, /4 actions were monitored/);
  const english = await docxText(page);
  expect(english).toMatch(/were monitored/);
  expect(english).not.toMatch(/мониторинг/);

  // Kept in the workbook: downloaded, reopened, still English.
  await page.getByRole('tab', { name: pane('ro', 'tab_validate') }).click();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: pane('ro', 'download_workbook') }).click()]);
  const again = await open(context, 'plan-ru.fixed.xlsx', new Uint8Array(readFileSync(await download.path())));
  await expect(again.page.getByRole('combobox', { name: pane('ro', 'report_lang') }).inputValue()).resolves.toBe('en');
  await preview(again.page, /4 actions were monitored/);
  // The interface stayed Romanian throughout.
  await again.page.getByRole('tab', { name: pane('ro', 'tab_settings') }).waitFor();

  expect([...errors, ...again.errors]).toEqual([]);
  await context.close();
}, 240_000);
