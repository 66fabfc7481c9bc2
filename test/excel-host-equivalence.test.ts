/**
 * The same workbook through the Excel double and through the .xlsx reader gives the same rows,
 * findings and statistics: dates, formula errors, merged headings, non-ASCII text included.
 */
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { columnLetters } from '../src/core/grid';
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
    [
      '1.3',
      'Instruirea funcționarilor',
      'AGE',
      'Trimestrul II, 2022',
      { formula: 'NA()', result: { error: '#N/A' } },
      'Instruiri',
      { error: '#N/A' },
      'Şedinţe ţinute.',
    ],
    ['Obiectivul 2. Îmbunătățirea cooperării'],
    ['2.1', 'Platforma participării', 'MF, AGE', 2022, 250000, 'Platformă', 'Neiniţiată', ''],
    ['2.2', 'Dezvoltarea serviciilor', 'XYZ', d(2022, 3, 15), null, 'Servicii', 'Realizată', { error: '#REF!' }],
  ];
  const { viaFile, viaExcel } = await bothWays(
    [
      { name: 'Raport S1 2022', rows, merges: ['A1:H1', 'A3:H3', 'A7:H7'] },
      {
        name: 'Abrevieri',
        rows: [
          ['Abreviere', 'Denumire'],
          ['AGE', 'Agenția de Guvernare Electronică'],
          ['MF', 'Ministerul Finanțelor'],
        ],
      },
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

describe('random workbooks (fast-check)', () => {
  // Values Excel and an .xlsx file can both hold: text (any Unicode, plan vocabulary), numbers,
  // booleans, dates in a date format, error values; non-overlapping merged areas.
  const HEADER = ['Nr.', 'Acțiunea', 'Instituția responsabilă', 'Termen de realizare', 'Statutul', 'Descrierea succintă', 'Мероприятие', 'Срок исполнения'];
  const VOCAB = [
    'Realizată',
    'În proces de realizare',
    'Neiniţiată',
    'Anual',
    'Trimestrul IV, 2020',
    '31.02.2022',
    'Obiectivul 1. Test',
    '1.1',
    '1.2',
    '2.9',
    '#N/A',
    '- 1.9 text',
    'Выполнено',
  ];
  const value = fc.oneof(
    { weight: 4, arbitrary: fc.string({ unit: 'grapheme', maxLength: 30 }) },
    { weight: 5, arbitrary: fc.constantFrom(...VOCAB, ...HEADER) },
    { weight: 3, arbitrary: fc.constant(null) },
    { weight: 1, arbitrary: fc.integer({ min: -1e6, max: 3e6 }) },
    { weight: 1, arbitrary: fc.boolean() },
    {
      weight: 1,
      arbitrary: fc
        .date({ min: new Date(Date.UTC(1990, 0, 1)), max: new Date(Date.UTC(2100, 0, 1)), noInvalidDate: true })
        .map((x) => new Date(Date.UTC(x.getUTCFullYear(), x.getUTCMonth(), x.getUTCDate()))),
    },
    { weight: 1, arbitrary: fc.constantFrom({ error: '#N/A' }, { error: '#REF!' }, { error: '#DIV/0!' }) },
  );
  const sheet = fc.record({
    rows: fc.array(fc.array(value, { maxLength: 8 }), { maxLength: 25 }),
    header: fc.option(fc.shuffledSubarray(HEADER, { minLength: 3 })),
    merges: fc.array(fc.record({ top: fc.nat(24), left: fc.nat(7), h: fc.nat(2), w: fc.nat(4) }), { maxLength: 4 }),
  });

  test('give the same rows, findings and statistics both ways', async () => {
    await fc.assert(
      fc.asyncProperty(sheet, async ({ rows, header, merges }) => {
        const all = header ? [['Raport pentru semestrul I, 2022'], header as ExcelJS.CellValue[], ...rows] : rows;
        const taken = new Set<string>();
        const areas: string[] = [];
        for (const m of merges) {
          const cells: string[] = [];
          for (let r = m.top; r <= m.top + m.h; r++) for (let c = m.left; c <= m.left + m.w; c++) cells.push(`${r},${c}`);
          if (cells.length < 2 || cells.some((k) => taken.has(k))) continue;
          cells.forEach((k) => taken.add(k));
          areas.push(`${columnLetters(m.left)}${m.top + 1}:${columnLetters(m.left + m.w)}${m.top + m.h + 1}`);
        }
        const formats: Record<string, string> = {};
        all.forEach((row, r) => row.forEach((v, c) => v instanceof Date && (formats[`${columnLetters(c)}${r + 1}`] = 'dd.mm.yyyy')));
        const { viaFile, viaExcel } = await bothWays([{ name: 'Plan', rows: all as ExcelJS.CellValue[][], merges: areas }], formats);
        expect(viaExcel.rows).toEqual(viaFile.rows);
        expect(viaExcel.findings).toEqual(viaFile.findings);
        expect(viaExcel.stats).toEqual(viaFile.stats);
      }),
      { numRuns: 60 },
    );
  }, 240_000);
});
