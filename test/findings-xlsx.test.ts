import ExcelJS from 'exceljs';
import { analyzeWorkbook } from '../src/core/analyze';
import { findingsSheetName, findingsTable } from '../src/taskpane/findings-csv';
import { textTableWorkbook } from '../src/xlsx/findings-book';
import { sheet } from './helpers/grid';

const HEADER = ['Nr.', 'Acțiunea', 'Responsabil', 'Termen de realizare', 'Statutul', 'Descrierea'];

test('the findings as .xlsx reopen with the same rows, every value a text cell, the header frozen', async () => {
  const a = analyzeWorkbook({
    sheets: [
      sheet('Plan', [
        ['Raport pentru semestrul I, 2022'],
        HEADER,
        ['1.1', 'Acțiunea', 'DIP', 'Trimestrul IV, 2022', '=Realizat', 'Text'],
        ['1.1', 'Alta', 'SRJU', 'cât mai curând', 'Realizatt', null],
      ]),
    ],
  });
  const table = findingsTable(a, 'ru');
  expect(table.length).toBe(a.findings.length + 1);
  expect(table.length).toBeGreaterThan(3);

  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(await textTableWorkbook(findingsSheetName('ru'), table)) as unknown as ArrayBuffer);
  expect(wb.worksheets.map((w) => w.name)).toEqual(['Замечания']);
  const ws = wb.worksheets[0];
  const read: string[][] = [];
  ws.eachRow({ includeEmpty: true }, (row) => {
    const cells: string[] = [];
    for (let c = 1; c <= table[0].length; c++) {
      const v = row.getCell(c).value;
      // A written empty string reads back as no value.
      expect(v === null || typeof v === 'string').toBe(true);
      cells.push((v as string | null) ?? '');
    }
    read.push(cells);
  });
  expect(read).toEqual(table);
  expect(read[0]).toEqual(['Лист', 'Ячейка', '№', 'Замечание', 'Сообщение', 'Предлагаемое исправление']);
  // The status finding's row: its cell, id, message quoting the cell's own text, and no formula anywhere.
  expect(read.find((r) => r[1] === 'E3')?.[4]).toContain('=Realizat');
  ws.eachRow((row) => row.eachCell((cell) => expect(cell.formula).toBeUndefined()));
  expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
});
