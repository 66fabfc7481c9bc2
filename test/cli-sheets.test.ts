import { mkdtempSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { main } from '../src/cli/main';
import { FileReportSchema } from '../src/core/schema';
import { SheetSpec, buildWorkbook } from './helpers/xlsx';

async function run(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(args, { out: (s) => out.push(s), err: (s) => err.push(s) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

const HEADER = ['Nr.', 'Acțiunea', 'Responsabil', 'Termen de realizare', 'Statutul', 'Descrierea succintă'];
const report = (name: string, title: string, rows: [string, string, string][]): SheetSpec => ({
  name,
  rows: [[title], HEADER, ...rows.map(([id, action, status]) => [id, action, 'DIP', 'trimestrul II 2022', status, 'Text.'])],
});
// The current report, an older copy of it (the same actions), and a third part of the plan with other actions.
const current = report('Raport S1', 'Raport pentru semestrul I 2022', [
  ['1.1', 'Elaborarea regulamentului intern', 'Realizat'],
  ['1.2', 'Instruirea personalului din teritoriu', 'Realizatt'],
]);
const older = report('Raport vechi', 'Raport pentru semestrul II 2021', [
  ['1.1', 'Elaborarea regulamentului intern', 'În proces de realizare'],
  ['1.2', 'Instruirea personalului din teritoriu', 'Neinițiat'],
]);
const other = report('Obiectiv 2', 'Obiectivul 2. Servicii', [['2.1', 'Lansarea portalului de servicii', 'Realizat']]);

let file: string;
beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'apr-sheets-'));
  file = join(dir, 'plan.xlsx');
  writeFileSync(file, new Uint8Array((await buildWorkbook([current, older, other]).xlsx.writeBuffer()) as ArrayBuffer));
});

test('without --sheet: the parts are read, the older copy is left and said first, with the sheet it is on', async () => {
  const r = await run(['check', file, '--lang', 'en']);
  const lines = r.out.split('\n');
  expect(lines[1]).toMatch(/^Sheet: Raport S1, Obiectiv 2 · /);
  const reading = lines.indexOf('Check how the sheet was read (1)');
  const errors = lines.findIndex((l) => l.startsWith('Errors ('));
  expect(reading).toBeGreaterThan(0);
  expect(errors).toBeGreaterThan(reading);
  expect(lines[reading + 1]).toMatch(
    /^ {2}'Raport vechi'!A2 .*Sheet "Raport vechi" has a table header like the plan's but was not read \(mostly the same actions.*\[reading_sheet_not_read\]$/,
  );
  expect(lines[errors + 1]).toMatch(/^ {2}'Raport S1'!E4 .*\[invalid_status\]$/);
});

test('--sheet repeated reads the sheets named, and says the part the choice left out', async () => {
  const r = await run(['check', file, '--sheet', 'Raport vechi', '--sheet', 'Obiectiv 2', '--json', '--lang', 'en']);
  const doc = FileReportSchema.parse(JSON.parse(r.out));
  expect(doc.rows.map((x) => [x.sheet, x.id, x.state])).toEqual([
    ['Raport vechi', '1.1', 'in_progress'],
    ['Raport vechi', '1.2', 'not_started'],
    ['Obiectiv 2', '2.1', 'done'],
  ]);
  expect(doc.sheets?.map((s) => [s.sheet, s.use, s.reason])).toEqual([
    ['Raport S1', 'left', 'not_chosen'],
    ['Raport vechi', 'read', 'chosen'],
    ['Obiectiv 2', 'read', 'chosen'],
  ]);
  expect(doc.findings[0]).toMatchObject({ code: 'reading_sheet_not_read', sheet: 'Raport S1' });
  expect(doc.stats.total.rows).toBe(3);
});

test('--sheet all reads every plan-like sheet; --explain lists the sheets read', async () => {
  const r = await run(['check', file, '--sheet', 'all', '--explain', '--lang', 'en']);
  expect(r.out).toContain('Sheets read (3): "Raport S1", "Raport vechi", "Obiectiv 2"');
  expect(r.out).not.toContain('reading_sheet_not_read');
  expect(r.out).toMatch(/^5 actions, /m);
});

test('--explain names each sheet left and why; a --sheet the workbook lacks is named', async () => {
  const r = await run(['check', file, '--explain', '--lang', 'ro']);
  expect(r.out).toContain('Necitită ca plan: "Raport vechi" (în mare aceleași acțiuni ca o foaie citită: o copie mai veche?)');
  const missing = await run(['check', file, '--sheet', 'Raport S1', '--sheet', 'Anexa']);
  expect(missing.code).toBe(2);
  expect(missing.err).toContain('--sheet "Anexa"');
});
