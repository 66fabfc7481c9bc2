import { execFileSync, spawnSync } from 'child_process';
import { closeSync, ftruncateSync, mkdtempSync, openSync, writeFileSync } from 'fs';
import JSZip from 'jszip';
import { tmpdir } from 'os';
import { join } from 'path';
import { SAMPLE_XLSX } from '../samples/build-sample';
import { main } from '../src/cli/main';
import { FileErrorSchema, FileReportSchema, ConsolidatedSchema } from '../src/core/schema';
import { buildWorkbook } from './helpers/xlsx';

async function run(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(args, { out: (s) => out.push(s), err: (s) => err.push(s) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

const dir = mkdtempSync(join(tmpdir(), 'apr-cli-'));
const file = (name: string, content: string | Uint8Array) => {
  const p = join(dir, name);
  writeFileSync(p, content);
  return p;
};

let errorsXlsx: string;
let notesXlsx: string;
beforeAll(async () => {
  const withErrors = buildWorkbook([
    {
      name: 'Plan',
      rows: [
        ['Raport pentru semestrul II, 2021'],
        ['Nr.', 'Acțiunea', 'Responsabil', 'Termen', 'Statutul', 'Comentarii'],
        ['1.1', 'Prima acțiune', 'DIP', 'Trimestrul V', 'Realizat', 'Gata.'],
        ['1.1', 'A doua acțiune', 'DIP', 'Anual', 'Gata?', 'Nu știm.'],
      ],
    },
  ]);
  errorsXlsx = file('errors.xlsx', new Uint8Array((await withErrors.xlsx.writeBuffer()) as ArrayBuffer));
  const notes = buildWorkbook([{ name: 'Note', rows: [['Lista de cumpărături'], ['pâine', 'lapte']] }]);
  notesXlsx = file('notes.xlsx', new Uint8Array((await notes.xlsx.writeBuffer()) as ArrayBuffer));
});

test('check on the sample: exit 0, findings with cells, the table per objective', async () => {
  const r = await run(['check', SAMPLE_XLSX]);
  expect(r.code).toBe(0);
  expect(r.out).toContain('D16');
  expect(r.out).toContain('[overdue]');
  expect(r.out).toMatch(/Total\s+29\s+15\s+11\s+1\s+2\s+51,7%/);
});

test('--json: one document that the zod schema accepts, with raw numbers', async () => {
  const r = await run(['check', SAMPLE_XLSX, '--json', '--lang', 'en']);
  expect(r.code).toBe(0);
  const doc = FileReportSchema.parse(JSON.parse(r.out));
  expect(doc.rows).toHaveLength(29);
  expect(doc.stats.total.completionRate).toBeCloseTo(15 / 29, 10);
  expect(doc.stats.objectives.map((o) => o.rows)).toEqual([14, 5, 3, 7]);
  expect(doc.findings.find((f) => f.code === 'overdue')!.message).toMatch(/^Overdue/);
  expect(doc.period).toMatchObject({ kind: 'semester', n: 1, year: 2020 });
});

test('errors found: exit 1, and the errors are listed by cell', async () => {
  const r = await run(['check', errorsXlsx, '--json']);
  expect(r.code).toBe(1);
  const doc = FileReportSchema.parse(JSON.parse(r.out));
  expect(doc.findings.map((f) => `${f.cell} ${f.code}`).sort()).toEqual(['A4 duplicate_id', 'D3 invalid_deadline', 'E4 invalid_status']);
});

test('--period and --plan-year override the title rows', async () => {
  const r = await run(['check', errorsXlsx, '--json', '--period', 'S1-2021']);
  expect(FileReportSchema.parse(JSON.parse(r.out)).period).toMatchObject({ n: 1, year: 2021 });
});

test('several files: each reported, then a consolidated total', async () => {
  const r = await run(['check', SAMPLE_XLSX, SAMPLE_XLSX, '--json']);
  const docs = r.out.split('\n').map((l) => JSON.parse(l));
  expect(docs).toHaveLength(3);
  const total = ConsolidatedSchema.parse(docs[2]).consolidated;
  expect(total.files).toBe(2);
  expect(total.total.rows).toBe(58);
  expect(total.total.byState.done).toBe(30);
  expect(total.total.completionRate).toBeCloseTo(15 / 29, 10);
});

describe('files that cannot be read: exit 2 and one line saying what is wrong', () => {
  const zipNotWorkbook = async () => {
    const z = new JSZip();
    z.file('readme.txt', 'not a workbook');
    return file('archive.xlsx', await z.generateAsync({ type: 'uint8array' }));
  };
  const cfb = (extra: string) => {
    const head = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    return Buffer.concat([head, Buffer.alloc(504), Buffer.from(extra, 'utf16le'), Buffer.alloc(512)]);
  };
  const cases: [string, () => Promise<string> | string, string][] = [
    ['missing path', () => join(dir, 'nope.xlsx'), 'not_found'],
    ['a directory', () => dir, 'is_directory'],
    ['zero bytes', () => file('empty.xlsx', ''), 'empty'],
    ['text renamed .xlsx', () => file('text.xlsx', 'Nr.;Acțiunea\n1.1;Ceva\n'), 'not_xlsx'],
    ['a zip that is not a workbook', zipNotWorkbook, 'corrupt'],
    ['an old binary .xls', () => file('old.xls', cfb('Workbook')), 'legacy_xls'],
    ['a password-protected .xlsx', () => file('secret.xlsx', cfb('EncryptionInfo')), 'encrypted'],
    ['a workbook with no sheet that looks like a plan', () => notesXlsx, 'no_plan'],
    [
      'a huge file (sparse, 201 MB)',
      () => {
        const p = join(dir, 'huge.xlsx');
        const fd = openSync(p, 'w');
        ftruncateSync(fd, 201 * 1024 * 1024);
        closeSync(fd);
        return p;
      },
      'too_large',
    ],
  ];
  test.each(cases)('%s', async (_name, make, code) => {
    const path = await make();
    const text = await run(['check', path]);
    expect(text.code).toBe(2);
    expect(text.err.split('\n')).toHaveLength(1);
    expect(text.err.startsWith(`${path}: `)).toBe(true);
    expect(text.err).not.toMatch(/\bat .+:\d+:\d+/);
    const json = await run(['check', path, '--json']);
    expect(json.code).toBe(2);
    expect(FileErrorSchema.parse(JSON.parse(json.out)).error.code).toBe(code);
  });
});

test('wrong options: exit 2 with the reason', async () => {
  expect((await run(['check', SAMPLE_XLSX, '--period', 'S3-2022'])).code).toBe(2);
  expect((await run(['check', SAMPLE_XLSX, '--lang', 'de'])).err).toMatch(/--lang/);
  expect((await run(['check'])).code).toBe(2);
  expect((await run(['frobnicate'])).code).toBe(2);
});

test('the installed command runs and exits with the code (built bin)', () => {
  execFileSync('npx', ['tsc', '-p', 'tsconfig.cli.json'], { cwd: join(__dirname, '..'), stdio: 'ignore' });
  const bin = join(__dirname, '..', 'bin', 'action-plan-report.js');
  const ok = spawnSync('node', [bin, 'check', SAMPLE_XLSX, '--lang', 'ru'], { encoding: 'utf8' });
  expect(ok.status).toBe(0);
  expect(ok.stdout).toContain('Просрочено');
  const bad = spawnSync('node', [bin, 'check', join(dir, 'missing.xlsx')], { encoding: 'utf8' });
  expect(bad.status).toBe(2);
  expect(bad.stderr.trim().split('\n')).toHaveLength(1);
});

describe('report', () => {
  test('prints the text report of the sample; md and the narrative alone too', async () => {
    const txt = await run(['report', SAMPLE_XLSX]);
    expect(txt.code).toBe(0);
    expect(txt.out).toContain('au fost monitorizate 29 de acțiuni');
    expect(txt.out).toContain('Tabelul acțiunilor');
    const md = await run(['report', SAMPLE_XLSX, '--format', 'md', '--lang', 'en', '--narrative-only']);
    expect(md.out.startsWith('# Raport privind')).toBe(true);
    expect(md.out).toContain('\n## Summary\n');
    expect(md.out).not.toContain('| No. |');
  });

  test('writes a .docx with --out', async () => {
    const out = join(dir, 'r.docx');
    const r = await run(['report', SAMPLE_XLSX, '--format', 'docx', '--out', out]);
    expect(r.code).toBe(0);
    const zip = await JSZip.loadAsync(require('fs').readFileSync(out));
    expect(await zip.file('word/document.xml')!.async('string')).toContain('6.7');
  });

  test("without --format, the output file's extension chooses it: .docx is a Word document, .md Markdown", async () => {
    const docx = join(dir, 'by-extension.docx');
    expect((await run(['report', SAMPLE_XLSX, '--out', docx])).code).toBe(0);
    const zip = await JSZip.loadAsync(require('fs').readFileSync(docx));
    expect(zip.file('word/document.xml')).not.toBeNull();
    const md = join(dir, 'by-extension.md');
    expect((await run(['report', SAMPLE_XLSX, '--out', md])).code).toBe(0);
    expect(require('fs').readFileSync(md, 'utf8').startsWith('# ')).toBe(true);
  });

  test('a template with mistakes: exit 2, each named by line and column, nothing written', async () => {
    const t = file('bad.liquid', 'În {{ period }}:\n{{ total.constructor }} {{ totl }}');
    const out = join(dir, 'never.txt');
    const r = await run(['report', SAMPLE_XLSX, '--template', t, '--out', out]);
    expect(r.code).toBe(2);
    expect(r.err.split('\n')).toEqual([
      `${t}:2:4: Șablonul are o eroare la rândul 2, coloana 4: „total.constructor” nu este permis în șabloane [template_forbidden]`,
      `${t}:2:28: Șablonul are o eroare la rândul 2, coloana 28: variabila „totl” nu există; ați vrut „total”? [template_unknown_variable]`,
    ]);
    expect(require('fs').existsSync(out)).toBe(false);
  });

  test("an institution's own template", async () => {
    const t = file('own.liquid', 'Realizare: {{ total.completion_rate | percent }}; {{ total.done | plural: "acțiune", "acțiuni" }}.');
    const r = await run(['report', SAMPLE_XLSX, '--template', t, '--narrative-only']);
    expect(r.out).toBe('Realizare: 51,7%; 15 acțiuni.');
  });

  test('same exit codes as check', async () => {
    expect((await run(['report', join(dir, 'nope.xlsx')])).code).toBe(2);
    expect((await run(['report', errorsXlsx])).code).toBe(1);
    expect((await run(['report', SAMPLE_XLSX, '--format', 'pdf'])).code).toBe(2);
  });
});
