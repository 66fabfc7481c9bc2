/** The seam between hosts and the engine: a sheet as Excel or an .xlsx file gives it. */

export interface CellError {
  error: string;
}

export type CellValue = string | number | boolean | Date | CellError | null;

/** A rectangular merged area, 0-based and inclusive, in grid coordinates. */
export interface MergedArea {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface SheetGrid {
  name: string;
  /** rows[r][c]; row lengths may differ, missing cells are empty. */
  rows: CellValue[][];
  /** Where rows[0][0] sits on the sheet (0-based); default A1. */
  origin?: { row: number; col: number };
  merges?: MergedArea[];
  /** Number formats parallel to rows, when the host knows them (to tell date cells). */
  numberFormats?: (string | null)[][];
  /** The sheet's visibility when it is not visible: hidden, or very hidden (only code can show it). */
  hidden?: 'hidden' | 'veryHidden';
  /** Grid row indexes of hidden rows, when the host knows them. */
  hiddenRows?: number[];
}

/** The error a reader gives a formula cell the file keeps no computed value for (never calculated). */
export const NO_CACHED_VALUE = '#NO_CACHED_VALUE';

export interface WorkbookGrid {
  sheets: SheetGrid[];
}

export function isCellError(v: unknown): v is CellError {
  return typeof v === 'object' && v !== null && !(v instanceof Date) && typeof (v as CellError).error === 'string';
}

export function columnLetters(col: number): string {
  let s = '';
  let n = col + 1;
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

export function cellAddress(grid: SheetGrid, row: number, col: number): string {
  const o = grid.origin ?? { row: 0, col: 0 };
  return `${columnLetters(col + o.col)}${row + o.row + 1}`;
}

/** "B7" -> { row: 6, col: 1 } in sheet coordinates. */
export function parseAddress(address: string): { row: number; col: number } | null {
  const m = /^\$?([A-Z]{1,3})\$?(\d+)$/i.exec(address.trim());
  if (!m) return null;
  let col = 0;
  for (const ch of m[1].toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m[2]) - 1, col: col - 1 };
}

/** Text of a cell as a person reads it; errors and empties give ''. */
export function cellText(v: CellValue | undefined): string {
  if (typeof v === 'string') return v.trim();
  if (v === null || v === undefined || isCellError(v)) return '';
  if (v instanceof Date) return isNaN(v.getTime()) ? '' : v.toISOString().slice(0, 10);
  return String(v).trim();
}
