import ExcelJS from 'exceljs';

const WIDTHS = [14, 9, 8, 28, 70, 30];

/**
 * A table of text as a one-sheet workbook (the findings sent to responsible units): the header in
 * bold, frozen and filterable. Every value is a string cell formatted as text, so a message that
 * starts with "=" is never a formula.
 */
export async function textTableWorkbook(sheetName: string, rows: string[][]): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(sheetName, { views: [{ state: 'frozen', ySplit: 1 }] });
  const columns = rows[0]?.length ?? 0;
  for (let c = 1; c <= columns; c++) {
    const col = ws.getColumn(c);
    col.width = WIDTHS[c - 1] ?? 20;
    col.numFmt = '@';
    col.alignment = { wrapText: true, vertical: 'top' };
  }
  ws.addRows(rows);
  ws.getRow(1).font = { bold: true };
  if (columns) ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns } };
  return new Uint8Array(await wb.xlsx.writeBuffer());
}
