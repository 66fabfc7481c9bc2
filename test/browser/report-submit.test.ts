import JSZip from 'jszip';
import { readFileSync } from 'fs';
import { Page } from 'playwright-core';
import { pane } from '../../src/core/messages/pane';
import { reportCheck } from '../../src/core/messages/report-check';
import { Lang } from '../../src/core/status';
import { PaneSession, openPane, routeToPane } from '../helpers/browser';
import { richPackage } from '../helpers/rich-package';

/**
 * Issue 20, points 4-6, at 420 px in Romanian and in Russian: the check before submission (the
 * open errors in one sentence, the way to the first, the report anyway with an appendix, asked
 * once), the Report tab in the officer's order (preview before the template, kept while the
 * template has an error), and a Word report named by its words and period whose lists stay lists.
 */
let session: PaneSession;
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const PLANS: Record<'ro' | 'ru', { rows: string[][]; preview: RegExp; sentence: RegExp; docx: RegExp; listItem: string }> = {
  ro: {
    rows: [
      ['Raport privind implementarea planului de acțiuni pentru semestrul I, 2022'],
      ['Nr.', 'Acțiunea', 'Responsabil', 'Termen de realizare', 'Statutul', 'Descrierea'],
      ['Obiectivul 1. Servicii publice mai bune'],
      ['1.1', 'Aprobarea regulamentului', 'DIP', 'Trimestrul I, 2022', '', 'Regulamentul este în lucru.'],
      ['1.2', 'Instruirea personalului', 'DIP', 'Trimestrul I, 2022', '', 'Instruirea a început.'],
      ['1.3', 'Publicarea datelor', 'DIP', 'Trimestrul IV, 2022', 'Realizat', 'Au fost publicate:\n- registrul actelor;\n- lista serviciilor.'],
      ['1.4', 'Analiza petițiilor', 'DIP', 'Trimestrul IV, 2022', 'În proces de realizare', 'Analiza continuă.'],
    ],
    preview: /au fost monitorizate 4 acțiuni/,
    sentence: /^Rămân 2 erori: statut lipsă \(2\)\.$/,
    docx: /^Raport S1 2022 – plan-ro\.docx$/,
    listItem: 'registrul actelor;',
  },
  ru: {
    rows: [
      ['Отчёт о выполнении плана действий за I полугодие 2022 года'],
      ['№', 'Мероприятие', 'Ответственный', 'Срок исполнения', 'Статус', 'Информация о выполнении'],
      ['Цель 1. Лучшие государственные услуги'],
      ['1.1', 'Утверждение положения', 'DIP', 'I квартал 2022', '', 'Положение в работе.'],
      ['1.2', 'Обучение персонала', 'DIP', 'I квартал 2022', '', 'Обучение началось.'],
      ['1.3', 'Публикация данных', 'DIP', 'IV квартал 2022', 'Выполнено', 'Опубликованы:\n- реестр актов;\n- перечень услуг.'],
      ['1.4', 'Анализ обращений', 'DIP', 'IV квартал 2022', 'В процессе выполнения', 'Анализ продолжается.'],
    ],
    preview: /проведён мониторинг 4 мероприятий/,
    sentence: /^Остались 2 ошибки: нет статуса \(2\)\.$/,
    docx: /^Отчёт 1 полугодие 2022 – plan-ru\.docx$/,
    listItem: 'реестр актов;',
  },
};

beforeAll(async () => {
  session = await openPane();
}, 120_000);

afterAll(async () => {
  await session?.close();
});

