/** What a workbook may hold before it is refused: each limit is checked before the work it bounds. */
export interface ReadLimits {
  /** Parts (files) inside the .xlsx zip. */
  parts: number;
  /** Uncompressed size of any one part, in bytes. */
  partBytes: number;
  /** Uncompressed size of all parts together, in bytes. */
  totalBytes: number;
  /** Rows holding at least one cell, per sheet. */
  rows: number;
  /** Cells written in the file (with a value or only a format), whole workbook. */
  cells: number;
  /** Merged areas per sheet. */
  merges: number;
  /** Cells covered by merged areas that the pane may have to write back (exceljs stores each). */
  mergedCellsToWrite: number;
}

const MB = 1024 * 1024;

export const DEFAULT_LIMITS: ReadLimits = {
  parts: 10_000,
  partBytes: 256 * MB,
  totalBytes: 512 * MB,
  rows: 100_000,
  cells: 2_000_000,
  merges: 100_000,
  mergedCellsToWrite: 1_000_000,
};

/** Excel's own sheet size: rows 1..1,048,576, columns A..XFD. */
export const EXCEL_MAX_ROWS = 1_048_576;
export const EXCEL_MAX_COLS = 16_384;

/** "2.1 GB", "256 MB", "900 KB": sizes as a person reads them (binary units, one decimal). */
export function formatBytes(n: number): string {
  const units = ['B', 'KB', 'MB', 'GB', 'TB'];
  let i = 0;
  let v = n;
  while (v >= 1024 && i < units.length - 1) {
    v /= 1024;
    i++;
  }
  return `${i === 0 ? v : v < 10 ? v.toFixed(1) : Math.round(v)} ${units[i]}`;
}
