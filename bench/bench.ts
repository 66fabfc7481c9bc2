/**
 * npm run bench [-- --json FILE] [--quick]
 * Generates realistic plans of two shapes (short narratives in their own column; a real report's
 * 500–1,500-character narratives glued after the status) at 1,000, 10,000 and 100,000 rows and
 * prints every performance target of the project with its figure and met / missed: the engine
 * against a bare pass, the command line against exceljs loading the same file, the Excel path's
 * syncs and largest response, the task pane's initial JavaScript and its time to first findings;
 * then the hostile files of issue 15 through the command line, with their time and peak memory.
 *
 * Measures that hold on a shared machine: the engine is timed in CPU time (process.cpuUsage), the
 * command line in wall and CPU time of fresh processes, each run interleaved with the run it is
 * compared with, medians throughout.
 */
import { spawnSync } from 'child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, statSync, writeFileSync } from 'fs';
import { cpus, loadavg, tmpdir, totalmem } from 'os';
import { basename, join } from 'path';
import { gzipSync } from 'zlib';
import ExcelJS from 'exceljs';
import { analyzeWorkbook } from '../src/core/analyze';
import { SheetGrid, cellText, parseAddress } from '../src/core/grid';
import { buildContext, renderTemplate, DEFAULT_TEMPLATES } from '../src/core/narrative';
import { ALL_CAPABILITIES, ExcelHost } from '../src/excel/excel-host';
import { enforceStatuses, validate } from '../src/host/commands';
import { generateReport } from '../src/host/generate';
import { defaultSettings } from '../src/host/settings';
import { DocumentSettings, SyncCounter, WorkbookDouble as FakeWorkbookModel, excelRun as fakeRun } from '../test/helpers/excel-double';
import { DEFAULT_LIMITS } from '../src/xlsx/limits';
import { pane as paneText } from '../src/core/messages/pane';
import { GeneratedPlan, generateLongPlan, generatePlan } from './generate';
import { hostileCases } from './hostile';

const { ROOT } = require('../test/helpers/serve') as typeof import('../test/helpers/serve');
const args = process.argv.slice(2);
const quick = args.includes('--quick');
const jsonOut = args.includes('--json') ? args[args.indexOf('--json') + 1] : null;
const SIZES = quick ? [1_000, 10_000] : [1_000, 10_000, 100_000];
const SHAPES = { short: (n: number) => generatePlan(n), long: (n: number) => generateLongPlan(n) };
type Shape = keyof typeof SHAPES;

const TARGET = {
  cliRatio: 1.3,
  coreUsPerRow: 10,
  growth: 11,
  initialGzipKB: 167,
  responseBytes: 5 * 1024 * 1024,
  firstFindingsMs: 600,
  pickerMs: 1_500,
  openGapMs: 1_000,
};

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const cpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
/** Median CPU milliseconds of each function, the runs of each interleaved. */
function interleaved(fns: (() => void)[], runs: number): number[] {
  const ms = fns.map(() => [] as number[]);
  for (let i = 0; i < runs; i++)
    fns.forEach((fn, k) => {
      const t = cpuMs();
      fn();
      ms[k].push(cpuMs() - t);
    });
  return ms.map(median);
}
const runsFor = (n: number) => (n >= 100_000 ? 5 : n >= 10_000 ? 9 : 21);

function gridOf(plan: GeneratedPlan): SheetGrid {
  const merges = plan.merges.map((m) => {
    const [a, b] = m.split(':').map((x) => parseAddress(x)!);
    return { top: a.row, left: a.col, bottom: b.row, right: b.col };
  });
  return { name: 'Plan', rows: plan.rows, merges };
}

/** The plan of this shape with as many actions as fit in the command line's row limit. */
function withinRowLimit(shape: Shape, n: number): GeneratedPlan {
  // Headings take about one row in twenty; step down until the sheet fits.
  for (let actions = Math.floor((DEFAULT_LIMITS.rows - 3) / 1.05); ; actions -= 50) {
    const p = SHAPES[shape](Math.min(n, actions));
    if (p.rows.length <= DEFAULT_LIMITS.rows) return p;
  }
}

function bare(grid: SheetGrid): number {
  let n = 0;
  for (const row of grid.rows) for (const v of row) n += cellText(v).length;
  return n;
}

async function writeXlsx(grid: SheetGrid, file: string) {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(grid.name);
  for (const row of grid.rows) ws.addRow(row);
  for (const m of grid.merges ?? []) ws.mergeCells(m.top + 1, m.left + 1, m.bottom + 1, m.right + 1);
  await wb.xlsx.writeFile(file);
}

