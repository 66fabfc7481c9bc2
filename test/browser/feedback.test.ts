import { BrowserContext, Page } from 'playwright-core';
import { changeMessage } from '../../src/core/messages/change-pane';
import { PaneKey, pane } from '../../src/core/messages/pane';
import { Lang } from '../../src/core/status';
import { PaneSession, openPane, routeToPane } from '../helpers/browser';
import { axe, langPage, openFile } from '../helpers/pane-walk';
import { MESSY_ROWS, richPackage } from '../helpers/rich-package';

/**
 * Issue 20, point 8: the result of an action is told where the officer looked, says what changed,
 * and goes after a few seconds; notices do not outlive their tab; the list of changes shows the
 * changed part of a long cell, not the whole cell. At 420 px, in ro and ru.
 */
jest.setTimeout(300_000);

/** A description of some 600 characters whose first sentence contradicts its status. */
const LONG =
  `Acțiunea nu a fost inițiată din lipsă de fonduri. ${'Grupul de lucru a analizat propunerile primite de la autoritățile publice locale și a pregătit nota informativă. '.repeat(5)}`.trim();
const EDITED = LONG.replace('nu a fost inițiată din lipsă de fonduri', 'a fost realizată integral');

let session: PaneSession;
let workbook: Uint8Array;

beforeAll(async () => {
  session = await openPane();
  workbook = await richPackage({ rows: MESSY_ROWS.map((r) => (r[0] === '1.15' ? [...r.slice(0, 5), LONG] : r)) });
}, 120_000);

afterAll(async () => {
  await session?.close();
});

async function start(lang: Lang): Promise<{ context: BrowserContext; page: Page; errors: string[] }> {
  const context = await session.browser.newContext({ viewport: { width: 420, height: 900 }, locale: lang === 'ro' ? 'ro-RO' : 'ru-RU' });
  context.setDefaultTimeout(60_000);
  await routeToPane(context, session.url);
  const { page, errors } = await langPage(context, session.url, lang);
  await openFile(page, lang, 'plan.xlsx', workbook);
  return { context, page, errors };
}

/** The headings of the finding groups, in order. */
const groupHeadings = (page: Page) => page.locator('h3').allTextContents();

/** The heading of the group shown right after the element, in document order ('' when none). */
const headingAfter = (page: Page, selector: string) =>
  page.evaluate((sel) => {
    const from = document.querySelector(sel);
    if (!from) return null;
    const after = Array.from(document.querySelectorAll('h3')).find((h) => from.compareDocumentPosition(h) & Node.DOCUMENT_POSITION_FOLLOWING);
    return after?.textContent ?? '';
  }, selector);

test.each(['ro', 'ru'] as Lang[])('%s: a fix is told beside its finding, saying what changed, for a few seconds', async (lang) => {
  const t = (k: PaneKey, p?: Record<string, string | number>) => pane(lang, k, p);
  const { context, page, errors } = await start(lang);
  const violations: string[] = [];

  // Fix all of one group: the result stands where the group was, before the group that followed it.
  const fixAll = page.getByRole('button', { name: t('fix_all', { count: 2 }) });
  const headings = await groupHeadings(page);
  const groupTitle = await fixAll.locator('xpath=..').locator('h3').textContent();
  const following = headings[headings.indexOf(groupTitle!) + 1] ?? '';
  await fixAll.click();
  const result = page.locator('[data-result]');
  await result.waitFor();
  const told = (await result.textContent())!;
  // It names the cells and what they now hold.
  expect(told).toMatch(/E14/);
  expect(told).toMatch(/E15/);
  expect(told).toContain(lang === 'ro' ? '„În proces de' : '«În proces de');
  await expect(headingAfter(page, '[data-result]')).resolves.toBe(following);
  // A screen reader hears it too, from a live region that was there before.
  await expect(page.locator('[aria-live="polite"]').first().textContent()).resolves.toBe(told);
  violations.push(...(await axe(page, 'fix all told')));
  // A few seconds later it has gone; the list of changes keeps what was done.
  await result.waitFor({ state: 'detached', timeout: 30_000 });
  await page.getByText(t('changes_made', { count: 2 })).waitFor();

  // One fix: "E8: „Realizatt” → „Realizată”" beside the finding that took its place.
  await page
    .getByRole('button', { name: t('apply_fix', { value: 'Realizată' }) })
    .first()
    .click();
  await result.waitFor();
  expect(await result.textContent()).toBe(
    changeMessage(lang, 'fixed_here', { change: changeMessage(lang, 'change_line', { cell: 'E8', before: 'Realizatt', after: 'Realizată' }) }),
  );

  // A long description edited: the changes list shows the changed words with a little context.
  await page.getByRole('button', { name: t('edit_cell', { cell: 'F18' }) }).click();
  await page.getByRole('textbox', { name: t('new_value') }).fill(EDITED);
  await page.getByRole('button', { name: t('write_cell') }).click();
  await page.getByText(t('changes_made', { count: 4 })).click();
  const lines = await page
    .locator('details', { hasText: t('changes_made', { count: 4 }) })
    .locator('li')
    .allTextContents();
  const long = lines.find((l) => l.startsWith('F18'))!;
  expect(long).toContain('nu a fost inițiată din lipsă de fonduri');
  expect(long).toContain('a fost realizată integral');
  expect(long.length).toBeLessThan(220);
  expect(lines.every((l) => l.length < 220)).toBe(true);
  violations.push(...(await axe(page, 'changes')));

  // The undo is answered beside the undo button, not in the bar at the top.
  await page.getByRole('button', { name: t('undo') }).click();
  // Shown (the last of the two: the live region comes first) and heard.
  const undone = page.getByText(`${t('undone', { label: '' }).replace(/\.$/, '')}F18`).last();
  await undone.waitFor();
  const toolbar = await page.getByRole('group', { name: t('tab_validate') }).boundingBox();
  expect((await undone.boundingBox())!.y).toBeGreaterThan(toolbar!.y);
  // And it does not follow the officer to another tab.
  await page.getByRole('tab', { name: t('tab_statistics') }).click();
  await page.getByRole('radiogroup').waitFor();
  await expect(page.getByText(`${t('undone', { label: '' }).replace(/\.$/, '')}F18`).count()).resolves.toBe(0);
  expect(violations).toEqual([]);
  expect(errors).toEqual([]);
  await context.close();
});

test.each(['ro', 'ru'] as Lang[])('%s: "settings saved" is said beside the save button, and stays on the Settings tab', async (lang) => {
  const t = (k: PaneKey, p?: Record<string, string | number>) => pane(lang, k, p);
  const { context, page, errors } = await start(lang);
  await page.getByRole('tab', { name: t('tab_settings') }).click();
  const save = page.getByRole('button', { name: t('save_settings') });
  await page.getByRole('textbox', { name: t('plan_year') }).fill('2022');
  await save.click();
  const saved = page.getByText(t('settings_saved'));
  await saved.waitFor();
  const button = (await save.boundingBox())!;
  const said = (await saved.boundingBox())!;
  // Right under the button: within a line or two of it.
  expect(said.y).toBeGreaterThanOrEqual(button.y);
  expect(said.y - (button.y + button.height)).toBeLessThan(60);
  expect(await axe(page, 'settings saved')).toEqual([]);
  await page.getByRole('tab', { name: t('tab_report') }).click();
  await page.getByTestId('preview').waitFor();
  await expect(page.getByText(t('settings_saved')).count()).resolves.toBe(0);
  expect(errors).toEqual([]);
  await context.close();
});
