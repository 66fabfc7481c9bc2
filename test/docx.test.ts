import { mkdtempSync, readFileSync, writeFileSync } from 'fs';
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

test('real styles an officer restyles in one step: Title, Heading 1 and 2, a table style; a footer with page fields; A4 landscape', async () => {
  const zip = await JSZip.loadAsync(readFileSync(docxPath));
  const xml = await zip.file('word/document.xml')!.async('string');
  const styles = await zip.file('word/styles.xml')!.async('string');
  for (const id of ['Title', 'Heading1', 'Heading2', 'ReportTable']) expect(styles).toContain(`w:styleId="${id}"`);
  for (const id of ['Title', 'Heading1', 'Heading2']) expect(xml).toContain(`<w:pStyle w:val="${id}"/>`);
  expect(xml).toContain('<w:tblStyle w:val="ReportTable"/>');
  expect(xml).toContain('<w:tblHeader/>');
  expect(xml).toMatch(/<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"\/>/);
  const footer = Object.keys(zip.files).find((f) => /word\/footer\d*\.xml/.test(f))!;
  const f = await zip.file(footer)!.async('string');
  expect(f).toMatch(/PAGE/);
  expect(f).toMatch(/NUMPAGES/);
  expect(xml).not.toContain('Generat din foaia');
});

test('a plan with no actions still makes a document', async () => {
  const a = analyzeWorkbook({ sheets: [{ name: 'P', rows: [['Nr.', 'Acțiunea', 'Termen', 'Statutul']] }] });
  const n = writeNarrative(a, 'ro');
  if (!n.ok) throw new Error('narrative');
  const buffer = await Packer.toBuffer(buildDocx(buildReportModel(a, n.text, 'ro')));
  expect(buffer.length).toBeGreaterThan(5_000);
});
