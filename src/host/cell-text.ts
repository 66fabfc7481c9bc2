import { CellValue, isCellError } from '../core/grid';

/**
 * A cell's text exactly as a host read it, for the "changed since validation" guard: the same
 * function on the value read at validation and on the value read before writing, in Excel and in
 * standalone alike. Nothing is trimmed or folded: a cell that differs by a space has changed.
 */
export function cellAsRead(v: CellValue | undefined): string {
  if (v === null || v === undefined) return '';
  if (isCellError(v)) return v.error;
  if (v instanceof Date) return isNaN(v.getTime()) ? '' : v.toISOString();
  return String(v);
}
