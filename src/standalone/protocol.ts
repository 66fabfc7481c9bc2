import { HostError, HostErrorCode } from '../host/host';
import type { OpenFailure, OpenPhase } from './session';
import type { StandaloneHost } from './standalone-host';

/** What the page may ask of the StandaloneHost in the worker (selection and highlights stay on the page). */
export type RemoteMethods = Pick<
  StandaloneHost,
  'readWorkbook' | 'textAt' | 'applyFixes' | 'enforceStatuses' | 'writeOutputs' | 'loadSettings' | 'saveSettings' | 'downloadBytes'
>;
export type RemoteMethod = keyof RemoteMethods;

/** The file's bytes are transferred, not copied; a worker opens one file in its life. */
export type ToWorker = { type: 'open'; data: ArrayBuffer; name: string } | { type: 'call'; id: number; method: RemoteMethod; args: unknown[] };

export type FromWorker =
  | { type: 'phase'; phase: OpenPhase }
  | { type: 'opened'; result: { ok: true } | OpenFailure }
  | { type: 'reply'; id: number; ok: true; value: unknown }
  | { type: 'reply'; id: number; ok: false; error: WireError };

/** An error as it crosses to the page: a HostError keeps its code, so the pane says the same thing. */
export interface WireError {
  message: string;
  code?: HostErrorCode;
}

export function toWire(e: unknown): WireError {
  if (e instanceof HostError) return { message: e.message, code: e.code };
  return { message: String((e as Error)?.message ?? e) };
}

export function fromWire(w: WireError): Error {
  return w.code ? new HostError(w.code, w.message) : new Error(w.message);
}

/** What both ends post through: a Worker, the worker's own scope, or a MessagePort in tests. */
export interface Endpoint {
  postMessage(message: unknown, transfer: Transferable[]): void;
  onmessage: ((e: MessageEvent) => void) | null;
}

/** The buffers of a value worth moving rather than copying: a file's bytes. */
export const transferOf = (value: unknown): Transferable[] => (value instanceof Uint8Array ? [value.buffer as ArrayBuffer] : []);
