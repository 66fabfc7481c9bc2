/**
 * The template editor as an officer uses it, in Romanian and in Russian: line numbers and the
 * error line marked, errors named by cause, buttons that say why they wait, the reference list,
 * restore-default with its difference, a hostile template that does not freeze the pane.
 */
import { catalog } from '../../src/core/messages';
import { mkdirSync } from 'fs';
import { join } from 'path';
import { Page } from 'playwright-core';
import { DEFAULT_TEMPLATES } from '../../src/core/narrative';
import { PaneSession, openPane, trySample } from '../helpers/browser';
import { ROOT } from '../helpers/serve';

const SHOTS = join(ROOT, 'test-results');
let session: PaneSession;
let page: Page;
const pageErrors: string[] = [];

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  session = await openPane();
  await session.context.grantPermissions(['clipboard-read', 'clipboard-write']);
  page = await session.context.newPage();
  page.on('pageerror', (e) => pageErrors.push(e.message));
  await page.goto(`${session.url}taskpane.html`);
  await trySample(page);
  await page.getByText(/29 de acțiuni · 0 erori/).waitFor({ timeout: 90_000 });
  await page.getByRole('tab', { name: 'Raport' }).click();
  await page
    .getByTestId('preview')
    .getByText(/au fost monitorizate 29 de acțiuni/)
    .waitFor({ timeout: 60_000 });
  // The editor is folded under the preview and the actions.
  await page.getByText('Editează șablonul', { exact: true }).click();
}, 180_000);

afterAll(async () => {
  await session?.close();
});

const editorBox = () => page.getByRole('textbox', { name: /Șablonul sintezei|Шаблон сводки/ });
const errorLines = () => page.getByTestId('line-numbers').locator('[data-error]').allTextContents();

test('line numbers for every line of the template', async () => {
  const lines = DEFAULT_TEMPLATES.ro.split('\n').length;
  await expect(page.getByTestId('line-numbers').locator('div').count()).resolves.toBe(lines);
  await expect(page.getByRole('button', { name: 'Salvează șablonul în registru' }).getAttribute('title')).resolves.toBe(
    'Nimic de salvat: șablonul este cel salvat.',
  );
}, 60_000);

test('an unknown variable: named plainly with a suggestion, its line marked, save waits and says why, the report actions keep the saved template', async () => {
  await editorBox().fill('Total: {{ total.rows }}\n{% assign t = total %}{{ t.rws }}');
  await page.getByRole('alert').getByText('variabila „t.rws” nu există; ați vrut „t.rows”?').waitFor({ timeout: 30_000 });
  await expect(errorLines()).resolves.toEqual(['⚠ 2']);
  const why = 'Corectați eroarea din rândul 2 al șablonului: un șablon cu erori nu poate fi salvat (raportul folosește ultimul șablon salvat).';
  await page.getByText(why).waitFor();
  await expect(page.getByRole('button', { name: 'Salvează șablonul în registru' }).isDisabled()).resolves.toBe(true);
  await expect(page.getByRole('button', { name: 'Salvează șablonul în registru' }).getAttribute('title')).resolves.toBe(why);
  // The officer can still get the report: the actions use the last saved template, as the pane says.
  for (const name of ['Copiază textul', 'Descarcă .docx']) await expect(page.getByRole('button', { name }).isDisabled()).resolves.toBe(false);
  await page.getByRole('button', { name: 'Mergi la rândul 2' }).click();
  const selected = await editorBox().evaluate((el: HTMLTextAreaElement) => el.value.slice(el.selectionStart, el.selectionEnd));
  expect(selected).toBe('{% assign t = total %}{{ t.rws }}');
  await page.screenshot({ path: join(SHOTS, 'editor-error-ro.png'), fullPage: true });
}, 90_000);

test('an unclosed tag and an unknown filter, each by its cause', async () => {
  await editorBox().fill('{% if total.rows > 0 %}\nText');
  await page.getByText('eticheta {% if total.rows > 0 %} nu este închisă: adăugați {% endif %}').waitFor({ timeout: 30_000 });
  await editorBox().fill('{{ total.rows | plurl: "acțiune", "acțiuni" }}');
  await page.getByText('filtrul „plurl” nu există; ați vrut „plural”?').waitFor({ timeout: 30_000 });
}, 90_000);

