import type { Severity } from '../core/findings';
import type { FileError } from '../core/messages/catalog';
import type { Host } from '../host/host';

/** A cell the pane points at, and its text: standalone mode shows it in the pane, not in a sheet. */
export interface SelectedCell {
  sheet: string;
  cell: string;
  value: string;
}

export interface MarkedCell {
  sheet: string;
  cell: string;
  severity: Severity;
}

/**
 * What the pane holds in standalone mode: a Host on an .xlsx file, whether the workbook lives on
 * the page (StandaloneHost) or in a Web Worker (RemoteHost). Selection and highlights are read
 * synchronously by the pane; subscribe tells it when they change.
 */
export interface StandaloneSession extends Host {
  readonly kind: 'standalone';
  readonly fileName: string;
  readonly selected: SelectedCell | null;
  readonly highlighted: MarkedCell[];
  subscribe(listener: () => void): () => void;
  /** The original file with exactly the changes made in the pane. */
  download(): Promise<Blob>;
  /** Lets the workbook go: another file was opened. */
  close(): void;
}

/** Where an open stands: the page reading the picked file, then the worker's steps. */
export type OpenPhase = 'reading' | 'unpacking' | 'parsing' | 'sheets';

export type OpenFailure = { ok: false; error: FileError; params?: Record<string, string | number> };

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
