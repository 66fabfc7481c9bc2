import type { OpenFailure, OpenPhase, StandaloneSession } from '../standalone/session';

/** Workers whose script failed before anyone listened (a spare started ahead of need). */
const failed = new WeakMap<Worker, string>();

function spawn(): Worker {
  const worker = new Worker(new URL('./standalone-worker.ts', import.meta.url), { name: 'workbook' });
  worker.addEventListener('error', (e) => failed.set(worker, e.message), { once: true });
  return worker;
}
// The page's side of the worker, loaded with it rather than with the pane's first script.
const remote = () => import(/* webpackChunkName: "remote-host" */ '../standalone/remote-host');

/** A worker started ahead of the next file, its exceljs already loaded; each file gets its own. */
let idle: Worker | null = null;

export function prewarmStandalone(): void {
  if (!idle) idle = spawn();
  void remote();
}

/**
 * Opens an .xlsx for the pane in a Web Worker (every webview Office runs add-ins in has them), so
 * that a large or hostile file never freezes the page and can be cancelled: the signal terminates
 * the worker and the promise rejects with HostError('cancelled').
 */
export async function openStandalone(
  data: ArrayBuffer,
  fileName: string,
  options: { onPhase?: (phase: OpenPhase) => void; signal?: AbortSignal } = {},
): Promise<{ ok: true; host: StandaloneSession } | OpenFailure> {
  const spare = idle;
  idle = null;
  if (spare && failed.has(spare)) spare.terminate();
  const worker = spare && !failed.has(spare) ? spare : spawn();
  let openRemote: typeof import('../standalone/remote-host').openRemote;
  let readerStopped: typeof import('../standalone/remote-host').readerStopped;
  try {
    ({ openRemote, readerStopped } = await remote());
  } catch (e) {
    worker.terminate();
    throw e;
  }
  if (failed.has(worker)) {
    worker.terminate();
    return readerStopped(failed.get(worker));
  }
  return openRemote(worker, data, fileName, options);
}
