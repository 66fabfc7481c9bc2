import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { SAMPLE_XLSX, readSampleActions } from '../samples/build-sample';
import { main } from '../src/cli/main';
import { analyzeWorkbook } from '../src/core/analyze';
import { FileErrorSchema, FileReportSchema } from '../src/core/schema';
import { loadWorkbook } from '../src/xlsx/read';
import { buildLetter, buildNextPeriodWorkbook, buildWordReport, nextPeriodActions, xlsxBytes } from './helpers/compare-fixtures';

async function run(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(args, { out: (s) => out.push(s), err: (s) => err.push(s) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

const dir = mkdtempSync(join(tmpdir(), 'apr-compare-'));
const s1 = readSampleActions();
let s1Docx: string;
let s2Xlsx: string;
let letter: string;
beforeAll(async () => {
  s1Docx = join(dir, 'raport-s1-2020.docx');
  writeFileSync(s1Docx, await buildWordReport(s1, 'one-table'));
  s2Xlsx = join(dir, 'raport-s2-2020.xlsx');
  writeFileSync(s2Xlsx, await xlsxBytes(buildNextPeriodWorkbook(nextPeriodActions(s1))));
  letter = join(dir, 'scrisoare.docx');
  writeFileSync(letter, await buildLetter());
}, 60_000);

test('check --previous a Word report --json: the comparison block the schema describes', async () => {
  const r = await run(['check', s2Xlsx, '--previous', s1Docx, '--json', '--lang', 'en']);
  expect(r.code).toBe(0);
  const doc = FileReportSchema.parse(JSON.parse(r.out));
  const c = doc.comparison!;
  expect(c.previousFile).toBe(s1Docx);
  expect(c.matched).toBe(30);
  expect(c.new).toEqual(['6.8']);
  expect(c.dropped).toEqual(['5.2']);
  expect(c.rows.find((x) => x.id === '2.5')).toMatchObject({ previousId: '2.4', match: 'text' });
  expect(c.rows.find((x) => x.id === '1.2')).toMatchObject({ fromState: 'done', toState: 'in_progress', descriptionUnchanged: false });
  expect(c.rows.find((x) => x.id === '1.3')).toMatchObject({ fromState: 'done', toState: 'done', descriptionUnchanged: true });
  expect(c.rows.find((x) => x.id === '1.10')).toMatchObject({ fromDue: '2019-06-30', toDue: '2020-12-31' });
  expect(c.objectives.find((o) => o.key === '2')).toEqual({ key: '2', completionBefore: 3 / 5, completionNow: 4 / 5 });
  const codes = doc.findings.map((f) => f.code);
  for (const code of ['regressed', 'postponed', 'overdue_again', 'not_started_again', 'description_unchanged', 'dropped', 'new_action'])
    expect(codes).toContain(code);
  expect(doc.findings.find((f) => f.code === 'postponed')!.message).toBe(
    'The deadline moved from 30 June 2019 to 31 December 2020 (18 months later) since the previous report (1.10).',
  );
});

test('check --previous in text: the changes among the findings, then completion per objective then and now', async () => {
  const r = await run(['check', s2Xlsx, '--previous', s1Docx]);
  expect(r.code).toBe(0);
  expect(r.out).toMatch(/D16\s+1\.10\s+Termenul a fost amânat de la 30 iunie 2019 la 31 decembrie 2020 \(cu 18 luni\)/);
  expect(r.out).toContain('Evoluția față de perioada precedentă');
  expect(r.out).toMatch(/Obiectivul 2\..*60,0%\s+80,0%/);
});

test('schema prints the comparison block', async () => {
  const r = await run(['schema']);
  const schema = JSON.parse(r.out);
  const comparison = schema.file.properties.comparison;
  expect(Object.keys(comparison.properties)).toEqual(['previousFile', 'matched', 'rows', 'new', 'dropped', 'objectives']);
  expect(Object.keys(comparison.properties.rows.items.properties)).toEqual(
    expect.arrayContaining(['id', 'previousId', 'fromState', 'toState', 'fromDue', 'toDue', 'descriptionUnchanged']),
  );
});

test('a letter as the previous report: exit 2 and one line saying what was expected', async () => {
  const r = await run(['check', SAMPLE_XLSX, '--previous', letter]);
  expect(r.code).toBe(2);
  expect(r.err).toBe(
    `${letter}: documentul Word nu conține niciun tabel care să arate ca un raport pe planul de acțiuni (cu coloanele acțiunii, termenului și statutului); se aștepta raportul precedent cu tabelul acțiunilor`,
  );
  const j = await run(['check', SAMPLE_XLSX, '--previous', letter, '--json']);
  expect(FileErrorSchema.parse(JSON.parse(j.out)).error.code).toBe('docx_no_plan');
  expect((await run(['new-period', letter, '--out', join(dir, 'x.xlsx')])).code).toBe(2);
  expect(existsSync(join(dir, 'x.xlsx'))).toBe(false);
});

test('a missing previous file, a damaged .docx: exit 2, no stack trace', async () => {
  const missing = await run(['check', SAMPLE_XLSX, '--previous', join(dir, 'nu-exista.docx')]);
  expect(missing.code).toBe(2);
  expect(missing.err).toMatch(/nu-exista\.docx: fișierul nu există$/);
  const broken = join(dir, 'stricat.docx');
  writeFileSync(broken, 'PK\u0003\u0004 not really a zip');
  const r = await run(['check', SAMPLE_XLSX, '--previous', broken]);
  expect(r.code).toBe(2);
  expect(r.err).toMatch(/stricat\.docx: documentul Word \(\.docx\) este deteriorat/);
  expect(r.err).not.toMatch(/at .*\.js/);
});

describe.each([
  ['a Word report', () => s1Docx],
  ['the sample workbook', () => SAMPLE_XLSX],
])('new-period from %s', (_, previousOf) => {
  test('reads back through the engine with the same rows, empty statuses and a dropdown', async () => {
    const out = join(dir, `s2-from-${previousOf().endsWith('.docx') ? 'docx' : 'xlsx'}.xlsx`);
    const r = await run(['new-period', previousOf(), '--out', out]);
    expect(r.code).toBe(0);
    expect(r.err).toContain('29 de acțiuni');
    const { workbook, grid } = await loadWorkbook(readFileSync(out));
    const a = analyzeWorkbook(grid);
    expect(a.period).toMatchObject({ kind: 'semester', n: 2, year: 2020 });
    expect(a.rows.map((x) => x.id)).toEqual(s1.map((x) => x.id));
    expect(a.rows.map((x) => x.action)).toEqual(s1.map((x) => x.action));
    expect(a.rows.map((x) => x.objective?.key)).toEqual(s1.map((x) => /Obiectivul (\d+)/.exec(x.objective_group)![1]));
    expect(a.rows.map((x) => x.area?.key)).toEqual(s1.map((x) => x.id.split('.')[0]));
    expect(a.rows.map((x) => String(x.deadline))).toEqual(s1.map((x) => x.deadline));
    expect(a.rows.every((x) => x.statusText === '' && x.state === null && x.description === '')).toBe(true);
    expect(a.findings.filter((f) => f.code === 'missing_status')).toHaveLength(29);
    expect(a.findings.filter((f) => f.severity === 'error' && f.code !== 'missing_status')).toEqual([]);
    // The previous status and description are kept beside, for the officer to see.
    const ws = workbook.worksheets[0];
    const statusCol = Number(/[A-Z]+/.exec(a.rows[0].cells.status!)![0].charCodeAt(0) - 64);
    const firstRow = a.rows[0].sheetRow;
    expect(ws.getRow(firstRow).getCell(statusCol + 2).value).toBe('În proces de realizare');
    expect(String(ws.getRow(firstRow).getCell(statusCol + 3).value).replace(/\s+/g, ' ')).toBe(s1[0].description.replace(/\s+/g, ' '));
    const validation = ws.getCell(a.rows[0].cells.status!).dataValidation;
    expect(validation).toMatchObject({ type: 'list' });
    expect(validation.formulae![0]).toContain('Realizată');
    expect(ws.getCell(a.rows[28].cells.status!).dataValidation).toMatchObject({ type: 'list' });
  });
});

test('new-period never writes over an existing file', async () => {
  const out = join(dir, 'existing.xlsx');
  writeFileSync(out, 'the officer’s work');
  const r = await run(['new-period', SAMPLE_XLSX, '--out', out]);
  expect(r.code).toBe(2);
  expect(readFileSync(out, 'utf8')).toBe('the officer’s work');
});

test('report --previous: the narrative gains the section on progress since the previous period', async () => {
  const r = await run(['report', s2Xlsx, '--previous', s1Docx, '--narrative-only', '--format', 'md']);
  expect(r.code).toBe(0);
  expect(r.out).toContain('## Evoluția față de perioada precedentă');
  expect(r.out).toContain('În această perioadă au fost realizate 3 acțiuni (1.1, 3.1 și 6.5).');
  expect(r.out).toContain('Termenul a fost amânat pentru 1 acțiune: 1.10 (de la 30 iunie 2019 la 31 decembrie 2020).');
  expect(r.out).toContain('Pentru 4 acțiuni (1.10, 6.2.1, 6.2.2 și 6.2.3) termenul de realizare este depășit a doua perioadă la rând.');
  const without = await run(['report', s2Xlsx, '--narrative-only', '--format', 'md']);
  expect(without.out).not.toContain('Evoluția');
});

test.each(['en', 'ru'])('new-period in %s: headers the engine reads as the same plan, statuses empty', async (lang) => {
  const out = join(dir, `s2-${lang}.xlsx`);
  expect((await run(['new-period', SAMPLE_XLSX, '--out', out, '--lang', lang])).code).toBe(0);
  const a = analyzeWorkbook((await loadWorkbook(readFileSync(out))).grid);
  expect(a.rows.map((x) => x.id)).toEqual(s1.map((x) => x.id));
  expect(a.period).toMatchObject({ kind: 'semester', n: 2, year: 2020 });
  expect(a.rows.every((x) => x.state === null && x.statusText === '')).toBe(true);
});
