import { promises as fs } from 'fs';
import { isWordPackage, readDocx } from '../docx/read';
import { sniff } from '../xlsx/sniff';
import { Loaded, MAX_FILE_MB, loadPlanFile } from './load';

/**
 * Reads a report that is either a workbook (.xlsx) or a Word document (.docx) into a workbook grid:
 * a .docx's tables become a sheet the engine reads like any other.
 */
export async function loadReportFile(path: string): Promise<Loaded> {
  const asWorkbook = /\.docx$/i.test(path) ? null : await loadPlanFile(path);
  if (asWorkbook && (asWorkbook.ok || asWorkbook.error !== 'corrupt')) return asWorkbook;
  let bytes: Buffer;
  try {
    const stat = await fs.stat(path);
    if (stat.isDirectory()) return { ok: false, error: 'is_directory' };
    if (stat.size > MAX_FILE_MB * 1024 * 1024) return { ok: false, error: 'too_large', params: { limit: MAX_FILE_MB } };
    bytes = await fs.readFile(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return code === 'ENOENT' || code === 'ENOTDIR'
      ? { ok: false, error: 'not_found' }
      : { ok: false, error: 'unreadable', params: { detail: String(code ?? e) } };
  }
  if (bytes.length === 0) return { ok: false, error: 'empty' };
  if (sniff(bytes) !== 'zip' || !(await isWordPackage(bytes))) return asWorkbook ?? { ok: false, error: 'docx_corrupt' };
  const read = await readDocx(bytes);
  return read.ok ? { ok: true, grid: read.grid } : { ok: false, error: read.error };
}
