/**
 * npm run bench [-- --json FILE] [--quick]
 * Generates realistic plans at 1,000, 10,000 and 100,000 rows and prints medians over repeated
 * runs: core vs a bare pass, the narrative, the command line vs exceljs loading the same file,
 * Excel syncs and payloads per command, and the task pane's bundle and time to first findings.
 */
import { spawnSync } from 'child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, statSync, writeFileSync } from 'fs';
import { cpus, tmpdir, totalmem } from 'os';
import { join } from 'path';
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
import { generatePlan } from './generate';

const { ROOT } = require('../test/helpers/serve') as typeof import('../test/helpers/serve');
const args = process.argv.slice(2);
const quick = args.includes('--quick');
const jsonOut = args.includes('--json') ? args[args.indexOf('--json') + 1] : null;
const SIZES = quick ? [1_000, 10_000] : [1_000, 10_000, 100_000];

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
function time(fn: () => void, runs: number): number {
  const ms: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = process.hrtime.bigint();
    fn();
    ms.push(Number(process.hrtime.bigint() - t) / 1e6);
  }
  return median(ms);
}
const runsFor = (n: number) => (n >= 100_000 ? 5 : n >= 10_000 ? 9 : 21);

function gridOf(n: number): SheetGrid {
  const plan = generatePlan(n);
  const merges = plan.merges.map((m) => {
    const [a, b] = m.split(':').map((x) => parseAddress(x)!);
    return { top: a.row, left: a.col, bottom: b.row, right: b.col };
  });
  return { name: 'Plan', rows: plan.rows, merges };
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

function wall(cmd: string, argv: string[], runs: number): number {
  const ms: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = process.hrtime.bigint();
    const r = spawnSync(cmd, argv, { stdio: ['ignore', 'ignore', 'inherit'], maxBuffer: 1 << 30 });
    if (r.status !== 0 && r.status !== 1) throw new Error(`${argv.join(' ')} exited ${r.status}`);
    ms.push(Number(process.hrtime.bigint() - t) / 1e6);
  }
  return median(ms);
}

async function addinCounts(n: number) {
  const model = new FakeWorkbookModel();
  const plan = generatePlan(n);
  model.addSheet('Plan', plan.rows, plan.merges);
  const counter = new SyncCounter();
  const host = new ExcelHost(fakeRun(model, counter), new DocumentSettings().runtime(), ALL_CAPABILITIES);
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

function bundles() {
  const web = join(ROOT, 'dist', 'web');
  if (!existsSync(join(web, 'taskpane.html'))) return null;
  const out: Record<string, { raw: number; gzip: number }> = {};
  for (const page of ['taskpane', 'commands', 'dialog']) {
    const html = readFileSync(join(web, `${page}.html`), 'utf8');
    const scripts = [...html.matchAll(/<script[^>]+src="?([^"\s>]+)/g)].map((m) => m[1]).filter((s) => !s.startsWith('http'));
    const bytes = scripts.map((s) => readFileSync(join(web, s)));
    out[page] = { raw: bytes.reduce((n, b) => n + b.length, 0), gzip: bytes.reduce((n, b) => n + gzipSync(b, { level: 9 }).length, 0) };
  }
  const lazy = readdirSync(web).filter((f) => f.endsWith('.js')).length;
  return { initial: out, files: lazy };
}

async function firstFindings(): Promise<number | null> {
  if (!existsSync('/usr/bin/chromium') || !existsSync(join(ROOT, 'dist', 'web', 'taskpane.html'))) return null;
  const { chromium } = await import('playwright-core');
  const { serveWeb, officeFile } = await import('../test/helpers/serve');
  const { url, server } = await serveWeb();
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--headless', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
  const times: number[] = [];
  try {
    for (let i = 0; i < 5; i++) {
      const context = await browser.newContext({ locale: 'ro-RO' });
      await context.route('**/*', (route) => {
        const u = route.request().url();
        const office = officeFile(u);
        if (office) return route.fulfill({ body: readFileSync(office), contentType: 'text/javascript' });
        return u.startsWith(url) ? route.continue() : route.abort();
      });
      const page = await context.newPage();
      await page.goto(`${url}taskpane.html`);
      await page.getByText(/29 de acțiuni · \d+ erori/).waitFor({ timeout: 30_000 });
      times.push(await page.evaluate(() => performance.now()));
      await context.close();
    }
  } finally {
    await browser.close();
    server.close();
  }
  return median(times);
}

