import ExcelJS from 'exceljs';
import { CellValue, MergedArea, SheetGrid, WorkbookGrid } from '../core/grid';

type ExcelValue = ExcelJS.CellValue;

/** An exceljs cell value as Excel itself would hand it over. */
export function toCellValue(v: ExcelValue): CellValue {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' || v instanceof Date) return v;
  if (typeof v === 'object') {
    if ('error' in v && v.error) return { error: String(v.error) };
    if ('richText' in v && Array.isArray(v.richText)) {
      // Struck-through text is superseded ("~~30.06.2020~~ 31.07.2020" means 31.07.2020), unless nothing else is left.
      const kept = v.richText
        .filter((p) => !p.font?.strike)
        .map((p) => p.text)
        .join('');
      return kept.trim() ? kept : v.richText.map((p) => p.text).join('');
    }
    if ('result' in v || 'formula' in v || 'sharedFormula' in v) {
      const result = (v as { result?: ExcelValue }).result;
      return result === undefined ? null : toCellValue(result as ExcelValue);
    }
    if ('text' in v) {
      const t = (v as { text: unknown }).text;
      return typeof t === 'string' ? t : toCellValue(t as ExcelValue);
    }
  }
  return String(v);
}

export function sheetToGrid(ws: ExcelJS.Worksheet): SheetGrid {
  const rows: CellValue[][] = [];
  const numberFormats: (string | null)[][] = [];
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const values: CellValue[] = [];
    const formats: (string | null)[] = [];
    row.eachCell({ includeEmpty: false }, (cell, col) => {
      const isSlave = cell.isMerged && cell.master !== cell;
      const value = isSlave ? null : toCellValue(cell.value);
      values[col - 1] = value;
      // Only a number needs its format (a date serial, or a year); the lookup is not free.
      formats[col - 1] = typeof value === 'number' ? (cell.numFmt ?? null) : null;
    });
    for (let c = 0; c < values.length; c++) if (values[c] === undefined) values[c] = null;
    rows[rowNumber - 1] = values;
    numberFormats[rowNumber - 1] = formats;
  });
  for (let r = 0; r < rows.length; r++) if (!rows[r]) rows[r] = [];
  const merges: MergedArea[] = [];
  const internal = (ws as unknown as { _merges: Record<string, { top: number; left: number; bottom: number; right: number }> })._merges ?? {};
  for (const m of Object.values(internal)) {
    if (m) merges.push({ top: m.top - 1, left: m.left - 1, bottom: m.bottom - 1, right: m.right - 1 });
  }
  return { name: ws.name, rows, merges, numberFormats };
}

export async function loadWorkbook(data: ArrayBuffer | Uint8Array): Promise<{ workbook: ExcelJS.Workbook; grid: WorkbookGrid }> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(data as ArrayBuffer);
  const sheets: SheetGrid[] = [];
  workbook.eachSheet((ws) => {
    sheets.push(sheetToGrid(ws));
  });
  return { workbook, grid: { sheets } };
}