/** A fresh Node process: wall milliseconds, and its CPU milliseconds (reported at exit by cpu-at-exit.js). */
function spawnTimed(argv: string[]): { wall: number; cpu: number } {
  const t = process.hrtime.bigint();
  const r = spawnSync(process.execPath, ['--require', join(ROOT, 'bench', 'cpu-at-exit.js'), ...argv], {
    stdio: ['ignore', 'ignore', 'pipe'],
    maxBuffer: 1 << 30,
  });
  const wall = Number(process.hrtime.bigint() - t) / 1e6;
  const stderr = r.stderr.toString();
  if (r.status !== 0 && r.status !== 1) throw new Error(`${argv.join(' ')} exited ${r.status}: ${stderr}`);
  const cpu = /cpu-ms (\d+(?:\.\d+)?)/.exec(stderr);
  if (!cpu) throw new Error(`${argv.join(' ')} did not report its CPU time`);
  return { wall, cpu: Number(cpu[1]) };
}

/** The command line and exceljs alone on the same file, runs interleaved. */
function cliAgainstLoad(file: string, runs: number) {
  const cli: { wall: number; cpu: number }[] = [];
  const load: { wall: number; cpu: number }[] = [];
  for (let i = 0; i < runs; i++) {
    cli.push(spawnTimed([join(ROOT, 'bin', 'action-plan-report.js'), 'check', file, '--json']));
    load.push(spawnTimed([join(ROOT, 'bench', 'load-only.js'), file]));
  }
  const m = (xs: { wall: number; cpu: number }[], k: 'wall' | 'cpu') => median(xs.map((x) => x[k]));
  return {
    fileMB: statSync(file).size / 2 ** 20,
    cliMs: m(cli, 'wall'),
    loadMs: m(load, 'wall'),
    ratio: m(cli, 'wall') / m(load, 'wall'),
    cliCpuMs: m(cli, 'cpu'),
    loadCpuMs: m(load, 'cpu'),
    cpuRatio: m(cli, 'cpu') / m(load, 'cpu'),
  };
}

/** An Excel host over the counting fake, and the largest response it read in UTF-8 bytes of JSON. */
function excelHostOver(plan: GeneratedPlan) {
  const model = new FakeWorkbookModel();
  model.addSheet('Plan', plan.rows, plan.merges);
  const counter = new SyncCounter();
  const host = new ExcelHost(fakeRun(model, counter), new DocumentSettings().runtime(), ALL_CAPABILITIES);
  // The double counts every response in UTF-8 bytes, as Office sends them; the plan's cells as JSON are what must cross at least once.
  const utf8 = {
    get largest() {
      return counter.largestResponse;
    },
    total: Buffer.byteLength(JSON.stringify(plan.rows)),
  };
  return { host, counter, utf8 };
}

async function addinCounts(n: number) {
  const { host, counter } = excelHostOver(generatePlan(n));
  const measure = async (fn: () => Promise<unknown>) => {
    counter.reset();
    await fn();
    return { syncs: counter.syncs, request: counter.largestRequest, response: counter.largestResponse };
  };
  const a = await validate(host, defaultSettings(), 'ro');
  return {
    validate: await measure(() => validate(host, defaultSettings(), 'ro')),
    enforceStatuses: await measure(() => enforceStatuses(host, a, defaultSettings(), 'ro')),
    generateReport: await measure(() => generateReport(host, defaultSettings(), 'ro')),
  };
}

/** Validate through the Excel path on 3,000 rows of 1,000-character narratives. */
async function excelLongNarratives() {
  const plan = generateLongPlan(3_000, 3, 1_000, 1_000);
  const { host, counter, utf8 } = excelHostOver(plan);
  counter.reset();
  const a = await validate(host, defaultSettings(), 'ro');
  if (a.rows.length !== 3_000) throw new Error(`the Excel path read ${a.rows.length} rows of 3000`);
  // Two syncs before any chunk (the sheet list; sizes, merges and head rows), then as few chunks as
  // the bytes allow at 5 MB each.
  const fewest = 2 + Math.ceil(utf8.total / TARGET.responseBytes);
  return { rows: 3_000, syncs: counter.syncs, fewestSyncs: fewest, largestResponseUtf8: utf8.largest, totalUtf8: utf8.total, responsesUtf8: counter.responses };
}

