import { mkdirSync } from 'fs';
import { join } from 'path';
import { Page } from 'playwright-core';
import { comparePane } from '../../src/core/messages/compare-pane';
import { PaneKey, pane } from '../../src/core/messages/pane';
import { Lang } from '../../src/core/status';
import { PaneSession, openPane } from '../helpers/browser';
import { englishOnlyPieces, inspect, langPage, openFile } from '../helpers/pane-walk';
import { MESSY_ROWS, richPackage } from '../helpers/rich-package';
import { ROOT } from '../helpers/serve';

/**
 * Issue 20, point 7: a Romanian or Russian screen shows no program key (finding codes, column
 * roles), no English from the catalog, no doubled punctuation and no control named in English,
 * in every view: Validate with its sections, the editors and the actions menu, Statistics by each
 * grouping, Report with its dialog, Compare, Settings with the reading view. Each view is also
 * checked by axe. Screenshots of each tab at 420 px go to test-results/.
 */
jest.setTimeout(400_000);

const SHOTS = join(ROOT, 'test-results');
let session: PaneSession;
let messy: Uint8Array;
const english = englishOnlyPieces();

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  session = await openPane();
  messy = await richPackage({ rows: MESSY_ROWS });
}, 120_000);

afterAll(async () => {
  await session?.close();
});

test('the English pieces looked for are many, and none is also Romanian or Russian', () => {
  expect(english.length).toBeGreaterThan(300);
  expect(english).toContain('Not started');
});

const tab = (page: Page, lang: Lang, name: PaneKey) => page.getByRole('tab', { name: pane(lang, name) }).click();
/** What an officer sees at once: the first 900 px of the pane at 420 px. */
const shot = (page: Page, lang: Lang, name: string) => page.screenshot({ path: join(SHOTS, `walk-${lang}-${name}.png`) });

test.each(['ro', 'ru'] as Lang[])('%s: every view speaks the language, without keys, English or doubled punctuation', async (lang) => {
  const context = await session.browser.newContext({ viewport: { width: 420, height: 900 }, locale: lang === 'ro' ? 'ro-RO' : 'ru-RU' });
  context.setDefaultTimeout(60_000);
  const { routeToPane } = await import('../helpers/browser');
  await routeToPane(context, session.url);
  const { page, errors } = await langPage(context, session.url, lang);
  const problems: string[] = [];
  const look = async (where: string) => problems.push(...(await inspect(page, where, english)));

  await openFile(page, lang, 'plan.xlsx', messy);
  await look('validate');
  await shot(page, lang, 'validate');
  // The status editor, the deadline editor, the unit editor with its list open.
  await page.getByRole('button', { name: pane(lang, 'edit_cell', { cell: 'E7' }) }).click();
  await page.getByRole('form', { name: pane(lang, 'edit_cell', { cell: 'E7' }) }).waitFor();
  await look('validate: status editor');
  await page.getByRole('button', { name: pane(lang, 'edit_cell', { cell: 'D9' }) }).click();
  await page.getByRole('textbox', { name: pane(lang, 'new_value') }).fill('Trimestrul IV 2022');
  await look('validate: deadline editor');
  await page.getByRole('button', { name: pane(lang, 'edit_cell', { cell: 'C14' }) }).click();
  await page.getByRole('combobox', { name: pane(lang, 'new_value') }).click();
  await page.getByRole('listbox').waitFor();
  await look('validate: unit editor, list open');
  await page.keyboard.press('Escape');
  // A fix: its result beside the finding, and the list of changes.
  await page
    .getByRole('button', { name: new RegExp(`^${pane(lang, 'apply_fix', { value: '' })}`) })
    .first()
    .click();
  await page
    .locator('details', { hasText: pane(lang, 'changes_made', { count: 1 }) })
    .locator('summary')
    .click();
  await look('validate: after a fix, changes open');
  await page.locator('summary', { hasText: pane(lang, 'rows_title') }).click();
  await page.getByRole('combobox', { name: pane(lang, 'row_pick') }).waitFor();
  await look('validate: row editor');
  const more = page.getByRole('button', { name: pane(lang, 'more_actions') });
  if (await more.count()) {
    await more.click();
    await page.getByRole('menu').waitFor();
    await look('validate: actions menu');
    await page.keyboard.press('Escape');
  } else problems.push('validate: no actions menu');

  await tab(page, lang, 'tab_statistics');
  for (const by of ['by_objective', 'by_area', 'by_responsible'] as PaneKey[]) {
    await page.getByRole('radio', { name: pane(lang, by) }).check();
    await page.getByRole('list', { name: pane(lang, by) }).waitFor();
    await look(`statistics: ${by}`);
    await shot(page, lang, `statistics-${by}`);
  }

  await tab(page, lang, 'tab_report');
  await page.getByTestId('preview').locator('p').first().waitFor();
  await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
  await look('report');
  await shot(page, lang, 'report');
  await page.getByRole('button', { name: pane(lang, 'restore_default') }).click();
  await page.getByRole('dialog').waitFor();
  await look('report: restore dialog');
  await page.keyboard.press('Escape');
  await page.getByRole('dialog').waitFor({ state: 'detached' });

  await tab(page, lang, 'tab_compare');
  await page
    .getByRole('button', { name: comparePane(lang, 'open_previous') })
    .first()
    .waitFor();
  await look('compare');
  await shot(page, lang, 'compare');

  await tab(page, lang, 'tab_settings');
  // A column's role chosen by hand: the settings then show it.
  const role = page.getByRole('combobox', { name: pane(lang, 'reading_role_of', { column: 'F' }) });
  await role.click();
  await look('settings: a role list open');
  await page.getByRole('option').nth(11).click();
  await page.getByRole('button', { name: pane(lang, 'reading_reset') }).waitFor();
  await look('settings: a column chosen');
  await shot(page, lang, 'settings');

  expect(problems).toEqual([]);
  expect(errors).toEqual([]);
  await context.close();
});
