import { readFileSync } from 'fs';
import { join } from 'path';
import { BrowserContext, Page } from 'playwright-core';
import { fileErrorMessage } from '../../src/core/messages';
import { pane } from '../../src/core/messages/pane';
import { DEFAULT_LIMITS, formatBytes } from '../../src/xlsx/limits';
import { PaneSession, openPane, routeToPane, trySample } from '../helpers/browser';
import { planRows, rawXlsx, row, str } from '../helpers/raw-xlsx';
import { ROOT } from '../helpers/serve';

/**
 * Standalone mode opens a file in a Web Worker: the page keeps answering while a 100,000-row
 * workbook is parsed, the open can be cancelled, and a hostile file is refused with its cause.
 * Responsiveness is measured in the page by a 50 ms heartbeat (setInterval): the longest gap
 * between its ticks is how long the page's thread was held. Sized for a loaded 2-core machine:
 * every wait is on the page's state, none is a sleep.
 */
jest.setTimeout(300_000);

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const SAMPLE = 'open-government-2020-s1.xlsx';
/** The longest the page may be held while a file is being opened. */
const MAX_GAP_MS = 1_000;

let session: PaneSession;
let context: BrowserContext;
let big: Buffer;

beforeAll(async () => {
  session = await openPane();
  context = await session.browser.newContext({ viewport: { width: 420, height: 900 }, locale: 'ro-RO' });
  context.setDefaultTimeout(120_000);
  await routeToPane(context, session.url);
  await context.addInitScript(() => {
    const w = window as unknown as { __beat: Beat };
    w.__beat = { ticks: [], from: 0, until: '', reached: 0 };
    setInterval(() => w.__beat.ticks.push(performance.now()), 50);
    // The clock starts when a file is picked, and stops when the page first shows `until`.
    document.addEventListener('change', () => (w.__beat.from = performance.now()), true);
    new MutationObserver(() => {
      const b = w.__beat;
      if (b.until && !b.reached && document.body?.textContent?.includes(b.until)) b.reached = performance.now();
    }).observe(document, { childList: true, subtree: true, characterData: true });
  });
  // A header and 99,998 actions: the most rows a sheet may hold (DEFAULT_LIMITS.rows) less one.
  big = Buffer.from(rawXlsx([{ name: 'Plan', rows: planRows(DEFAULT_LIMITS.rows - 2) }]));
}, 300_000);

afterAll(async () => {
  await context?.close();
  await session?.close();
});