function bundles() {
  const web = join(ROOT, 'dist', 'web');
  if (!existsSync(join(web, 'taskpane.html'))) return null;
  const out: Record<string, { raw: number; gzip: number; files: { name: string; gzip: number }[] }> = {};
  for (const page of ['taskpane', 'commands', 'dialog']) {
    const html = readFileSync(join(web, `${page}.html`), 'utf8');
    const scripts = [...html.matchAll(/<script[^>]+src="?([^"\s>]+)/g)].map((m) => m[1]).filter((s) => !s.startsWith('http'));
    const files = scripts.map((s) => ({ name: s, bytes: readFileSync(join(web, s)) }));
    const gz = files.map((f) => ({ name: f.name.replace(/\.[0-9a-f]{8}\.js$/, '.js'), gzip: gzipSync(f.bytes, { level: 9 }).length }));
    out[page] = { raw: files.reduce((n, f) => n + f.bytes.length, 0), gzip: gz.reduce((n, f) => n + f.gzip, 0), files: gz };
  }
  const lazy = readdirSync(web)
    .filter((f) => f.endsWith('.js') && !Object.values(out).some((p) => p.files.some((x) => x.name === f.replace(/\.[0-9a-f]{8}\.js$/, '.js'))))
    .map((f) => f.replace(/\.[0-9a-f]{8}\.js$/, ''));
  return { initial: out, lazy };
}

/** Median time to the first findings on the sample, and the time from picking a 3,000-row file to its findings. */
async function paneTimes(dir: string): Promise<{ sampleMs: number[]; pickerMs: number[]; openGapMs: number; openMs: number; openActions: string } | null> {
  if (!existsSync('/usr/bin/chromium') || !existsSync(join(ROOT, 'dist', 'web', 'taskpane.html'))) return null;
  const picked = join(dir, 'plan-3000.xlsx');
  await writeXlsx(gridOf(generateLongPlan(3_000, 5)), picked);
  const { chromium } = await import('playwright-core');
  const { serveWeb } = await import('../test/helpers/serve');
  const { routeToPane } = await import('../test/helpers/browser');
  const { url, server } = await serveWeb();
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--headless', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
  const sampleMs: number[] = [];
  const pickerMs: number[] = [];
  let opened: { gapMs: number; openMs: number; actions: string };
  // Timed inside the page: when the summary line first shows, and when a file was picked.
  const probe = () => {
    const w = window as unknown as { __marks: Record<string, number> };
    w.__marks = {};
    new MutationObserver(() => {
      const text = document.body?.innerText ?? '';
      if (!w.__marks.sample && /29 de acțiuni · \d+ erori/.test(text)) w.__marks.sample = performance.now();
      if (!w.__marks.picked && /3[\s.\u00a0\u202f]?000 de acțiuni · \d+ erori/.test(text)) w.__marks.picked = performance.now();
    }).observe(document, { childList: true, subtree: true, characterData: true });
    document.addEventListener('change', () => (w.__marks.change = performance.now()), true);
  };
  try {
    for (let i = 0; i < 9; i++) {
      const context = await browser.newContext({ locale: 'ro-RO', viewport: { width: 420, height: 900 } });
      context.setDefaultTimeout(120_000);
      await context.addInitScript(probe);
      await routeToPane(context, url);
      const page = await context.newPage();
      await page.goto(`${url}taskpane.html`);
      // The pane opens empty; the sample opens on request.
      await page.getByRole('button', { name: paneText('ro', 'try_sample') }).click();
      await page.waitForFunction(() => (window as unknown as { __marks: Record<string, number> }).__marks.sample);
      sampleMs.push(await page.evaluate(() => (window as unknown as { __marks: Record<string, number> }).__marks.sample));
      if (i < 5) {
        await page
          .getByLabel(/Deschide/)
          .first()
          .setInputFiles(picked);
        await page.waitForFunction(() => (window as unknown as { __marks: Record<string, number> }).__marks.picked);
        pickerMs.push(
          await page.evaluate(() => {
            const m = (window as unknown as { __marks: Record<string, number> }).__marks;
            return m.picked - m.change;
          }),
        );
      }
      await context.close();
    }
    const largest = join(dir, 'plan-short-100000.xlsx');
    if (!existsSync(largest)) await writeXlsx(gridOf(withinRowLimit('short', 100_000)), largest); // --quick
    opened = await openLargest(browser, url, routeToPane, largest);
  } finally {
    await browser.close();
    server.close();
  }
  return { sampleMs, pickerMs, openGapMs: opened.gapMs, openMs: opened.openMs, openActions: opened.actions };
}