async function openReport(lang: 'ro' | 'ru'): Promise<{ page: Page; errors: string[]; close: () => Promise<void> }> {
  const context = await session.browser.newContext({ viewport: { width: 420, height: 900 }, locale: lang === 'ro' ? 'ro-RO' : 'ru-RU', acceptDownloads: true });
  context.setDefaultTimeout(60_000);
  await context.addInitScript((l) => {
    try {
      window.localStorage.setItem('action-plan-report.lang', l);
    } catch {
      // about:blank and workers have no storage of their own
    }
  }, lang);
  await routeToPane(context, session.url);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${session.url}taskpane.html`);
  const name = `plan-${lang}.xlsx`;
  await page
    .locator('input[type=file]')
    .first()
    .setInputFiles({ name, mimeType: XLSX, buffer: Buffer.from(await richPackage({ rows: PLANS[lang].rows })) });
  await page.getByText(pane(lang, 'current_file', { name })).waitFor();
  await page.getByRole('tab', { name: pane(lang, 'tab_report') }).click();
  await page.getByTestId('preview').getByText(PLANS[lang].preview).waitFor();
  return { page, errors, close: () => context.close() };
}

const download = (page: Page, lang: Lang) => page.getByRole('button', { name: pane(lang, 'download_docx') });

async function docxXml(path: string): Promise<string> {
  return (await JSZip.loadAsync(readFileSync(path))).file('word/document.xml')!.async('string');
}

describe.each(['ro', 'ru'] as const)('in %s at 420 px', (lang) => {
  test('the Word report with errors open asks once, names them, goes to the first, and can carry an appendix', async () => {
    const { page, errors, close } = await openReport(lang);
    const downloads: string[] = [];
    page.on('download', (d) => downloads.push(d.suggestedFilename()));
    await download(page, lang).click();
    const dialog = page.getByRole('alertdialog');
    await dialog.waitFor();
    expect((await dialog.locator('#submit-check-text').textContent())?.trim()).toMatch(PLANS[lang].sentence);
    expect(downloads).toEqual([]);
    // The way to the first: the Findings tab, the first error's button focused.
    await dialog.getByRole('button', { name: reportCheck(lang, 'go_first') }).click();
    await expect(page.getByRole('tab', { name: pane(lang, 'tab_validate') }).getAttribute('aria-selected')).resolves.toBe('true');
    await page.waitForFunction(() => document.activeElement?.getAttribute('data-finding')?.startsWith('missing_status|'));
    // Back on the report: asked again (not answered), then the report anyway, with the appendix.
    await page.getByRole('tab', { name: pane(lang, 'tab_report') }).click();
    await download(page, lang).click();
    await dialog.waitFor();
    await dialog.getByRole('checkbox', { name: reportCheck(lang, 'appendix_choice') }).check();
    const [file] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: reportCheck(lang, 'generate_anyway') }).click()]);
    const xml = await docxXml(await file.path());
    expect(xml).toContain(reportCheck(lang, 'appendix_title'));
    // Asked once: the next download goes without the question.
    const [again] = await Promise.all([page.waitForEvent('download'), download(page, lang).click()]);
    expect(again.suggestedFilename()).toMatch(PLANS[lang].docx);
    await expect(dialog.count()).resolves.toBe(0);
    expect(errors).toEqual([]);
    await close();
  }, 240_000);

  test('the Report tab: language, preview, actions, then the template folded; a template error keeps the last preview', async () => {
    const { page, errors, close } = await openReport(lang);
    const top = async (l: ReturnType<Page['getByRole']>) => (await l.boundingBox())!.y;
    const language = await top(page.getByRole('combobox', { name: pane(lang, 'report_lang') }));
    const preview = (await page.getByTestId('preview').boundingBox())!;
    const word = await top(download(page, lang));
    const fold = await top(page.getByText(reportCheck(lang, 'edit_template'), { exact: true }));
    expect(language).toBeLessThan(preview.y);
    expect(preview.y).toBeLessThan(word);
    expect(word).toBeLessThan(fold);
    // Today's tab put the preview 1,150 px down, under 90 lines of template: now it is on the first screen.
    expect(preview.y + 100).toBeLessThan(900);
    expect(preview.x + preview.width).toBeLessThanOrEqual(420);
    const editor = page.locator('#template-source');
    await expect(editor.isVisible()).resolves.toBe(false);
    // No notice of saved settings above the report.
    await expect(page.getByText(pane(lang, 'settings_saved')).count()).resolves.toBe(0);
    // A template error: the last good preview stays, the error beside it.
    await page.getByText(reportCheck(lang, 'edit_template'), { exact: true }).click();
    await editor.fill('{{ total.rows | plural: "x" }');
    await page.getByTestId('preview-kept').waitFor();
    await page.getByTestId('preview').getByText(PLANS[lang].preview).waitFor();
    expect(errors).toEqual([]);
    await close();
  }, 240_000);

  test("the Word report is named by its words and period and keeps a description's list as a list", async () => {
    const { page, close } = await openReport(lang);
    await download(page, lang).click();
    const [file] = await Promise.all([
      page.waitForEvent('download'),
      page
        .getByRole('alertdialog')
        .getByRole('button', { name: reportCheck(lang, 'generate_anyway') })
        .click(),
    ]);
    expect(file.suggestedFilename()).toMatch(PLANS[lang].docx);
    const xml = await docxXml(await file.path());
    const item = xml.split('</w:p>').find((p) => p.includes(PLANS[lang].listItem))!;
    expect(item).toContain('<w:numPr>');
    expect(item.replace(/<[^>]+>/g, '')).toBe(PLANS[lang].listItem);
    await close();
  }, 240_000);
});

test('where Office cannot download (Mac), the Word button is not offered: the report is copied for Word, and the pane says why', async () => {
  const { page, errors, close } = await openReport('ro');
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: session.url });
  // Office on Mac, as office.js reports it; the tab is drawn again on opening.
  await page.getByRole('tab', { name: pane('ro', 'tab_validate') }).click();
  await page.evaluate(() => {
    // office.js's own context cannot be redefined: an Office object as the Mac's office.js reports itself.
    const w = window as unknown as { Office: object };
    w.Office = { ...w.Office, context: { diagnostics: { platform: 'Mac' }, document: { url: '' } } };
  });
  await page.getByRole('tab', { name: pane('ro', 'tab_report') }).click();
  await page.getByTestId('preview').getByText(PLANS.ro.preview).waitFor();
  await expect(download(page, 'ro').count()).resolves.toBe(0);
  await page.getByText(reportCheck('ro', 'no_download', { platform: reportCheck('ro', 'platform_mac') })).waitFor();
  await page.getByRole('button', { name: reportCheck('ro', 'copy_report') }).click();
  await page
    .getByRole('alertdialog')
    .getByRole('button', { name: reportCheck('ro', 'generate_anyway') })
    .click();
  await page.getByText(reportCheck('ro', 'report_copied')).waitFor();
  const html = await page.evaluate(async () => {
    const [item] = await navigator.clipboard.read();
    return (await item.getType('text/html')).text();
  });
  expect(html).toContain('<table');
  expect(html).toContain('<li>registrul actelor;</li>');
  expect(errors).toEqual([]);
  await close();
}, 240_000);

test('a previous report picked on the Compare tab is in the preview, with a switch to leave it out', async () => {
  const { page, errors, close } = await openReport('ro');
  const previousRows = PLANS.ro.rows.map((r, i) => (i === 0 ? ['Raport privind implementarea planului de acțiuni pentru semestrul II, 2021'] : r));
  await page.getByRole('tab', { name: pane('ro', 'tab_compare') }).click();
  await page
    .getByRole('tabpanel')
    .locator('input[type=file]')
    .setInputFiles({ name: 'raport-S2-2021.xlsx', mimeType: XLSX, buffer: Buffer.from(await richPackage({ rows: previousRows })) });
  await page
    .getByText(/raport-S2-2021\.xlsx/)
    .first()
    .waitFor();
  await page.getByRole('tab', { name: pane('ro', 'tab_report') }).click();
  const toggle = page.getByRole('switch', { name: /raport-S2-2021\.xlsx/ });
  await toggle.waitFor();
  await expect(toggle.isChecked()).resolves.toBe(true);
  const section = page.getByTestId('preview').getByText('Evoluția față de perioada precedentă');
  await section.waitFor();
  await toggle.uncheck();
  await section.waitFor({ state: 'detached' });
  expect(errors).toEqual([]);
  await close();
}, 240_000);
