import { WorkbookGrid } from '../core/grid';
import { FileError } from '../core/messages/catalog';
import { sniffError } from '../xlsx/sniff';

/**
 * A report the officer picks in the pane (the previous period's), as bytes: an .xlsx workbook or a
 * .docx Word report. The readers are loaded when first needed.
 */
export async function readReportBytes(bytes: Uint8Array): Promise<{ ok: true; grid: WorkbookGrid } | { ok: false; error: FileError }> {
  const refused = sniffError(bytes);
  if (refused) return { ok: false, error: refused };
  const docx = await import(/* webpackChunkName: "docx-reader" */ '../docx/read');
  if (await docx.isWordPackage(bytes)) {
    const read = await docx.readDocx(bytes);
    return read.ok ? { ok: true, grid: read.grid } : { ok: false, error: read.error };
  }
  try {
    const { loadWorkbook } = await import(/* webpackChunkName: "standalone" */ '../xlsx/read');
    const { grid } = await loadWorkbook(bytes);
    return grid.sheets.length ? { ok: true, grid } : { ok: false, error: 'corrupt' };
  } catch {
    return { ok: false, error: 'corrupt' };
  }
}
