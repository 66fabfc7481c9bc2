import ExcelJS from 'exceljs';
import { CellValue } from '../src/core/grid';
import { applyFix, applyWrites, editableCell, enforceStatuses, statusRanges, validate, writeOf } from '../src/host/commands';
import { defaultSettings } from '../src/host/settings';
import { StandaloneHost } from '../src/standalone/standalone-host';
import { WorkbookDouble } from './helpers/excel-double';
import { hostOver } from './helpers/excel-host';

const HEADER = ['Nr.', 'Acțiunea', 'Responsabil', 'Termen de realizare', 'Statutul', 'Descrierea succintă'];
const COVER: CellValue[][] = [['Raport privind implementarea Planului de acțiuni'], ['semestrul I 2022']];

/** An objective's sheet with `count` actions; the last one's status is spelled without its diacritic on the second sheet only. */
function objective(n: number, count: number): CellValue[][] {
  const rows: CellValue[][] = [[`Obiectivul ${n}. Domeniul ${n}`], HEADER];
  for (let i = 1; i <= count; i++) {
    const status = n === 2 && i === count ? 'Realizata' : 'Realizat';
    rows.push([`${n}.${i}`, `Acțiunea ${n}.${i} din obiectivul ${n}`, 'DIP', 'trimestrul II', status, 'Gata.']);
  }
  return rows;
}

// Both objective sheets have the same number of rows: the misspelled cell's address exists on both.
const ROWS = 45; // beyond the Excel host's head read (40 rows): the second sheet must be read whole
const LAST = `E${ROWS + 2}`;

describe('Excel: a fix on the second plan sheet writes the second sheet', () => {
  const model = new WorkbookDouble();
  model.addSheet('Copertă', COVER);
  model.addSheet('Obiectiv 1', objective(1, ROWS));
  model.addSheet('Obiectiv 2', objective(2, ROWS));
  const { host } = hostOver(model);

  test('both sheets read whole, the finding on the second, the fix written there only', async () => {
    const a = await validate(host, defaultSettings(), 'ro');
    expect(a.rows).toHaveLength(2 * ROWS);
    const f = a.findings.find((x) => x.code === 'status_spelling')!;
    expect([f.sheet, f.cell, f.suggestion]).toEqual(['Obiectiv 2', LAST, 'Realizată']);
    await applyFix(host, a, f);
    expect(model.value('Obiectiv 2', LAST)).toBe('Realizată');
    expect(model.value('Obiectiv 1', LAST)).toBe('Realizat');
    expect(model.value('Obiectiv 1', 'E3')).toBe('Realizat');
  });

  test("an edit of a row on the second sheet writes that sheet's cell; the status list goes on each sheet", async () => {
    const a = await validate(host, defaultSettings(), 'ro');
    const edit = editableCell(a, 'Obiectiv 2', 'D3');
    expect(edit?.row).toMatchObject({ id: '2.1', sheet: 'Obiectiv 2' });
    expect(editableCell(a, 'Obiectiv 1', 'D3')?.row.id).toBe('1.1');
    await applyWrites(host, [writeOf(a, 'Obiectiv 2', 'D3', 'trimestrul III')!]);
    expect(model.value('Obiectiv 2', 'D3')).toBe('trimestrul III');
    expect(model.value('Obiectiv 1', 'D3')).toBe('trimestrul II');
    expect(statusRanges(a)).toEqual([
      { sheet: 'Obiectiv 1', range: `E3:${LAST}` },
      { sheet: 'Obiectiv 2', range: `E3:${LAST}` },
    ]);
    expect(await enforceStatuses(host, a, defaultSettings())).toBe(true);
  });
});

test('standalone: a fix on the second plan sheet writes the second sheet', async () => {
  const wb = new ExcelJS.Workbook();
  for (const [name, rows] of [
    ['Copertă', COVER],
    ['Obiectiv 1', objective(1, 3)],
    ['Obiectiv 2', objective(2, 3)],
  ] as const) {
    const ws = wb.addWorksheet(name);
    for (const r of rows) ws.addRow(r as ExcelJS.CellValue[]);
  }
  const opened = await StandaloneHost.open((await wb.xlsx.writeBuffer()) as ArrayBuffer, 'plan.xlsx');
  if (!opened.ok) throw new Error(opened.error);
  const host = opened.host;
  const a = await validate(host, defaultSettings(), 'ro');
  const f = a.findings.find((x) => x.code === 'status_spelling')!;
  expect([f.sheet, f.cell]).toEqual(['Obiectiv 2', 'E5']);
  expect(await applyFix(host, a, f)).toMatchObject({ applied: 1, skipped: [] });
  expect(host.textAt('Obiectiv 2', 'E5')).toBe('Realizată');
  expect(host.textAt('Obiectiv 1', 'E5')).toBe('Realizat');
  const again = await validate(host, defaultSettings(), 'ro');
  expect(again.findings.some((x) => x.code === 'status_spelling')).toBe(false);
});
