// npm run world: reads every world-corpus workbook with the engine and compares the reading with the truth counted by hand.
// WORLD_DIR: the workbooks (default /work/world-corpus/files); WORLD_ENGINE: another build's dist/ to measure (default this one).
import { existsSync, readFileSync, readdirSync } from 'fs';
import { join, resolve } from 'path';
import type { Analysis, AnalyzeOptions } from '../../src/core/analyze';
import type { WorkbookGrid } from '../../src/core/grid';
import type { Loaded } from '../../src/cli/load';
import { DimensionResult, compareAll, isReadingFinding, warnsAbout } from './compare';
import { Truth, TruthSchema } from './truth';

interface Engine {
  loadPlanFile(path: string): Promise<Loaded>;
  analyzeWorkbook(w: WorkbookGrid, o?: AnalyzeOptions): Analysis;
}

const DEFAULT_DIR = '/work/world-corpus/files';
// From dist/bench/world when built, from bench/world under ts-jest.
const TRUTH_DIR = [resolve(__dirname, '../../../test/world/truth'), resolve(__dirname, '../../test/world/truth')].find((d) => existsSync(d)) ?? '';

function loadEngine(dist: string): Engine {
  const load = require(join(dist, 'src/cli/load.js')) as Pick<Engine, 'loadPlanFile'>;
  const analyze = require(join(dist, 'src/core/analyze.js')) as Pick<Engine, 'analyzeWorkbook'>;
  return { loadPlanFile: load.loadPlanFile, analyzeWorkbook: analyze.analyzeWorkbook };
}

export function truths(): Truth[] {
  return readdirSync(TRUTH_DIR)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => TruthSchema.parse(JSON.parse(readFileSync(join(TRUTH_DIR, f), 'utf8'))));
}

type Log = (line: string) => void;

interface FixtureResult {
  slug: string;
  results: (DimensionResult & { warned: boolean })[];
  readingCodes: string[];
  silentWrong: number;
  sheet: string;
}

async function runOne(engine: Engine, dir: string, truth: Truth): Promise<FixtureResult> {
  const path = join(dir, truth.file);
  if (!existsSync(path)) throw new Error(`${path} is missing: the corpus in ${dir} is incomplete (truth ${truth.slug} names it).`);
  const loaded = await engine.loadPlanFile(path);
  if (!loaded.ok) throw new Error(`${path} could not be read: ${loaded.error}`);
  const a = engine.analyzeWorkbook(loaded.grid, { fileName: truth.file });
  const readingCodes = [...new Set(a.findings.map((f) => f.code).filter(isReadingFinding))];
  const results = compareAll(truth, a).map((r) => ({ ...r, warned: warnsAbout(r.dimension, a.findings) }));
  const silentWrong = results.filter((r) => !r.ok && !r.warned).length;
  return { slug: truth.slug, results, readingCodes, silentWrong, sheet: a.sheet };
}

function print(log: Log, r: FixtureResult, truthSheet: string): void {
  log(`\n${r.slug}  (sheet read: ${r.sheet}; the plan is on: ${truthSheet})`);
  for (const d of r.results) log(`  ${d.ok ? 'match ' : d.warned ? 'DIFFER' : 'SILENT'} ${d.dimension.padEnd(7)} ${d.detail}`);
  log(`  reading findings: ${r.readingCodes.length ? r.readingCodes.join(', ') : 'none'}`);
  const wrong = r.results.filter((d) => !d.ok).length;
  log(`  → ${wrong} of ${r.results.length} dimensions differ; wrong and silent: ${r.silentWrong}`);
}

/** Measures every fixture; 2 when the corpus is missing or incomplete (never a silent skip), else 0. */
export async function runWorld(dir: string, dist: string, log: Log, fail: Log): Promise<number> {
  if (!existsSync(dir)) {
    fail(`world: the corpus directory ${dir} does not exist. Set WORLD_DIR to the folder of real workbooks (see docs/world-corpus.md); nothing was measured.`);
    return 2;
  }
  const engine = loadEngine(dist);
  log(`world corpus: ${dir}; engine: ${dist}`);
  let silent = 0;
  let differing = 0;
  let total = 0;
  for (const truth of truths()) {
    const r = await runOne(engine, dir, truth);
    print(log, r, truth.sheet);
    silent += r.silentWrong;
    differing += r.results.filter((d) => !d.ok).length;
    total += r.results.length;
  }
  log(`\nreadings that differ from the truth: ${differing} of ${total}; wrong and silent (no reading finding): ${silent}`);
  return 0;
}

if (require.main === module) {
  const dir = process.env.WORLD_DIR ?? DEFAULT_DIR;
  const dist = resolve(process.env.WORLD_ENGINE ?? resolve(__dirname, '../..'));
  const out = (line: string) => console.log(line);
  const err = (line: string) => console.error(line);
  runWorld(dir, dist, out, err).then(
    (code) => process.exit(code),
    (e: unknown) => {
      err(`world: ${e instanceof Error ? e.message : String(e)}`);
      process.exit(2);
    },
  );
}
