import AxeBuilder from '@axe-core/playwright';
import { mkdirSync } from 'fs';
import { join } from 'path';
import { Page } from 'playwright-core';
import { PaneSession, openPane, trySample } from '../helpers/browser';
import { ROOT } from '../helpers/serve';

// Sized for a loaded 2-core machine; every wait is on an event or a state of the page, none is a sleep.
jest.setTimeout(120_000);

const SHOTS = join(ROOT, 'test-results');
let session: PaneSession;
let page: Page;
const pageErrors: string[] = [];

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  session = await openPane();
  page = await session.context.newPage();
  page.on('pageerror', (e) => pageErrors.push(e.message));
  await page.goto(`${session.url}taskpane.html`);
  await trySample(page);
}, 120_000);

afterAll(async () => {
  await session?.close();
});

const shot = (name: string) => page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true });

test('opens standalone on the bundled sample and validates it', async () => {
  await page.getByText('29 de acțiuni · 0 erori · 3 avertismente · 2 informații').waitFor({ timeout: 90_000 });
  await expect(page.getByText('Fișier: open-government-2020-s1.xlsx').count()).resolves.toBe(1);
  await shot('validate');
}, 120_000);

test('a click on a finding selects its cell', async () => {
  await page.getByRole('button', { name: /Mergi la celula D24/ }).click();
  await page.getByText('Celula selectată: Raport S1 2020!D24 = „Trimestrul IV, 2019”').waitFor();
});

test('apply a fix: the finding goes, the cell holds the fix', async () => {
  await page.getByRole('button', { name: 'Corectează: Neinițiată' }).first().click();
  await page.getByText('29 de acțiuni · 0 erori · 3 avertismente · 1 informație').waitFor();
  await page.getByRole('button', { name: /Mergi la celula G43/ }).click();
  await page.getByText('Celula selectată: Raport S1 2020!G43 = „Neiniţiată”').waitFor();
});

test('the downloaded workbook holds the fix, and the rest of the sheet as it was', async () => {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Descarcă registrul cu corecturile' }).click()]);
  expect(download.suggestedFilename()).toBe('Registru corectat – open-government-2020-s1.xlsx');
  const { loadWorkbook } = await import('../../src/xlsx/read');
  const { readFileSync } = await import('fs');
  const { SAMPLE_XLSX } = await import('../../samples/build-sample');
  const fixed = (await loadWorkbook(readFileSync(await download.path()))).grid.sheets[0];
  const original = (await loadWorkbook(readFileSync(SAMPLE_XLSX))).grid.sheets[0];
  const changed: string[] = [];
  original.rows.forEach((row, r) => row.forEach((v, c) => v !== fixed.rows[r]?.[c] && changed.push(`${r},${c}: ${String(fixed.rows[r]?.[c])}`)));
  expect(changed).toEqual(['14,6: Neinițiată']);
});

test('statistics per objective with completion bars', async () => {
  await page.getByRole('tab', { name: 'Statistici' }).click();
  const list = page.getByRole('list', { name: 'Pe obiective' });
  await list.getByText('Total').waitFor();
  await expect(list.getByText('Realizare: 51,7%').count()).resolves.toBe(1);
  await expect(list.getByText('Realizare: 42,9%').count()).resolves.toBe(1);
  await expect(page.getByRole('progressbar').count()).resolves.toBe(5);
  await shot('statistics');
  await page.getByRole('radio', { name: 'Pe responsabili' }).check();
  await page.getByRole('list', { name: 'Pe responsabili' }).getByText('Cancelaria de Stat', { exact: true }).waitFor();
});

test("the narrative is generated and written to the add-in's sheets", async () => {
  await page.getByRole('tab', { name: 'Raport' }).click();
  await page
    .getByTestId('preview')
    .getByText(/au fost monitorizate 29 de acțiuni/)
    .waitFor();
  await page.getByRole('button', { name: 'Scrie în foile Statistici și Raport' }).click();
  await page.getByText('Au fost scrise foile „Statistici” și „Raport”.').waitFor();
  await shot('report');
});

test('the report downloads as a .docx holding the narrative', async () => {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Descarcă .docx' }).click()]);
  expect(download.suggestedFilename()).toBe('Raport S1 2020 – open-government-2020-s1.docx');
  const JSZip = (await import('jszip')).default;
  const { readFileSync } = await import('fs');
  const xml = await (await JSZip.loadAsync(readFileSync(await download.path()))).file('word/document.xml')!.async('string');
  expect(xml).toContain('au fost monitorizate 29 de acțiuni');
  expect(xml).toContain('6.7');
});

test('a template error is shown with its line and column; the preview keeps the last good text', async () => {
  await page.getByText('Editează șablonul', { exact: true }).click();
  const editor = page.getByRole('textbox', { name: /Șablonul sintezei/ });
  const original = await editor.inputValue();
  await editor.fill('Total: {{ total.rows }}\n{{ totl }}');
  await page.getByText('Șablonul are o eroare la rândul 2, coloana 4: variabila „totl” nu există').waitFor();
  await page.getByTestId('preview-kept').waitFor();
  await page
    .getByTestId('preview')
    .getByText(/au fost monitorizate/)
    .waitFor();
  await editor.fill(original);
  await page
    .getByTestId('preview')
    .getByText(/au fost monitorizate/)
    .waitFor();
});

