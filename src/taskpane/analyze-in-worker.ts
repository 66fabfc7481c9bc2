import { Analyzer, analyzeHere } from '../host/off-thread';
import { HostError } from '../host/host';
import { Analysis } from '../core/analyze';

const spawn = () => new Worker(new URL('../host/analyze-worker.ts', import.meta.url), { name: 'analyze' });

/** A worker started ahead of need and reused between validations; cancelling terminates it. */
let idle: Worker | null = null;

export function prewarmAnalyzer(): void {
  if (!idle && typeof Worker !== 'undefined') idle = spawn();
}

/** In a Web Worker, off the pane's UI thread. */
export const analyzeInWorker: Analyzer = (grid, options, signal) => {
  if (typeof Worker === 'undefined') return analyzeHere(grid, options, signal);
  const worker = idle ?? spawn();
  idle = null;
  return new Promise<Analysis>((resolve, reject) => {
    const done = (keep: boolean) => {
      signal?.removeEventListener('abort', stop);
      if (keep && !idle) idle = worker;
      else worker.terminate();
    };
    const stop = () => {
      done(false);
      reject(new HostError('cancelled', 'cancelled'));
    };
    signal?.addEventListener('abort', stop, { once: true });
    worker.onmessage = (e: MessageEvent<{ ok: true; analysis: Analysis } | { ok: false; message: string }>) => {
      done(true);
      if (e.data.ok) resolve(e.data.analysis);
      else reject(new Error(e.data.message));
    };
    worker.onerror = (e) => {
      done(false);
      reject(new Error(e.message));
    };
    worker.postMessage({ grid, options });
  });
};
