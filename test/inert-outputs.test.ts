import { mkdtempSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { main } from '../src/cli/main';
import { buildWorkbook } from './helpers/xlsx';

const PAYLOADS = [
  '<script>alert(1)</script>',
  '<img src=x onerror="alert(2)">',
  '<iframe src="https://example.org"></iframe>',
  '[click](javascript:alert(3))',
  'Titlu\n# Injected heading\n<div>block</div>',
  'Escape \u001b[31mred\u001b[0m',
];

async function run(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(args, { out: (s) => out.push(s), err: (s) => err.push(s) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

let file: string;
beforeAll(async () => {
  const wb = buildWorkbook([
    {
      name: 'Plan',
      rows: [
        ['Raport pentru semestrul I, 2022\n# Injected title heading'],
        ['Nr.', 'Acțiunea', 'Responsabil', 'Termen', 'Statutul', 'Descrierea'],
        ['Obiectivul 1. Primul\n# Injected objective heading <script>alert(4)</script>'],
        ...PAYLOADS.map((p, i) => [`1.${i + 1}`, p, `DIP ${p}`, '2022', 'Nerealizat', `${p}\n# Injected description heading`]),
      ],
    },
  ]);
  const dir = mkdtempSync(join(tmpdir(), 'apr-inert-'));
  file = join(dir, 'payloads.xlsx');
  writeFileSync(file, new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer));
});

test('Markdown: no live HTML, no javascript: link, cell text stays in its heading or table cell', async () => {
  const r = await run(['report', file, '--format', 'md', '--lang', 'en']);
  expect([0, 1]).toContain(r.code);
  const md = r.out;
  expect(md).not.toMatch(/<(script|img|iframe|div)\b/i);
  expect(md).toContain('&lt;script&gt;');
  // A link needs an unescaped "](": cells have their brackets backslashed, the narrative its "](".
  expect(md).not.toMatch(/(?<!\\)\]\(javascript:/i);
  expect(md).not.toContain('\u001b');
  // Headings: the title, the template's, the report's own; none begins with injected text.
  expect(md.split('\n').filter((l) => /^#{1,6} +Injected/.test(l))).toEqual([]);
  // Every table line of the actions table is one row: starts and ends with a pipe.
  const tableLines = md.split('\n').filter((l) => l.startsWith('|'));
  for (const l of tableLines) expect(l.endsWith('|')).toBe(true);
  expect(tableLines.filter((l) => /^\| 1\.\d /.test(l))).toHaveLength(PAYLOADS.length);
});

test('plain text report: no injected heading line, no terminal escapes', async () => {
  const r = await run(['report', file, '--format', 'txt', '--lang', 'en']);
  const lines = r.out.split('\n');
  expect(lines.filter((l) => /^#+ |^Injected/.test(l))).toEqual([]);
  expect(r.out).not.toContain('\u001b');
});

test('narrative only (Markdown): inserted values stay on their line', async () => {
  const r = await run(['report', file, '--format', 'md', '--narrative-only', '--lang', 'en']);
  expect(r.out.split('\n').filter((l) => /^#+ +Injected/.test(l))).toEqual([]);
});

test('check text output: findings and tables on their lines, no terminal escapes', async () => {
  const r = await run(['check', file, '--lang', 'en']);
  expect(r.out).not.toContain('\u001b');
  expect(r.out.split('\n').filter((l) => /^#+ |^Injected|^<div>/.test(l))).toEqual([]);
});
