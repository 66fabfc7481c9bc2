/**
 * The hostile files of issue 15, generated small and on the fly, each given to the command line in
 * a fresh process under /usr/bin/time: its wall time, its peak resident memory as the kernel
 * measured it, and what it answered (the refusal's message, or the summary of a finished check).
 * The tests assert bounds; the exact figures are printed here.
 */
import { spawnSync } from 'child_process';
import { statSync, writeFileSync } from 'fs';
import { join } from 'path';
import ExcelJS from 'exceljs';
import { declareSize, planRows, rawXlsx, row, str } from '../test/helpers/raw-xlsx';
import { generateLongPlan } from './generate';

export interface HostileRun {
  name: string;
  fileKB: number;
  wallMs: number;
  peakMB: number;
  exit: number | null;
  outcome: string;
}

/** A hang is cut here and reported as one. */
const TIMEOUT_MS = 180_000;
/** 32,767 characters: Excel's most in one cell. */
const CELL_MAX = 32_767;
export const LONG_CELL_ROWS = 10_000;
/** Distinct long texts among the rows: few, as in the reported 1.7 MB file (a shared-strings table of 100 × 32 KB). */
const LONG_CELL_DISTINCT = 100;

const plan = (extraRows = '', after = '') => rawXlsx([{ name: 'Plan', rows: planRows(3) + extraRows, after }]);

/** 10,000 plan rows whose status / description cells hold 32,767 characters each. */
async function longCells(file: string): Promise<void> {
  const source = generateLongPlan(LONG_CELL_ROWS, 11);
  const texts: string[] = [];
  for (const r of source.rows) {
    const t = r[6];
    if (typeof t !== 'string' || texts.length >= LONG_CELL_DISTINCT) continue;
    let long = t;
    while (long.length < CELL_MAX) long += `\n\n${t}`;
    texts.push(long.slice(0, CELL_MAX));
  }
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Plan');
  let k = 0;
  for (const r of source.rows)
    ws.addRow(r.length === 7 && typeof r[6] === 'string' && /^\d+\.\d+$/.test(String(r[0])) ? [...r.slice(0, 6), texts[k++ % texts.length]] : r);
  for (const m of source.merges) ws.mergeCells(m);
  await wb.xlsx.writeFile(file);
}

function timed(argv: string[], root: string): { wallMs: number; peakMB: number; exit: number | null; stdout: string; stderr: string; timedOut: boolean } {
  const started = process.hrtime.bigint();
  const r = spawnSync('/usr/bin/time', ['-v', process.execPath, join(root, 'bin', 'action-plan-report.js'), ...argv], {
    encoding: 'utf8',
    timeout: TIMEOUT_MS,
    maxBuffer: 256 << 20,
  });
  const wallMs = Number(process.hrtime.bigint() - started) / 1e6;
  const peak = /Maximum resident set size \(kbytes\): (\d+)/.exec(r.stderr ?? '');
  const status = /Exit status: (\d+)/.exec(r.stderr ?? '');
  const stderr = (r.stderr ?? '').split(/\n\s*Command being timed:/)[0];
  return {
    wallMs,
    peakMB: peak ? Number(peak[1]) / 1024 : NaN,
    exit: status ? Number(status[1]) : r.status,
    stdout: r.stdout ?? '',
    stderr,
    timedOut: r.error !== undefined && (r.error as NodeJS.ErrnoException).code === 'ETIMEDOUT',
  };
}

function outcome(r: ReturnType<typeof timed>): string {
  if (r.timedOut) return `no answer within ${TIMEOUT_MS / 1000} s (killed)`;
  const firstLine = (s: string) =>
    s
      .split('\n')
      .map((l) => l.trim())
      .find(Boolean) ?? '';
  if (r.exit === 0 || r.exit === 1) {
    const summary = r.stdout.split('\n').find((l) => /\d+ actions?\b/.test(l)) ?? firstLine(r.stdout);
    return `finished, exit ${r.exit}: ${summary.trim().slice(0, 110)}`;
  }
  return `refused, exit ${r.exit}: ${firstLine(r.stderr).slice(0, 140)}`;
}

/** Builds each case in dir and runs it; the sample (root/samples) carries the hostile template. */
export async function hostileCases(dir: string, root: string): Promise<HostileRun[]> {
  const files: { name: string; file: string; argv: (file: string) => string[] }[] = [];
  const save = (name: string, bytes: Uint8Array) => {
    const file = join(dir, `${name}.xlsx`);
    writeFileSync(file, bytes);
    return file;
  };
  const check = (file: string) => ['check', file, '--lang', 'en'];
  files.push({ name: 'one cell at row 100,000,000', file: save('row-1e8', plan(row(100_000_000, str('A100000000', 'x')))), argv: check });
  files.push({ name: 'one cell at row 2,147,483,647', file: save('row-2e31', plan(row(2_147_483_647, str('A2147483647', 'x')))), argv: check });
  files.push({
    name: 'one merged area A200:XFD1048576',
    file: save('merged', plan('', '<mergeCells count="1"><mergeCell ref="A200:XFD1048576"/></mergeCells>')),
    argv: check,
  });
  files.push({
    name: 'zip declaring 2.1 GB of sheet XML',
    file: save('declared-2gb', declareSize(plan(), 2_100_000_000, 'xl/worksheets/sheet1.xml')),
    argv: check,
  });
  files.push({
    name: 'zip bomb: 50 MB of sheet XML declared as 4 KB',
    file: save('lying-50mb', declareSize(plan(row(10, str('A10', 'x'.repeat(50 << 20)))), 4096, 'xl/worksheets/sheet1.xml')),
    argv: check,
  });
  const long = join(dir, 'long-cells.xlsx');
  await longCells(long);
  files.push({ name: `${LONG_CELL_ROWS.toLocaleString('en')} rows of 32,767-character cells`, file: long, argv: check });
  const template = join(dir, 'range.liquid');
  writeFileSync(template, '{% for i in (1..100000000) %}{{ i }}{% endfor %}');
  files.push({
    name: 'template {% for i in (1..100000000) %}',
    file: join(root, 'samples', 'open-government-2020-s1.xlsx'),
    argv: (file) => ['report', file, '--template', template, '--narrative-only', '--lang', 'en'],
  });

  const out: HostileRun[] = [];
  for (const c of files) {
    const r = timed(c.argv(c.file), root);
    out.push({ name: c.name, fileKB: statSync(c.file).size / 1024, wallMs: r.wallMs, peakMB: r.peakMB, exit: r.exit, outcome: outcome(r) });
    process.stderr.write(`  hostile: ${c.name} done\n`);
  }
  return out;
}
