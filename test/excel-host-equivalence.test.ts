/**
 * The same workbook through the Excel double and through the .xlsx reader gives the same rows,
 * findings and statistics: dates, formula errors, merged headings, non-ASCII text included.
 */
import ExcelJS from 'exceljs';
import { generatePlan } from '../bench/generate';
import { analyzeWorkbook } from '../src/core/analyze';
import { validate } from '../src/host/commands';
import { defaultSettings } from '../src/host/settings';
import { loadWorkbook } from '../src/xlsx/read';
import { fromExcelJs } from './helpers/excel-double';
import { hostOver } from './helpers/excel-host';
import { SheetSpec, buildWorkbook } from './helpers/xlsx';

async function bothWays(sheets: SheetSpec[], formats: Record<string, string> = {}) {
  const wb = buildWorkbook(sheets);
  for (const [address, fmt] of Object.entries(formats)) wb.worksheets[0].getCell(address).numFmt = fmt;
  const bytes = new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
  const viaFile = analyzeWorkbook((await loadWorkbook(bytes)).grid, { lang: 'ro' });
  const reopened = new ExcelJS.Workbook();
  await reopened.xlsx.load(bytes as unknown as ArrayBuffer);
  const viaExcel = await validate(hostOver(fromExcelJs(reopened)).host, defaultSettings(), 'ro');
  return { viaFile, viaExcel };
}

const d = (y: number, m: number, day: number) => new Date(Date.UTC(y, m - 1, day));

test('dates, error cells, merged headings, Cyrillic and Romanian text, formatted numbers', async () => {
  const rows: ExcelJS.CellValue[][] = [
    ['Raport privind implementarea Planului de acțiuni pentru semestrul I, 2022'],
    ['Nr.', 'Acțiunea', 'Instituția responsabilă', 'Termen de realizare', 'Costuri', 'Indicatori de progres', 'Statutul', 'Descrierea succintă'],
    ['Obiectivul 1. Sporirea accesului la informaţie'],
    ['1.1', 'Publicarea datelor', 'AGE', d(2022, 6, 30), 1500, 'Date publicate', 'Realizată', 'Datele au fost publicate.'],
    ['1.2', 'Организация консультаций', 'MF', d(2021, 12, 31), 0, 'Консультации', 'În proces de realizare', 'Консультации продолжаются.'],
    ['1.3', 'Instruirea funcționarilor', 'AGE', 'Trimestrul II, 2022', { formula: 'NA()', result: { error: '#N/A' } }, 'Instruiri', { error: '#N/A' }, 'Şedinţe ţinute.'],
    ['Obiectivul 2. Îmbunătățirea cooperării'],
    ['2.1', 'Platforma participării', 'MF, AGE', 2022, 250000, 'Platformă', 'Neiniţiată', ''],
    ['2.2', 'Dezvoltarea serviciilor', 'XYZ', d(2022, 3, 15), null, 'Servicii', 'Realizată', { error: '#REF!' }],
  ];
  const { viaFile, viaExcel } = await bothWays(
    [
      { name: 'Raport S1 2022', rows, merges: ['A1:H1', 'A3:H3', 'A7:H7'] },
      { name: 'Abrevieri', rows: [['Abreviere', 'Denumire'], ['AGE', 'Agenția de Guvernare Electronică'], ['MF', 'Ministerul Finanțelor']] },
    ],
    { D4: 'dd.mm.yyyy', D5: 'd mmmm yyyy', D9: 'dd/mm/yy', E4: '#,##0', E8: '#,##0 "lei"' },
  );
  expect(viaFile.rows).toHaveLength(5);
  expect(viaFile.findings.map((f) => f.code)).toEqual(expect.arrayContaining(['cell_error', 'unknown_responsible', 'overdue']));
  expect(viaFile.rows[0].deadline).toBeInstanceOf(Date);
  expect(viaExcel.rows).toEqual(viaFile.rows);
  expect(viaExcel.findings).toEqual(viaFile.findings);
  expect(viaExcel.stats).toEqual(viaFile.stats);
  expect(viaExcel.objectives).toEqual(viaFile.objectives);
  expect(viaExcel.period).toEqual(viaFile.period);
});

test.each([1, 2, 3])('a generated plan (seed %i) with merged objective and area headings', async (seed) => {
  const plan = generatePlan(120, seed);
  const { viaFile, viaExcel } = await bothWays([{ name: 'Plan', rows: plan.rows, merges: plan.merges }]);
  expect(viaFile.rows).toHaveLength(120);
  expect(viaExcel.rows).toEqual(viaFile.rows);
  expect(viaExcel.findings).toEqual(viaFile.findings);
  expect(viaExcel.stats).toEqual(viaFile.stats);
});