async function freshPage(): Promise<{ page: Page; errors: string[] }> {
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${session.url}taskpane.html`);
  await trySample(page);
  await page.getByText(pane('ro', 'current_file', { name: SAMPLE })).waitFor();
  await page.getByText(/29 de acțiuni · \d+ erori/).waitFor();
  return { page, errors };
}

const pick = (page: Page, name: string, buffer: Buffer) => page.locator('input[type=file]').setInputFiles({ name, mimeType: XLSX, buffer });

interface Beat {
  ticks: number[];
  from: number;
  until: string;
  reached: number;
}

/** Stops the clock of longestGap when the page first shows this text ('' for never). */
const stopAt = (page: Page, text: string) =>
  page.evaluate((t) => Object.assign((window as unknown as { __beat: Beat }).__beat, { until: t, reached: 0 }), text);

/** The longest the heartbeat stopped since the file was picked, up to the stopAt text (or now), in ms. */
const longestGap = (page: Page) =>
  page.evaluate(() => {
    const { ticks, from, reached } = (window as unknown as { __beat: Beat }).__beat;
    const end = reached || performance.now();
    const times = [from, ...ticks.filter((t) => t > from && t < end), end];
    let gap = 0;
    for (let i = 1; i < times.length; i++) gap = Math.max(gap, times[i] - times[i - 1]);
    return Math.round(gap);
  });

test('a 100,000-row workbook opens with the page answering throughout, its steps shown', async () => {
  const { page, errors } = await freshPage();
  const opened = pane('ro', 'current_file', { name: 'plan-100000.xlsx' });
  await stopAt(page, opened);
  await pick(page, 'plan-100000.xlsx', big);
  // The step shown while exceljs parses, in the worker.
  await page.getByText(pane('ro', 'opening_parsing', { name: 'plan-100000.xlsx' })).waitFor();
  await page.getByText(opened).waitFor({ timeout: 240_000 });
  const opening = await longestGap(page);
  await stopAt(page, '');
  await page.getByText(/99[\s.\u00a0\u202f]?998 de acțiuni · \d+ erori/).waitFor({ timeout: 240_000 });
  // Told, not asserted: after the open, the validation's own hand-overs (the grid to the engine's
  // worker, the findings back and their rendering) are the pane's, not the open's.
  console.info(`plan-100000.xlsx: longest page-thread gap ${opening} ms while opening, ${await longestGap(page)} ms up to the findings`);
  expect(opening).toBeLessThan(MAX_GAP_MS);
  // Any row is reached by typing: the list holds a few dozen rows, not 100,000.
  await page.getByText(pane('ro', 'rows_title')).click();
  const rows = page.getByRole('combobox', { name: pane('ro', 'row_pick') });
  await rows.waitFor();
  expect(await rows.locator('option').count()).toBeLessThanOrEqual(51);
  await page.getByRole('textbox', { name: pane('ro', 'row_search') }).fill('90000');
  const wanted = rows.locator('option', { hasText: 'rândul 90000 ·' });
  await wanted.waitFor({ state: 'attached' });
  expect(await rows.locator('option').count()).toBeLessThanOrEqual(51);
  await rows.selectOption({ label: (await wanted.textContent())! });
  await page.getByRole('list', { name: /rândul 90000/ }).waitFor();
  expect(errors).toEqual([]);
  await page.close();
});

test('Cancel stops the open: a notice, the previous file kept, and the next file opens', async () => {
  const { page, errors } = await freshPage();
  await pick(page, 'plan-100000.xlsx', big);
  await page.getByRole('button', { name: pane('ro', 'open_cancel') }).click();
  await page.getByText(pane('ro', 'open_cancelled')).waitFor();
  await expect(page.getByRole('button', { name: pane('ro', 'open_cancel') }).count()).resolves.toBe(0);
  expect(await longestGap(page)).toBeLessThan(MAX_GAP_MS);
  // Still on the sample, which still answers.
  await page.getByText(pane('ro', 'current_file', { name: SAMPLE })).waitFor();
  await page.getByRole('button', { name: /Mergi la celula D24/ }).click();
  await page.getByText('Celula selectată: Raport S1 2020!D24 = „Trimestrul IV, 2019”').waitFor();
  // The next file opens, in a new worker.
  await pick(page, 'again.xlsx', readFileSync(join(ROOT, 'samples', SAMPLE)));
  await page.getByText(pane('ro', 'current_file', { name: 'again.xlsx' })).waitFor();
  await page.getByText(/29 de acțiuni · \d+ erori/).waitFor();
  await expect(page.getByText(pane('ro', 'open_cancelled')).count()).resolves.toBe(0);
  expect(errors).toEqual([]);
  await page.close();
});

test('Cancel before any file is open leaves the file bar, from which a file opens', async () => {
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  // The sample is held back until the open has been cancelled.
  let release = () => undefined as void;
  const held = new Promise<void>((r) => (release = r));
  await page.route('**/sample.xlsx', async (route) => {
    await held;
    await route.continue();
  });
  await page.goto(`${session.url}taskpane.html`);
  await trySample(page);
  await page.getByText(pane('ro', 'opening_reading', { name: SAMPLE })).waitFor();
  await page.getByRole('button', { name: pane('ro', 'open_cancel') }).click();
  await page.getByText(pane('ro', 'open_cancelled')).waitFor();
  release();
  await pick(page, 'again.xlsx', readFileSync(join(ROOT, 'samples', SAMPLE)));
  await page.getByText(pane('ro', 'current_file', { name: 'again.xlsx' })).waitFor();
  await page.getByText(/29 de acțiuni · \d+ erori/).waitFor();
  expect(errors).toEqual([]);
  await page.close();
});

/** Rewrites the declared uncompressed size of every entry in the zip's central directory (APPNOTE 4.3.12). */
function declareSize(zip: Uint8Array, size: number): Buffer {
  const out = Buffer.from(zip);
  for (let i = 0; i + 46 <= out.length; i++) if (out.readUInt32LE(i) === 0x02014b50) out.writeUInt32LE(size, i + 24);
  return out;
}

test.each([
  [
    'a cell at row 2,147,483,647',
    () => Buffer.from(rawXlsx([{ name: 'Plan', rows: planRows(3) + row(2147483647, str('A2147483647', 'x')) }])),
    fileErrorMessage('ro', 'beyond_excel', { sheet: 'Plan', cell: 'A2147483647' }),
  ],
  [
    'a tiny zip declaring a 4 GB sheet',
    () => declareSize(rawXlsx([{ name: 'Plan', rows: planRows(3) }]), 0xffffffff),
    fileErrorMessage('ro', 'part_too_large', { part: '[Content_Types].xml', size: formatBytes(0xffffffff), limit: formatBytes(DEFAULT_LIMITS.partBytes) }),
  ],
])('%s is refused in the pane with its cause, the page answering', async (_, build, message) => {
  const { page, errors } = await freshPage();
  await pick(page, 'hostile.xlsx', build());
  await page.getByText(pane('ro', 'file_error', { message })).waitFor();
  expect(await longestGap(page)).toBeLessThan(MAX_GAP_MS);
  await page.getByText(pane('ro', 'current_file', { name: SAMPLE })).waitFor();
  expect(errors).toEqual([]);
  await page.close();
});
