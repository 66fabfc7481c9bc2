import { spawnSync } from 'child_process';
import { join } from 'path';

const ROOT = join(__dirname, '..', '..');

export interface ChildRun {
  exit: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  /** Peak resident memory of the child, in MB, as the kernel measured it (getrusage ru_maxrss). */
  peakMB: number;
  ms: number;
}

/**
 * Runs the built command line (dist/, from `npm run build:cli`) in a child Node process and
 * measures its peak memory: what a hostile file costs, counted where the test cannot share it.
 * `timeoutMs` kills a hang, so a hang fails the test instead of stalling the suite.
 */
export function runCli(args: string[], timeoutMs: number, options: { heapMB?: number; shell?: string } = {}): ChildRun {
  const script =
    `const { main } = require(${JSON.stringify(join(ROOT, 'dist/src/cli/main.js'))});` +
    `main(${JSON.stringify(args)}).then((code) => { process.exitCode = code; }, (e) => { process.stderr.write('internal error: ' + e.message); process.exitCode = 3; })` +
    `.finally(() => process.stderr.write('\\n@@peak ' + process.resourceUsage().maxRSS));`;
  const node = [`--max-old-space-size=${options.heapMB ?? 1024}`, '-e', script];
  const started = Date.now();
  const r = options.shell
    ? spawnSync('sh', ['-c', `${options.shell}; exec "$0" "$@"`, process.execPath, ...node], { encoding: 'utf8', timeout: timeoutMs, maxBuffer: 64 << 20 })
    : spawnSync(process.execPath, node, { encoding: 'utf8', timeout: timeoutMs, maxBuffer: 64 << 20 });
  const ms = Date.now() - started;
  const m = /@@peak (\d+)/.exec(r.stderr ?? '');
  return {
    exit: r.status,
    signal: r.signal,
    stdout: r.stdout ?? '',
    stderr: (r.stderr ?? '').replace(/\n@@peak \d+/, ''),
    peakMB: m ? Number(m[1]) / 1024 : NaN,
    ms,
  };
}