/**
 * The largest plan the pane accepts, picked in standalone mode: the longest the page's thread stopped
 * answering (a 50 ms heartbeat) from the pick until the file is open, and how long the open took.
 */
async function openLargest(
  browser: import('playwright-core').Browser,
  url: string,
  routeToPane: typeof import('../test/helpers/browser').routeToPane,
  file: string,
): Promise<{ gapMs: number; openMs: number; actions: string }> {
  const name = basename(file);
  const context = await browser.newContext({ locale: 'ro-RO', viewport: { width: 420, height: 900 } });
  context.setDefaultTimeout(240_000);
  await context.addInitScript(
    (opened: string) => {
      const w = window as unknown as { __beat: { ticks: number[]; from: number; open: number } };
      w.__beat = { ticks: [], from: 0, open: 0 };
      setInterval(() => w.__beat.ticks.push(performance.now()), 50);
      document.addEventListener('change', () => (w.__beat.from = performance.now()), true);
      new MutationObserver(() => {
        if (w.__beat.from && !w.__beat.open && document.body?.textContent?.includes(opened)) w.__beat.open = performance.now();
      }).observe(document, { childList: true, subtree: true, characterData: true });
    },
    paneText('ro', 'current_file', { name }),
  );
  await routeToPane(context, url);
  const page = await context.newPage();
  await page.goto(`${url}taskpane.html`);
  await page.getByRole('button', { name: paneText('ro', 'try_sample') }).click();
  await page.getByText(/29 de acțiuni · \d+ erori/).waitFor();
  await page
    .getByLabel(/Deschide/)
    .first()
    .setInputFiles(file);
  await page.waitForFunction(() => (window as unknown as { __beat: { open: number } }).__beat.open, undefined, { timeout: 240_000 });
  const actions =
    (await page
      .getByText(/de acțiuni · \d+ erori/)
      .first()
      .textContent({ timeout: 240_000 })) ?? '';
  const { gapMs, openMs } = await page.evaluate(() => {
    const { ticks, from, open } = (window as unknown as { __beat: { ticks: number[]; from: number; open: number } }).__beat;
    const times = [from, ...ticks.filter((t) => t > from && t < open), open];
    let gap = 0;
    for (let i = 1; i < times.length; i++) gap = Math.max(gap, times[i] - times[i - 1]);
    return { gapMs: Math.round(gap), openMs: Math.round(open - from) };
  });
  await context.close();
  return { gapMs, openMs, actions: actions.split('·')[0].trim() };
}

