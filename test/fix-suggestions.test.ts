import ExcelJS from 'exceljs';
import { analyzeWorkbook } from '../src/core/analyze';
import { CellValue } from '../src/core/grid';
import { suggestCode, transpositionDistance } from '../src/core/responsible';
import { applyFix, fixOf, rememberGrid, validate } from '../src/host/commands';
import { defaultSettings } from '../src/host/settings';
import { StandaloneHost } from '../src/standalone/standalone-host';
import { sheet } from './helpers/grid';

const UNITS = new Map([
  ['SJRU', 'Serviciul juridic și resurse umane'],
  ['SRRP', 'Secția relații cu publicul'],
  ['DIP', 'Direcția implementare proiecte'],
  ['DIPP', 'Direcția implementare politici publice'],
]);

describe('unit codes suggested from the abbreviations list', () => {
  test.each([
    ['SRJU', 'SJRU'], // two letters swapped
    ['SRPP', 'SRRP'], // one letter wrong
    ['sjru', 'SJRU'], // case
    ['SJ RU', 'SJRU'], // spacing
    ['S.J.R.U.', 'SJRU'],
  ])('%s -> %s', (typed, code) => expect(suggestCode(typed, UNITS)).toBe(code));

  test('two listed codes equally near: no guess', () => {
    expect(suggestCode('DIPX', UNITS)).toBeUndefined(); // DIP and DIPP are both one edit away
  });

  test('nothing near: no suggestion', () => expect(suggestCode('ANRE', UNITS)).toBeUndefined());
  test('a swap costs one edit', () => expect(transpositionDistance('SRJU', 'SJRU')).toBe(1));
});

const HEADER = ['Nr.', 'Acțiunea', 'Responsabil', 'Termen de realizare', 'Statutul', 'Descrierea'];
const row = (id: CellValue, resp = 'DIP'): CellValue[] => [id, `Acțiunea ${String(id)}`, resp, 'Trimestrul IV, 2022', 'În proces de realizare', 'Continuă.'];
const PLAN: CellValue[][] = [
  ['Raport pentru semestrul I, 2022'],
  HEADER,
  ['Obiectivul 1. Primul'],
  row('1.1'),
  row('1.2'),
  ['Obiectivul 3. Al treilea'],
  row('3.19'),
  row('3.20'),
  row('1.20'), // under objective 3: "3.20" is taken
  row('2.5', 'sjru, SRJU'),
];

test('an id under the wrong group gets a free id of that group, never one the plan has', () => {
  const a = analyzeWorkbook({
    sheets: [
      sheet('Plan', PLAN),
      sheet(
        'Abrevieri',
        [...UNITS].map(([k, v]) => [k, v]),
      ),
    ],
  });
  const ids = a.findings.filter((f) => f.code === 'id_mismatch').map((f) => [f.cell, f.suggestion]);
  expect(ids).toEqual([
    ['A9', '3.21'],
    ['A10', '3.5'],
  ]);
  const taken = new Set(a.rows.map((r) => r.id));
  for (const [, s] of ids) expect(taken.has(s!)).toBe(false);
  expect(a.findings.filter((f) => f.code === 'unknown_responsible').map((f) => [f.params.code, f.suggestion])).toEqual([
    ['sjru', 'SJRU'],
    ['SRJU', 'SJRU'],
  ]);
});

test('a fix needs the cell as read: without the grid there is no fix to offer', () => {
  const grid = { sheets: [sheet('Plan', PLAN)] };
  const a = analyzeWorkbook(grid);
  const f = a.findings.find((x) => x.code === 'id_mismatch')!;
  expect(fixOf(a, f)).toBeNull();
  expect(fixOf(rememberGrid(a, grid), f)).toEqual({ sheet: 'Plan', cell: 'A9', expected: '1.20', value: '3.21' });
});

async function standalone(rows: CellValue[][]): Promise<StandaloneHost> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Plan');
  for (const r of rows) ws.addRow(r as ExcelJS.CellValue[]);
  const abbr = wb.addWorksheet('Abrevieri');
  for (const [k, v] of UNITS) abbr.addRow([k, v]);
  const buf = (await wb.xlsx.writeBuffer()) as ArrayBuffer;
  const r = await StandaloneHost.open(buf, 'plan.xlsx');
  if (!r.ok) throw new Error(r.error);
  return r.host;
}

test('the id fix applies in standalone, on a text id with a trailing space and on a number id', async () => {
  const rows = PLAN.map((r) => [...r]);
  rows[8][0] = '1.20 '; // typed with a space after
  rows[9][0] = 2.5; // a number, as Excel keeps "2.5" typed in a General cell
  const host = await standalone(rows);
  const a = await validate(host, defaultSettings(), 'ro');
  const fixes = a.findings.filter((f) => f.code === 'id_mismatch');
  expect(fixes.map((f) => fixOf(a, f))).toEqual([
    { sheet: 'Plan', cell: 'A9', expected: '1.20 ', value: '3.21 ' },
    { sheet: 'Plan', cell: 'A10', expected: '2.5', value: '3.5' },
  ]);
  for (const f of fixes) expect((await applyFix(host, a, f)).applied).toBe(1);
  const b = await validate(host, defaultSettings(), 'ro');
  expect(b.findings.filter((f) => f.code === 'id_mismatch' || f.code === 'duplicate_id')).toEqual([]);
  expect(host.changes()).toEqual([
    { sheet: 'Plan', cell: 'A9', value: '3.21 ' },
    { sheet: 'Plan', cell: 'A10', value: '3.5' },
  ]);
});

test('a cell edited since validation is left alone, in standalone too', async () => {
  const host = await standalone(PLAN);
  const a = await validate(host, defaultSettings(), 'ro');
  const f = a.findings.find((x) => x.code === 'id_mismatch')!;
  await host.applyFixes([{ sheet: 'Plan', cell: 'A9', expected: '1.20', value: '3.22' }]);
  expect(await applyFix(host, a, f)).toMatchObject({ applied: 0, skipped: ['Plan!A9'] });
});