async function main() {
  const machine = {
    cpu: cpus()[0]?.model ?? '?',
    cores: cpus().length,
    memoryGiB: Math.round(totalmem() / 2 ** 30),
    node: process.version,
    date: new Date().toISOString(),
  };
  const dir = mkdtempSync(join(tmpdir(), 'apr-bench-'));
  const core: Record<number, { rows: number; bareMs: number; coreMs: number; ratio: number }> = {};
  const cli: Record<number, { fileMB: number; cliMs: number; loadMs: number; ratio: number }> = {};
  const addin: Record<number, Awaited<ReturnType<typeof addinCounts>>> = {};
  let narrativeMs = 0;
  for (const n of SIZES) {
    const grid = gridOf(n);
    const workbook = { sheets: [grid] };
    const analysis = analyzeWorkbook(workbook);
    if (analysis.rows.length !== n) throw new Error(`read ${analysis.rows.length} rows of ${n}`);
    const bareMs = time(() => bare(grid), runsFor(n));
    const coreMs = time(() => analyzeWorkbook(workbook), runsFor(n));
    core[n] = { rows: n, bareMs, coreMs, ratio: coreMs / bareMs };
    if (n === 10_000) {
      narrativeMs = time(() => {
        if (!renderTemplate(DEFAULT_TEMPLATES.ro, buildContext(analysis, 'ro')).ok) throw new Error('narrative failed');
      }, 9);
    }
    const file = join(dir, `plan-${n}.xlsx`);
    await writeXlsx(grid, file);
    const runs = n >= 100_000 ? 3 : 5;
    const cliMs = wall(process.execPath, [join(ROOT, 'bin', 'action-plan-report.js'), 'check', file, '--json'], runs);
    const loadMs = wall(process.execPath, [join(ROOT, 'bench', 'load-only.js'), file], runs);
    cli[n] = { fileMB: statSync(file).size / 2 ** 20, cliMs, loadMs, ratio: cliMs / loadMs };
    addin[n] = await addinCounts(n);
    process.stderr.write(`  ${n} rows done\n`);
  }
  const growth = core[100_000] && core[10_000] ? core[100_000].coreMs / core[10_000].coreMs : null;
  const pane = { bundles: bundles(), firstFindingsMs: await firstFindings() };
  const result = { machine, core, growth10kTo100k: growth, narrative10kMs: narrativeMs, cli, addin, pane };

  const f = (x: number, d = 1) => x.toFixed(d);
  const lines = [
    `Action Plan Report benchmark · ${machine.date} · ${machine.cpu} × ${machine.cores} · ${machine.memoryGiB} GiB · Node ${machine.node}`,
    '',
    'rows     | core ms | bare pass ms | core ÷ bare | check --json ms | exceljs load ms | cli ÷ load | file MB',
    '---------|---------|--------------|-------------|-----------------|-----------------|------------|--------',
    ...SIZES.map(
      (n) =>
        `${String(n).padEnd(8)} | ${f(core[n].coreMs).padStart(7)} | ${f(core[n].bareMs, 2).padStart(12)} | ${f(core[n].ratio).padStart(11)} | ${f(cli[n].cliMs, 0).padStart(15)} | ${f(cli[n].loadMs, 0).padStart(15)} | ${f(cli[n].ratio, 2).padStart(10)} | ${f(cli[n].fileMB).padStart(6)}`,
    ),
    '',
    `core growth 10k -> 100k rows: ${growth ? `${f(growth, 2)}× the time for 10× the rows` : 'n/a (--quick)'}`,
    `narrative fill on the 10k plan: ${f(narrativeMs)} ms`,
    '',
    'rows     | validate syncs | dropdown syncs | generate syncs | largest request B | largest response B',
    '---------|----------------|----------------|----------------|-------------------|-------------------',
    ...SIZES.map((n) => {
      const a = addin[n];
      const req = Math.max(a.validate.request, a.enforceStatuses.request, a.generateReport.request);
      const res = Math.max(a.validate.response, a.enforceStatuses.response, a.generateReport.response);
      return `${String(n).padEnd(8)} | ${String(a.validate.syncs).padStart(14)} | ${String(a.enforceStatuses.syncs).padStart(14)} | ${String(a.generateReport.syncs).padStart(14)} | ${String(req).padStart(17)} | ${String(res).padStart(18)}`;
    }),
    '',
    pane.bundles
      ? `task pane initial JS: ${Object.entries(pane.bundles.initial)
          .map(([p, b]) => `${p} ${f(b.raw / 1024)} KB raw, ${f(b.gzip / 1024)} KB gzip`)
          .join('; ')}`
      : 'task pane: not built (npm run build)',
    `first findings on screen (standalone, sample, headless chromium, median of 5): ${pane.firstFindingsMs === null ? 'n/a' : `${f(pane.firstFindingsMs, 0)} ms`}`,
  ];
  console.log(lines.join('\n'));
  if (jsonOut) writeFileSync(jsonOut, JSON.stringify(result, null, 2));
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