test('a click in the reference list inserts at the cursor', async () => {
  await editorBox().fill('În total: .');
  await page.getByTestId('preview').getByText('În total: .').waitFor({ timeout: 30_000 });
  await editorBox().evaluate((el: HTMLTextAreaElement) => el.setSelectionRange(10, 10));
  await page.getByText('Variabile și filtre').click();
  // Examples are filled from the plan where they can be.
  await page.getByRole('button', { name: 'Inserează {{ total.rows }}' }).getByText('→ 29').waitFor();
  await page.getByRole('button', { name: 'Inserează {{ total.completion_rate | percent }}' }).first().getByText('→ 51,7%').waitFor();
  await page.getByRole('button', { name: 'Inserează {{ total.rows }}' }).click();
  await expect(editorBox().inputValue()).resolves.toBe('În total: {{ total.rows }}.');
  await page.getByTestId('preview').getByText('În total: 29.').waitFor({ timeout: 30_000 });
}, 90_000);

test('a template that runs to its time limit does not freeze the pane, and is named a limit', async () => {
  await editorBox().fill('{% for i in (1..100000) %}{% for j in (1..100000) %}{% endfor %}{% endfor %}');
  const preview = page.getByTestId('preview');
  await preview.and(page.locator('[aria-busy=true]')).waitFor();
  // The render runs in its worker: the page answers at once, every time it is asked, until the limit is named.
  let slowest = 0;
  while ((await preview.getAttribute('aria-busy')) === 'true') {
    const started = Date.now();
    await page.evaluate(() => document.title);
    slowest = Math.max(slowest, Date.now() - started);
  }
  expect(slowest).toBeLessThan(1_000);
  // Named as a limit: of time, or of the work allowance that may end it first on a loaded machine.
  const limits = ['limit_time', 'limit_memory', 'limit'] as const;
  await page
    .getByText(new RegExp(limits.map((k) => catalog('ro').templateCause[k].replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')))
    .first()
    .waitFor({ timeout: 60_000 });
}, 120_000);

test('restore the default shows the difference first, then restores', async () => {
  await editorBox().fill('Doar un rând.');
  await page.getByRole('button', { name: 'Revino la șablonul implicit' }).click();
  const diff = page.getByTestId('restore-diff');
  await diff.getByText('− Doar un rând.').waitFor();
  await diff.getByText('+ ## Sumar').waitFor();
  await page.getByRole('dialog').getByRole('button', { name: 'Revino la șablonul implicit' }).click();
  await expect(editorBox().inputValue()).resolves.toBe(DEFAULT_TEMPLATES.ro);
  await page
    .getByTestId('preview')
    .getByText(/au fost monitorizate 29 de acțiuni/)
    .waitFor({ timeout: 30_000 });
}, 90_000);

test('copy puts rich text and plain text without Markdown marks on the clipboard', async () => {
  await page.getByRole('button', { name: 'Copiază textul' }).click();
  await page.getByText('Textul a fost copiat.').waitFor();
  const { html, plain } = await page.evaluate(async () => {
    const [item] = await navigator.clipboard.read();
    return { html: await (await item.getType('text/html')).text(), plain: await (await item.getType('text/plain')).text() };
  });
  expect(html).toContain('<h2>Sumar</h2>');
  expect(html).toMatch(/<strong>Obiectivul 1\./);
  expect(html).toContain('<li><strong>1.9</strong>');
  expect(plain).toContain('au fost monitorizate 29 de acțiuni');
  expect(plain).not.toMatch(/\*\*|^#|^- /m);
}, 60_000);

test('in Russian: the messages and the reasons are Russian', async () => {
  await page.getByRole('combobox', { name: 'Limba', exact: true }).selectOption({ label: 'Русский' });
  await page.getByRole('tab', { name: 'Отчёт' }).click();
  await page.getByRole('combobox', { name: 'Язык отчёта' }).selectOption({ label: 'Русский' });
  await page
    .getByTestId('preview')
    .getByText(/проведён мониторинг 29 мероприятий/)
    .waitFor({ timeout: 60_000 });
  // The interface's language changed, the tab stayed: the editor is still unfolded.
  await editorBox().fill('{% if total %}\nx');
  await page.getByText('тег {% if total %} не закрыт: добавьте {% endif %}').waitFor({ timeout: 30_000 });
  await expect(errorLines()).resolves.toEqual(['⚠ 1']);
  await page.getByText('Исправьте ошибку в строке 1 шаблона: шаблон с ошибками нельзя сохранить (отчёт использует последний сохранённый шаблон).').waitFor();
  await editorBox().fill('{% for a in actions %}{{ a.titel }}{% endfor %}');
  await page.getByText('переменной «a.titel» нет; может быть, «a.title»?').waitFor({ timeout: 30_000 });
  await page.getByRole('button', { name: 'Вставить {{ total.rows }}' }).waitFor({ state: 'attached' });
  await page.screenshot({ path: join(SHOTS, 'editor-error-ru.png'), fullPage: true });
  expect(pageErrors).toEqual([]);
}, 120_000);
