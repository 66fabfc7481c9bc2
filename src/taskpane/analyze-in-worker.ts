import { Analyzer, analyzeHere } from '../host/off-thread';
import { HostError } from '../host/host';
import { Analysis } from '../core/analyze';

/** In a Web Worker; cancelling terminates it. */
export const analyzeInWorker: Analyzer = (grid, options, signal) => {
  if (typeof Worker === 'undefined') return analyzeHere(grid, options, signal);
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('../host/analyze-worker.ts', import.meta.url), { name: 'analyze' });
    const stop = () => {
      worker.terminate();
      reject(new HostError('cancelled', 'cancelled'));
    };
    signal?.addEventListener('abort', stop, { once: true });
    worker.onmessage = (e: MessageEvent<{ ok: true; analysis: Analysis } | { ok: false; message: string }>) => {
      signal?.removeEventListener('abort', stop);
      worker.terminate();
      if (e.data.ok) resolve(e.data.analysis);
      else reject(new Error(e.data.message));
    };
    worker.onerror = (e) => {
      signal?.removeEventListener('abort', stop);
      worker.terminate();
      reject(new Error(e.message));
    };
    worker.postMessage({ grid, options });
  });
};
