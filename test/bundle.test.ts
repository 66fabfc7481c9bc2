import { readFileSync, readdirSync } from 'fs';
import { join } from 'path';
import { gzipSync } from 'zlib';
import { WEB, ensureBuilt } from './helpers/serve';

const KB = 1024;

/** The scripts a page loads before anything is asked of it (lazy chunks excluded). */
function initialScripts(page: string): Buffer[] {
  const html = readFileSync(join(WEB, `${page}.html`), 'utf8');
  return [...html.matchAll(/<script[^>]+src="?([^"\s>]+)/g)]
    .map((m) => m[1])
    .filter((s) => !/^https?:/.test(s))
    .map((s) => readFileSync(join(WEB, s)));
}

beforeAll(() => ensureBuilt(), 600_000); // webpack takes minutes on a loaded machine

// Microsoft's React task-pane template, built here, is 167 KB gzipped, the last round's target. This round's
// first screen also carries what its Fix buttons need synchronously (the trackers' status vocabulary, the safe
// status edit): 168.7 KB measured after the period's grammar and the downloads moved to lazy chunks; the
// guard is 170 KB until the one-pass reader issue takes the budget down to 150 KB.
test("the task pane's initial JavaScript stays within 170 KB gzipped", () => {
  const scripts = initialScripts('taskpane');
  expect(scripts.length).toBeGreaterThan(0);
  const gzip = scripts.reduce((n, b) => n + gzipSync(b, { level: 9 }).length, 0);
  expect(gzip).toBeLessThanOrEqual(170 * KB);
});

test('the initial pane speaks Romanian, the default; English and Russian load when chosen', () => {
  const initial = initialScripts('taskpane')
    .map((b) => b.toString('utf8'))
    .join('\n');
  expect(initial).toContain('Foaia planului lipsește');
  expect(initial).not.toContain('Plan sheet missing');
  expect(initial).not.toContain('Столбец не найден');
  const lazy = readdirSync(WEB).filter((f) => /^lang-(en|ru)\./.test(f));
  expect(lazy).toHaveLength(2);
});

test('exceljs, docx and the template engine are not in the initial pane but in lazy chunks', () => {
  const initial = initialScripts('taskpane')
    .map((b) => b.toString('latin1'))
    .join('\n');
  expect(initial).not.toMatch(/xl\/worksheets\/sheet|ExcelJS/); // exceljs
  expect(initial).not.toMatch(/w:document|wordprocessingml/); // docx
  expect(initial).not.toMatch(/LiquidError|liquidjs/i); // liquidjs
  const all = readdirSync(WEB)
    .filter((f) => f.endsWith('.js'))
    .map((f) => readFileSync(join(WEB, f), 'latin1'))
    .join('\n');
  expect(all).toMatch(/wordprocessingml/);
  expect(all).toMatch(/LiquidError/);
});
