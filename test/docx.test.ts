import { execFileSync, spawnSync } from 'child_process';
import { mkdtempSync, readFileSync, writeFileSync, existsSync, statSync } from 'fs';
import JSZip from 'jszip';
import { Packer } from 'docx';
import { tmpdir } from 'os';
import { join } from 'path';
import { SAMPLE_XLSX } from '../samples/build-sample';
import { analyzeWorkbook } from '../src/core/analyze';
import { writeNarrative } from '../src/core/narrative';
import { buildDocx } from '../src/report/docx';
import { buildReportModel } from '../src/report/model';
import { toMarkdown, toPlainText } from '../src/report/markdown';
import { loadWorkbook } from '../src/xlsx/read';

const has = (cmd: string) => spawnSync('sh', ['-c', `command -v ${cmd}`]).status === 0;
const dir = mkdtempSync(join(tmpdir(), 'apr-docx-'));
let docxPath: string;
let ids: string[];
let md: string;
let txt: string;

beforeAll(async () => {
  const a = analyzeWorkbook((await loadWorkbook(readFileSync(SAMPLE_XLSX))).grid);
  ids = a.rows.map((r) => r.id!);
  const n = writeNarrative(a, 'ro');
  if (!n.ok) throw new Error('narrative');
  const model = buildReportModel(a, n.text, 'ro');
  md = toMarkdown(model);
  txt = toPlainText(model);
  docxPath = join(dir, 'sample.docx');
  writeFileSync(docxPath, await Packer.toBuffer(buildDocx(model)));
});

test('the .docx holds the title, the narrative and every action id in its table', async () => {
  const zip = await JSZip.loadAsync(readFileSync(docxPath));
  const xml = await zip.file('word/document.xml')!.async('string');
  const text = xml.replace(/<w:tab\/>/g, ' ').replace(/<[^>]+>/g, '');
  expect(text).toContain('Raport privind implementarea Planului de acțiuni');
  expect(text).toContain('au fost monitorizate 29 de acțiuni');
  for (const id of ids) expect(xml).toContain(`<w:t xml:space="preserve">${id}</w:t>`);
});

test('Markdown and plain text hold every action id under its objective heading', () => {
  for (const id of ids) expect(md).toMatch(new RegExp(`^\\| ${id.replace('.', '\\.')} \\|`, 'm'));
  expect(md).toContain('### Obiectivul 4. Modernizarea serviciilor publice');
  for (const id of ids) expect(txt).toMatch(new RegExp(`^${id.replace('.', '\\.')} `, 'm'));
});

const soffice = has('soffice');
(soffice ? test : test.skip)(
  'LibreOffice opens the .docx and converts it to PDF holding every id',
  () => {
    execFileSync('soffice', ['--headless', `-env:UserInstallation=file://${dir}/lo-profile`, '--convert-to', 'pdf', '--outdir', dir, docxPath], {
      timeout: 180_000,
      stdio: 'ignore',
    });
    const pdf = join(dir, 'sample.pdf');
    expect(existsSync(pdf)).toBe(true);
    expect(statSync(pdf).size).toBeGreaterThan(10_000);
    if (has('pdftotext')) {
      const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
      expect(text).toContain('Tabelul acțiunilor');
      for (const id of ids) expect(text).toMatch(new RegExp(`(^|\\s)${id.replace('.', '\\.')}(\\s|$)`, 'm'));
    }
  },
  200_000,
);