async function main() {
  const benchStarted = Date.now();
  const machine = {
    cpu: cpus()[0]?.model ?? '?',
    cores: cpus().length,
    memoryGiB: Math.round(totalmem() / 2 ** 30),
    node: process.version,
    date: new Date().toISOString(),
    loadAverage: loadavg()[0],
  };
  const dir = mkdtempSync(join(tmpdir(), 'apr-bench-'));
  type CoreRow = { rows: number; bareMs: number; coreMs: number; ratio: number; usPerRow: number };
  const core: Record<Shape, Record<number, CoreRow>> = { short: {}, long: {} };
  const cli: Record<Shape, Record<number, ReturnType<typeof cliAgainstLoad> & { actions: number; sheetRows: number }>> = { short: {}, long: {} };
  const addin: Record<number, Awaited<ReturnType<typeof addinCounts>>> = {};
  let narrativeMs = 0;
  for (const shape of Object.keys(SHAPES) as Shape[]) {
    for (const n of SIZES) {
      const plan = SHAPES[shape](n);
      const grid = gridOf(plan);
      const workbook = { sheets: [grid] };
      const analysis = analyzeWorkbook(workbook);
      if (analysis.rows.length !== n) throw new Error(`${shape}: read ${analysis.rows.length} rows of ${n}`);
      const [bareMs, coreMs] = interleaved([() => bare(grid), () => analyzeWorkbook(workbook)], runsFor(n));
      core[shape][n] = { rows: n, bareMs, coreMs, ratio: coreMs / bareMs, usPerRow: (coreMs * 1000) / n };
      if (shape === 'short' && n === 10_000) {
        narrativeMs = interleaved(
          [
            () => {
              if (!renderTemplate(DEFAULT_TEMPLATES.ro, buildContext(analysis, 'ro')).ok) throw new Error('narrative failed');
            },
          ],
          9,
        )[0];
      }
      const file = join(dir, `plan-${shape}-${n}.xlsx`);
      // The command line refuses sheets over its row limit (issue 15): the largest file it reads has that many rows.
      const filePlan = plan.rows.length > DEFAULT_LIMITS.rows ? withinRowLimit(shape, n) : plan;
      await writeXlsx(filePlan === plan ? grid : gridOf(filePlan), file);
      cli[shape][n] = { ...cliAgainstLoad(file, n >= 100_000 ? 3 : 5), actions: filePlan.actions, sheetRows: filePlan.rows.length };
      if (shape === 'short') addin[n] = await addinCounts(n);
      process.stderr.write(`  ${shape} ${n} rows done\n`);
    }
  }
  const growth = (shape: Shape) => (core[shape][100_000] ? core[shape][100_000].coreMs / core[shape][10_000].coreMs : null);
  const excel = await excelLongNarratives();
  const pane = { bundles: bundles(), times: await paneTimes(dir) };
  const hostile = await hostileCases(dir, ROOT);
  const firstFindingsMs = pane.times ? median(pane.times.sampleMs) : null;
  const pickerMs = pane.times ? median(pane.times.pickerMs) : null;

  const f = (x: number, d = 1) => x.toFixed(d);
  const verdict = (ok: boolean | null) => (ok === null ? 'not measured' : ok ? 'MET' : 'MISSED');
  const targets: { target: string; figure: string; met: boolean | null }[] = [];
  for (const shape of Object.keys(SHAPES) as Shape[]) {
    for (const n of SIZES.filter((x) => x >= 10_000)) {
      const c = cli[shape][n];
      targets.push({
        target: `CLI check ≤ ${TARGET.cliRatio}× exceljs load, ${shape} narratives, ${n} rows${c.actions !== n ? ` (file of ${c.actions} actions, ${c.sheetRows} sheet rows: the row limit)` : ''}`,
        figure: `${f(c.ratio, 2)}× wall (${f(c.cliMs, 0)} / ${f(c.loadMs, 0)} ms); ${f(c.cpuRatio, 2)}× CPU`,
        met: c.ratio <= TARGET.cliRatio,
      });
    }
    for (const n of SIZES.filter((x) => x >= 10_000)) {
      const c = core[shape][n];
      targets.push({
        target: `core ≤ ${TARGET.coreUsPerRow} µs a row, ${shape} narratives, ${n} rows`,
        figure: `${f(c.usPerRow, 2)} µs a row (${f(c.ratio, 0)}× the bare pass)`,
        met: c.usPerRow <= TARGET.coreUsPerRow,
      });
    }
    const g = growth(shape);
    targets.push({
      target: `core linear, ${shape}: 10× rows ≤ ${TARGET.growth}× time`,
      figure: g === null ? 'n/a (--quick)' : `${f(g, 2)}×`,
      met: g === null ? null : g <= TARGET.growth,
    });
  }
  const initial = pane.bundles?.initial.taskpane ?? null;
  targets.push({
    target: `initial task-pane JS ≤ ${TARGET.initialGzipKB} KB gzipped`,
    figure: initial ? `${f(initial.gzip / 1024)} KB (${initial.files.map((x) => `${x.name} ${f(x.gzip / 1024)}`).join(', ')})` : 'not built',
    met: initial ? initial.gzip <= TARGET.initialGzipKB * 1024 : null,
  });
  targets.push({
    target: 'Excel path, validate 3,000 rows of 1,000-character narratives: largest response ≤ 5 MB, fewest syncs',
    figure: `${excel.syncs} syncs (fewest possible ${excel.fewestSyncs}), largest response ${f(excel.largestResponseUtf8 / 2 ** 20, 2)} MB UTF-8`,
    met: excel.largestResponseUtf8 <= TARGET.responseBytes && excel.syncs <= excel.fewestSyncs,
  });
  targets.push({
    target: `first findings on screen ≤ ${TARGET.firstFindingsMs} ms, sample, standalone, median of 9 loads`,
    figure: firstFindingsMs === null ? 'no chromium or no build' : `${f(firstFindingsMs, 0)} ms (${pane.times!.sampleMs.map((x) => f(x, 0)).join(', ')})`,
    met: firstFindingsMs === null ? null : firstFindingsMs <= TARGET.firstFindingsMs,
  });
  targets.push({
    target: `first findings ≤ ${TARGET.pickerMs} ms, 3,000-row plan through the file picker, median of 5`,
    figure: pickerMs === null ? 'no chromium or no build' : `${f(pickerMs, 0)} ms (${pane.times!.pickerMs.map((x) => f(x, 0)).join(', ')})`,
    met: pickerMs === null ? null : pickerMs <= TARGET.pickerMs,
  });
  targets.push({
    target: `the page answers while the largest plan opens in standalone: longest main-thread gap ≤ ${TARGET.openGapMs} ms (50 ms heartbeat)`,
    figure: pane.times
      ? `${pane.times.openGapMs} ms over a ${f(pane.times.openMs / 1000)} s open of plan-short-100000.xlsx (${pane.times.openActions})`
      : 'no chromium or no build',
    met: pane.times ? pane.times.openGapMs <= TARGET.openGapMs : null,
  });

  const result = {
    machine,
    targets,
    core,
    cli,
    narrative10kMs: narrativeMs,
    addin,
    excelLongNarratives: excel,
    pane: { bundles: pane.bundles, times: pane.times, firstFindingsMs, pickerMs },
    hostile,
  };
  const lines = [
    `Action Plan Report benchmark · ${machine.date} · ${machine.cpu} × ${machine.cores} · ${machine.memoryGiB} GiB · Node ${machine.node} · load average ${f(machine.loadAverage)}`,
    '',
    'shape | rows   | core CPU ms | bare pass ms | core ÷ bare | µs a row | check ms | exceljs load ms | cli ÷ load | cli ÷ load (CPU) | file MB',
    '------|--------|-------------|--------------|-------------|----------|----------|-----------------|------------|------------------|--------',
    ...(Object.keys(SHAPES) as Shape[]).flatMap((s) =>
      SIZES.map((n) => {
        const c = core[s][n];
        const l = cli[s][n];
        return `${s.padEnd(5)} | ${String(n).padEnd(6)} | ${f(c.coreMs).padStart(11)} | ${f(c.bareMs, 2).padStart(12)} | ${f(c.ratio).padStart(11)} | ${f(c.usPerRow, 2).padStart(8)} | ${f(l.cliMs, 0).padStart(8)} | ${f(l.loadMs, 0).padStart(15)} | ${f(l.ratio, 2).padStart(10)} | ${f(l.cpuRatio, 2).padStart(16)} | ${f(l.fileMB).padStart(6)}`;
      }),
    ),
    '',
    `narrative fill on the 10k short plan: ${f(narrativeMs)} ms CPU`,
    '',
    'rows (short) | validate syncs | dropdown syncs | generate syncs | largest request | largest response (fake, characters)',
    '-------------|----------------|----------------|----------------|-----------------|------------------------------------',
    ...SIZES.map((n) => {
      const a = addin[n];
      const req = Math.max(a.validate.request, a.enforceStatuses.request, a.generateReport.request);
      const res = Math.max(a.validate.response, a.enforceStatuses.response, a.generateReport.response);
      return `${String(n).padEnd(12)} | ${String(a.validate.syncs).padStart(14)} | ${String(a.enforceStatuses.syncs).padStart(14)} | ${String(a.generateReport.syncs).padStart(14)} | ${String(req).padStart(15)} | ${String(res).padStart(35)}`;
    }),
    '',
    pane.bundles
      ? `task pane initial JS: ${Object.entries(pane.bundles.initial)
          .map(([p, b]) => `${p} ${f(b.raw / 1024)} KB raw, ${f(b.gzip / 1024)} KB gzip`)
          .join('; ')}\n  loaded when first used: ${pane.bundles.lazy.join(', ')}`
      : 'task pane: not built (npm run build)',
    `Excel path, 3,000 rows of 1,000-character narratives: each sync's response in UTF-8 bytes: ${excel.responsesUtf8.join(', ')}`,
    '',
    'Hostile files (issue 15), the command line in a fresh process under /usr/bin/time',
    'case                                            | file KB  | wall ms  | peak MB | outcome',
    '------------------------------------------------|----------|----------|---------|--------',
    ...hostile.map((h) => `${h.name.padEnd(47)} | ${f(h.fileKB).padStart(8)} | ${f(h.wallMs, 0).padStart(8)} | ${f(h.peakMB, 0).padStart(7)} | ${h.outcome}`),
    '',
    'Targets',
    ...targets.map((t) => `  ${verdict(t.met).padEnd(6)} ${t.target}: ${t.figure}`),
  ];
  lines.push('', `benchmark run: ${f((Date.now() - benchStarted) / 1000, 0)} s`);
  console.log(lines.join('\n'));
  if (jsonOut) writeFileSync(jsonOut, JSON.stringify(result, null, 2));
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
