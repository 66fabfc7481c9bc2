import { promises as fs } from 'fs';
import { WorkbookGrid } from '../core/grid';
import { FileError } from '../core/messages/catalog';
import { loadWorkbook } from '../xlsx/read';
import { DEFAULT_LIMITS, ReadLimits } from '../xlsx/limits';
import { WorkbookRefused } from '../xlsx/preflight';
import { sniffError } from '../xlsx/sniff';
import { zlibInflater } from '../xlsx/node-inflate';

export const MAX_FILE_MB = 200;

export type Loaded = { ok: true; grid: WorkbookGrid } | { ok: false; error: FileError; params?: Record<string, string | number> };

/** Reads an .xlsx file into a workbook grid, or says in one word what is wrong with it. */
export async function loadPlanFile(path: string, limits: ReadLimits = DEFAULT_LIMITS): Promise<Loaded> {
  let stat;
  try {
    stat = await fs.stat(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return code === 'ENOENT' || code === 'ENOTDIR'
      ? { ok: false, error: 'not_found' }
      : { ok: false, error: 'unreadable', params: { detail: String(code ?? e) } };
  }
  if (stat.isDirectory()) return { ok: false, error: 'is_directory' };
  if (stat.size > MAX_FILE_MB * 1024 * 1024) return { ok: false, error: 'too_large', params: { limit: MAX_FILE_MB } };
  let bytes: Buffer;
  try {
    bytes = await fs.readFile(path);
  } catch (e) {
    return { ok: false, error: 'unreadable', params: { detail: String((e as NodeJS.ErrnoException).code ?? e) } };
  }
  const refused = sniffError(bytes);
  if (refused) return { ok: false, error: refused };
  try {
    const { grid } = await loadWorkbook(bytes, { limits, inflater: zlibInflater });
    // exceljs reads any zip; one with no worksheet is not a workbook.
    return grid.sheets.length ? { ok: true, grid } : { ok: false, error: 'corrupt' };
  } catch (e) {
    return e instanceof WorkbookRefused ? { ok: false, error: e.error, params: e.params } : { ok: false, error: 'corrupt' };
  }
}
