import { mkdtempSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { SAMPLE_XLSX } from '../samples/build-sample';
import { main } from '../src/cli/main';
import { FileReportSchema } from '../src/core/schema';
import { buildWorkbook } from './helpers/xlsx';

async function run(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(args, { out: (s) => out.push(s), err: (s) => err.push(s) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

test('check --explain prints how the sheet was read: columns, evidence, headings, the period and its cell', async () => {
  const r = await run(['check', SAMPLE_XLSX, '--explain', '--lang', 'en']);
  expect(r.code).toBe(0);
  expect(r.out).toContain('How the sheet was read');
  expect(r.out).toContain('Header row: 4; data start at row 5.');
  expect(r.out).toMatch(/G\s+Statutul\s+→ Status {2}confidence \d+% {2}\(header; content: 29 of 29 cells\)/);
  expect(r.out).toContain('Groupings found: 4 objectives, 6 areas.');
  expect(r.out).toContain('Period: H1 2020, from cell A2 ("pentru semestrul I, 2020").');
});

test('--json carries the reading; --columns sets a role the header does not name', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'apr-explain-'));
  const path = join(dir, 'raport_S1_2022.xlsx');
  const wb = buildWorkbook([
    {
      name: 'Foaie1',
      rows: [
        ['Nr.', 'Acțiunea', 'Responsabil', 'Termen', 'Observații'],
        ['1.1', 'Prima', 'DIP', 'Trimestrul I, 2022', 'x'],
        ['1.2', 'A doua', 'DIP', 'Trimestrul IV, 2022', 'y'],
      ],
    },
  ]);
  writeFileSync(path, new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer));
  const before = FileReportSchema.parse(JSON.parse((await run(['check', path, '--json', '--lang', 'en'])).out));
  // The period from the file's name only: the reading says so (reading_period_fallback).
  // Reading findings first (sortFindings), then errors.
  expect(before.findings.map((f) => [f.cell, f.code])).toEqual([
    ['A1', 'reading_period_fallback'],
    ['A1', 'role_not_found'],
  ]);
  expect(before.reading?.periodSource).toEqual({ kind: 'file', text: 'raport_S1_2022.xlsx' });
  expect(before.period).toMatchObject({ kind: 'semester', n: 1, year: 2022 });

  const after = FileReportSchema.parse(JSON.parse((await run(['check', path, '--json', '--columns', 'status=E'])).out));
  expect(after.reading?.columns[4]).toMatchObject({ column: 'E', role: 'status', source: 'user' });
  expect(after.findings.map((f) => [f.cell, f.code])).toEqual([
    ['A1', 'reading_period_fallback'],
    ['E2', 'invalid_status'],
    ['E3', 'invalid_status'],
  ]);
  expect((await run(['check', path, '--columns', 'stat=E'])).code).toBe(2);
});
