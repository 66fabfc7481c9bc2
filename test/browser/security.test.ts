import { Page } from 'playwright-core';
import { PaneSession, openPane, trySample } from '../helpers/browser';
import { buildWorkbook } from '../helpers/xlsx';

const MARKUP = [
  '<img src=x onerror="window.__pwned=1">',
  '<script>window.__pwned=2</script>',
  '<b onmouseover="window.__pwned=3">bold</b>',
  'javascript:window.__pwned=4',
  '{{ 7 * 7 }}',
];

// Sized for a loaded 2-core machine; every wait is on an event or a state of the page.
jest.setTimeout(120_000);

let session: PaneSession;
let page: Page;
const dialogs: string[] = [];

beforeAll(async () => {
  session = await openPane();
  page = await session.context.newPage();
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  await page.goto(`${session.url}taskpane.html`);
  await trySample(page);
  await page.getByText(/29 de acțiuni/).waitFor({ timeout: 90_000 });
  const wb = buildWorkbook([
    {
      name: '<img src=x onerror="a()">',
      rows: [
        ['Raport pentru semestrul I, 2022 <script>window.__pwned=6</script>'],
        ['Nr.', 'Acțiunea', 'Responsabil', 'Termen', 'Statutul', 'Descrierea'],
        ['1.1', MARKUP[0], MARKUP[1], MARKUP[2], MARKUP[3], MARKUP[4]],
        ['1.2', MARKUP[1], 'DIP', 'Martie 2022', 'Realizat', MARKUP[0]],
      ],
    },
  ]);
  const buffer = Buffer.from((await wb.xlsx.writeBuffer()) as ArrayBuffer);
  await page.locator('input[type=file]').setInputFiles({ name: 'hostile.xlsx', mimeType: 'application/octet-stream', buffer });
  await page.getByText('Fișier: hostile.xlsx').waitFor();
}, 120_000);

afterAll(async () => {
  await session?.close();
});

async function nothingRan() {
  await page.mouse.move(10, 10);
  await page.mouse.move(200, 600);
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  expect(await page.locator('img[src="x"], b[onmouseover]').count()).toBe(0);
  expect(dialogs).toEqual([]);
}

test('markup and script in cells are shown as text and never run', async () => {
  await page.getByText(/2 acțiuni/).waitFor();
  await page.getByRole('button', { name: /Mergi la celula E3/ }).waitFor();
  // The invalid deadline and status are quoted in their findings: as text.
  await expect(page.getByText('<b onmouseover="window.__pwned=3">bold</b>', { exact: false }).count()).resolves.toBeGreaterThan(0);
  await expect(page.getByText('javascript:window.__pwned=4', { exact: false }).count()).resolves.toBeGreaterThan(0);
  await nothingRan();
});

test('markup in a template and in what it prints is shown as text', async () => {
  await page.getByRole('tab', { name: 'Raport' }).click();
  await page.getByText('Editează șablonul', { exact: true }).click(); // folded under the preview
  const editor = page.getByRole('textbox', { name: /Șablonul sintezei/ });
  await editor.fill('{{ "<img src=x onerror=window.__pwned=7>" }} {% for a in actions %}{{ a.title }} {{ a.narrative }}{% endfor %}');
  await page
    .getByTestId('preview')
    .getByText(/<img src=x onerror=window.__pwned=7>/)
    .waitFor();
  await nothingRan();
});

test('statistics with hostile titles are text too', async () => {
  await page.getByRole('tab', { name: 'Statistici' }).click();
  await page.getByRole('radio', { name: 'Pe responsabili' }).check();
  await page
    .getByText(/<script>window.__pwned=2<\/script>/)
    .first()
    .waitFor();
  await nothingRan();
});

test("the ribbon command's dialog shows its message as text", async () => {
  const dialog = await session.context.newPage();
  const q = new URLSearchParams({ t: '<b>Titlu</b>', m: '<img src=x onerror="window.__pwned=8"> 29 acțiuni' });
  await dialog.goto(`${session.url}dialog.html?${q}`);
  await dialog.getByText('<img src=x onerror="window.__pwned=8"> 29 acțiuni').waitFor();
  await dialog.getByRole('heading', { name: '<b>Titlu</b>' }).waitFor();
  expect(await dialog.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  expect(await dialog.locator('img').count()).toBe(0);
  await dialog.close();
});