test('settings', async () => {
  await page.getByRole('tab', { name: 'Setări' }).click();
  await page.getByRole('group', { name: 'Statute permise' }).waitFor();
  await shot('settings');
});

test('how the sheet was read: a column given another role, saved, then back to the automatic reading', async () => {
  await page.getByRole('heading', { name: 'Cum a fost citită foaia' }).waitFor();
  await page.getByText('Perioada: semestrul I 2020, din celula A2 („pentru semestrul I, 2020”).').waitFor();
  const costs = page.getByRole('combobox', { name: 'Rolul coloanei E' });
  await expect(costs.textContent()).resolves.toContain('Automat: Costuri');
  await costs.click();
  await page.getByRole('option', { name: 'Indicatori' }).click();
  await page.getByText('Setările au fost salvate în registru.').waitFor();
  await expect(page.getByRole('combobox', { name: 'Rolul coloanei E' }).textContent()).resolves.toBe('Indicatori');
  await shot('reading');
  await page.getByRole('button', { name: 'Revino la citirea automată' }).click();
  await page.getByRole('combobox', { name: 'Rolul coloanei E' }).getByText('Automat: Costuri').waitFor();
}, 60_000);

test('switching the language to English and to Russian', async () => {
  await page.getByRole('combobox', { name: 'Limba', exact: true }).selectOption({ label: 'English' });
  await page.getByRole('tab', { name: 'Validate' }).click();
  await page.getByText('29 actions · 0 errors · 3 warnings · 1 note').waitFor();
  await shot('validate-en');
  await page.getByRole('combobox', { name: 'Language', exact: true }).selectOption({ label: 'Русский' });
  await page.getByRole('tab', { name: 'Отчёт' }).click();
  // The report follows the workbook's language (Romanian) until its own language is chosen.
  await page
    .getByTestId('preview')
    .getByText(/au fost monitorizate/)
    .waitFor();
  await page.getByRole('combobox', { name: 'Язык отчёта' }).selectOption({ label: 'Русский' });
  await page
    .getByTestId('preview')
    .getByText(/проведён мониторинг 29 мероприятий/)
    .waitFor();
  await shot('report-ru');
});

// Fluent UI v9's focus manager (Tabster) puts focusable aria-hidden sentinels in the page on
// purpose; axe flags them as aria-hidden-focus. Like Microsoft's Accessibility Insights, only those
// nodes are set aside: any other node of any rule counts.
const isTabsterSentinel = (rule: string, html: string) => rule === 'aria-hidden-focus' && html.includes('data-tabster-dummy');

test('axe finds no serious or critical violation on any tab', async () => {
  const found: string[] = [];
  let sentinels = 0;
  for (const tab of ['Проверка', 'Статистика', 'Отчёт', 'Настройки']) {
    await page.getByRole('tab', { name: tab }).click();
    await page.getByRole('tab', { name: tab, selected: true }).waitFor();
    await page.getByRole('tabpanel').locator('.fui-Spinner').first().waitFor({ state: 'detached' }); // a lazy panel has loaded
    const r = await new AxeBuilder({ page }).analyze();
    for (const v of r.violations) {
      if (v.impact !== 'serious' && v.impact !== 'critical') continue;
      const nodes = v.nodes.filter((n) => !isTabsterSentinel(v.id, n.html));
      sentinels += v.nodes.length - nodes.length;
      if (nodes.length) found.push(`${tab}: ${v.id} ${nodes.map((n) => n.html.slice(0, 200)).join(' | ')}`);
    }
  }
  expect(found).toEqual([]);
  expect(sentinels).toBeGreaterThan(0); // the filter is exercised, and it matches only sentinels
}, 120_000);

test('the pane is reachable by keyboard: Tab reaches the tabs and a finding', async () => {
  await page.getByRole('tab', { name: 'Проверка' }).click();
  await page.keyboard.press('ArrowRight');
  await expect(page.evaluate(() => document.activeElement?.getAttribute('role'))).resolves.toBe('tab');
  const reached: string[] = [];
  await page.getByRole('tab', { name: 'Проверка' }).click();
  for (let i = 0; i < 30; i++) {
    await page.keyboard.press('Tab');
    reached.push((await page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? document.activeElement?.textContent ?? '')) ?? '');
  }
  expect(reached.some((x) => /Перейти к ячейке/.test(x))).toBe(true);
});

test("no request left the add-in's origin, except office.js from Microsoft's CDN; no page errors", () => {
  const foreign = session.requests.filter(
    (u) => !u.startsWith(session.url) && !u.startsWith('https://appsforoffice.microsoft.com/') && !u.startsWith('data:') && !u.startsWith('blob:'),
  );
  expect(foreign).toEqual([]);
  expect(pageErrors).toEqual([]);
});
