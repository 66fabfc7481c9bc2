import type { WorkbookGrid } from '../core/grid';
import { CellFix, FixOutcome, HostError, ReadProgress } from '../host/host';
import type { Settings } from '../host/settings';
import type { OutputSheets } from '../report/sheets';
import { PaneMarks } from './marks';
import { Endpoint, FromWorker, RemoteMethod, RemoteMethods, ToWorker, fromWire } from './protocol';
import { OpenFailure, OpenPhase, StandaloneSession, XLSX_TYPE } from './session';

/** The page's handle on the worker that holds the workbook. */
export interface HostWorker extends Endpoint {
  onerror: ((e: ErrorEvent) => void) | null;
  terminate(): void;
}

type Pending = { resolve: (v: unknown) => void; reject: (e: Error) => void };

const cancelled = () => new HostError('cancelled', 'cancelled');

/**
 * The standalone Host on the page, for a StandaloneHost living in a Web Worker: each operation is a
 * message. The selection and highlights, which the pane reads as it renders, are kept here.
 */
export class RemoteHost extends PaneMarks implements StandaloneSession {
  readonly kind = 'standalone' as const;
  private next = 0;
  private readonly pending = new Map<number, Pending>();
  /** Ended (another file opened) or stopped: a call then fails at once instead of waiting for ever. */
  private closed = false;

  constructor(
    private readonly worker: HostWorker,
    readonly fileName: string,
  ) {
    super();
    worker.onmessage = (e: MessageEvent<FromWorker>) => {
      const m = e.data;
      if (m.type !== 'reply') return;
      const p = this.pending.get(m.id);
      this.pending.delete(m.id);
      if (m.ok) p?.resolve(m.value);
      else p?.reject(fromWire(m.error));
    };
    worker.onerror = (e: ErrorEvent) => {
      this.closed = true;
      this.failAll(new Error(e.message || '—'));
    };
  }

  private failAll(e: Error) {
    for (const p of this.pending.values()) p.reject(e);
    this.pending.clear();
  }

  private call<M extends RemoteMethod>(method: M, args: Parameters<RemoteMethods[M]>, signal?: AbortSignal): Promise<Awaited<ReturnType<RemoteMethods[M]>>> {
    if (signal?.aborted || this.closed) return Promise.reject(cancelled());
    const id = this.next++;
    return new Promise((resolve, reject) => {
      const stop = () => {
        this.pending.delete(id);
        reject(cancelled());
      };
      signal?.addEventListener('abort', stop, { once: true });
      const settle =
        <T>(f: (v: T) => void) =>
        (v: T) => {
          signal?.removeEventListener('abort', stop);
          f(v);
        };
      this.pending.set(id, { resolve: settle(resolve as (v: unknown) => void), reject: settle(reject) });
      const message: ToWorker = { type: 'call', id, method, args };
      this.worker.postMessage(message, []);
    });
  }

  readWorkbook(_onProgress?: (p: ReadProgress) => void, signal?: AbortSignal): Promise<WorkbookGrid> {
    return this.call('readWorkbook', [], signal);
  }

  async selectCell(sheet: string, cell: string): Promise<void> {
    this.select({ sheet, cell, value: await this.call('textAt', [sheet, cell]) });
  }

  applyFixes(fixes: CellFix[]): Promise<FixOutcome> {
    return this.call('applyFixes', [fixes]);
  }

  enforceStatuses(sheet: string, range: string, allowed: string[]): Promise<void> {
    return this.call('enforceStatuses', [sheet, range, allowed]);
  }

  writeOutputs(out: OutputSheets): Promise<{ statistics: string; report: string }> {
    return this.call('writeOutputs', [out]);
  }

  loadSettings(): Promise<{ settings: Settings; notice: string | null }> {
    return this.call('loadSettings', []);
  }

  saveSettings(settings: Settings): Promise<void> {
    return this.call('saveSettings', [settings]);
  }

  async onChanged(): Promise<() => void> {
    return () => undefined;
  }

  async download(): Promise<Blob> {
    return new Blob([(await this.call('downloadBytes', [])) as BlobPart], { type: XLSX_TYPE });
  }

  /** Ends the worker and the workbook with it: another file was opened. */
  close(): void {
    this.closed = true;
    this.worker.terminate();
    this.failAll(cancelled());
  }
}

/** The worker could not run (its script did not load, or it crashed): said as a file error. */
export function readerStopped(detail: string | undefined): OpenFailure {
  return { ok: false, error: 'reader_stopped', params: { detail: detail || '—' } };
}

/**
 * Sends a file to a fresh worker (its bytes transferred, not copied) and waits for it to be opened.
 * Aborting terminates the worker, whatever it is doing, and rejects with HostError('cancelled').
 */
export function openRemote(
  worker: HostWorker,
  data: ArrayBuffer,
  fileName: string,
  options: { onPhase?: (phase: OpenPhase) => void; signal?: AbortSignal } = {},
): Promise<{ ok: true; host: RemoteHost } | OpenFailure> {
  const { onPhase, signal } = options;
  return new Promise((resolve, reject) => {
    const finish = () => signal?.removeEventListener('abort', stop);
    const stop = () => {
      worker.terminate();
      reject(cancelled());
    };
    if (signal?.aborted) return stop();
    signal?.addEventListener('abort', stop, { once: true });
    worker.onmessage = (e: MessageEvent<FromWorker>) => {
      const m = e.data;
      if (m.type === 'phase') onPhase?.(m.phase);
      if (m.type !== 'opened') return;
      finish();
      if (m.result.ok) resolve({ ok: true, host: new RemoteHost(worker, fileName) });
      else {
        worker.terminate();
        resolve(m.result);
      }
    };
    worker.onerror = (e: ErrorEvent) => {
      finish();
      worker.terminate();
      resolve(readerStopped(e.message));
    };
    const message: ToWorker = { type: 'open', data, name: fileName };
    worker.postMessage(message, [data]);
  });
}
