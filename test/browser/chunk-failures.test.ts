import { fileErrorMessage } from '../../src/core/messages';
import { pane } from '../../src/core/messages/pane';
import { PaneSession, openPane, routeToPane, trySample } from '../helpers/browser';

/**
 * Chunks that do not arrive (offline, or a new version deployed under the open pane). English and
 * Russian messages are chunks of their own, loaded before they are shown: without them the pane
 * works in Romanian and says why, rather than staying blank. The standalone file reader is a
 * worker script: without it the pane says the reader stopped, rather than "reading" for ever.
 */
let session: PaneSession;

beforeAll(async () => {
  session = await openPane();
}, 600_000);

afterAll(async () => {
  await session?.close();
});

async function pageIn(locale: string, block: RegExp | null) {
  const context = await session.browser.newContext({ viewport: { width: 420, height: 900 }, locale });
  context.setDefaultTimeout(60_000);
  await routeToPane(context, session.url, { block: block ?? undefined });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${session.url}taskpane.html`);
  return { context, page, errors };
}

test('an English browser gets the English pane, its messages loaded first', async () => {
  const { context, page, errors } = await pageIn('en-US', null);
  await trySample(page, 'en');
  await page.getByText(/29 actions · \d+ errors/).waitFor();
  await page.getByRole('tab', { name: pane('en', 'tab_settings') }).waitFor();
  expect(errors).toEqual([]);
  await context.close();
}, 120_000);

test('when the English messages cannot load, the pane works in Romanian and says why', async () => {
  const { context, page, errors } = await pageIn('en-US', /\/lang-en\.[0-9a-f]+\.js$/);
  await trySample(page, 'ro');
  await page.getByText(/29 de acțiuni · \d+ erori/).waitFor();
  await page.getByText(pane('ro', 'lang_unavailable')).waitFor();
  // Choosing English again fails the same way, without leaving a half-English screen.
  await page.getByRole('combobox', { name: pane('ro', 'language') }).selectOption('en');
  await page.getByText(pane('ro', 'lang_unavailable')).waitFor();
  await expect(page.getByRole('combobox', { name: pane('ro', 'language') }).inputValue()).resolves.toBe('ro');
  expect(errors).toEqual([]);
  await context.close();
}, 120_000);

test("when the file reader's script cannot load, the pane says the reader stopped instead of reading for ever", async () => {
  const { context, page, errors } = await pageIn('ro-RO', /\/workbook\.[0-9a-f]+\.js$/);
  await trySample(page, 'ro');
  const stopped = fileErrorMessage('ro', 'reader_stopped', { detail: '' }).split('(')[0].trim();
  await page.getByText(stopped, { exact: false }).waitFor();
  await page.getByRole('button', { name: pane('ro', 'open_file') }).waitFor();
  expect(errors).toEqual([]);
  await context.close();
}, 120_000);
