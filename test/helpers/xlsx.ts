import ExcelJS from 'exceljs';
import { WorkbookGrid } from '../../src/core/grid';
import { loadWorkbook } from '../../src/xlsx/read';

export type SheetSpec = { name: string; rows: ExcelJS.CellValue[][]; merges?: string[] };

export function buildWorkbook(sheets: SheetSpec[]): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  for (const s of sheets) {
    const ws = wb.addWorksheet(s.name);
    s.rows.forEach((row, r) =>
      row.forEach((v, c) => {
        if (v !== null && v !== undefined && v !== '') ws.getCell(r + 1, c + 1).value = v;
      }),
    );
    for (const m of s.merges ?? []) ws.mergeCells(m);
  }
  return wb;
}

/** Writes the workbook to .xlsx bytes and reads it back, as the command line would. */
export async function roundTrip(sheets: SheetSpec[]): Promise<WorkbookGrid> {
  const buffer = await buildWorkbook(sheets).xlsx.writeBuffer();
  return (await loadWorkbook(new Uint8Array(buffer as ArrayBuffer))).grid;
}
