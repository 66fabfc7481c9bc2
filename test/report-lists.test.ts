/**
 * A description's lists stay lists: "- ", "• " and "1)" lines (and a list typed on one line after
 * a sentence) become list items in Word and in Markdown, and not a character of them is lost.
 */
import JSZip from 'jszip';
import { Packer } from 'docx';
import { analyzeWorkbook } from '../src/core/analyze';
import { cellLines } from '../src/report/cell-lines';
import { buildDocx } from '../src/report/docx';
import { toMarkdown } from '../src/report/markdown';
import { buildReportModel } from '../src/report/model';
import { sheet } from './helpers/grid';

const DESCRIPTION = [
  'Au fost întreprinse următoarele:',
  '- elaborat proiectul hotărârii;',
  '• consultat public proiectul;',
  '1) avizat de Ministerul Justiției;',
  '2) remis Guvernului.',
  'Campania a continuat. - Lansarea sub-campaniei „Stai acasă”. - Spoturi radio în două limbi.',
].join('\n');

const plan = () =>
  analyzeWorkbook({
    sheets: [
      sheet('Plan', [
        ['Nr.', 'Acțiunea', 'Responsabil', 'Termen de realizare', 'Statutul', 'Descrierea succintă'],
        ['Obiectivul 1. Date deschise'],
        ['1.1', 'Publicarea seturilor de date', 'DIP', 'Trimestrul I, 2022', 'Realizat', DESCRIPTION],
      ]),
    ],
  });

test('a cell splits into paragraphs, bullet items and numbered items, keeping each number as written', () => {
  expect(cellLines(DESCRIPTION)).toEqual([
    { kind: 'text', text: 'Au fost întreprinse următoarele:' },
    { kind: 'bullet', text: 'elaborat proiectul hotărârii;' },
    { kind: 'bullet', text: 'consultat public proiectul;' },
    { kind: 'numbered', marker: '1)', text: 'avizat de Ministerul Justiției;' },
    { kind: 'numbered', marker: '2)', text: 'remis Guvernului.' },
    { kind: 'text', text: 'Campania a continuat.' },
    { kind: 'bullet', text: 'Lansarea sub-campaniei „Stai acasă”.' },
    { kind: 'bullet', text: 'Spoturi radio în două limbi.' },
  ]);
});

test('a dash inside a sentence, a year or a sub-number is no list item', () => {
  const text = 'Participanții – conducătorii CNAS și ASP - și-au aprofundat cunoștințele.\n2022. Anul a fost greu.\n1.1 Acțiunea continuă.';
  expect(cellLines(text).map((l) => l.kind)).toEqual(['text', 'text', 'text']);
});

test('no character of a cell is lost: its words are all in its lines, in order', () => {
  const words = (s: string) => s.replace(/[-•]/g, ' ').split(/\s+/).filter(Boolean);
  const lines = cellLines(DESCRIPTION);
  expect(words(lines.map((l) => [l.marker, l.text].filter(Boolean).join(' ')).join(' '))).toEqual(words(DESCRIPTION));
});

test('Word shows the items as list paragraphs (a bullet numbering), each item its own paragraph', async () => {
  const a = plan();
  const zip = await JSZip.loadAsync(await Packer.toBuffer(buildDocx(buildReportModel(a, '# Raport', 'ro'))));
  const xml = await zip.file('word/document.xml')!.async('string');
  const paragraphs = xml.split('</w:p>');
  const holding = (s: string) => paragraphs.find((p) => p.replace(/<[^>]+>/g, '').includes(s)) ?? '';
  for (const item of ['elaborat proiectul hotărârii;', 'consultat public proiectul;', 'Lansarea sub-campaniei „Stai acasă”.', 'Spoturi radio în două limbi.']) {
    expect(holding(item)).toContain('<w:numPr>');
    expect(holding(item).replace(/<[^>]+>/g, '')).not.toMatch(/^[-•]/);
  }
  expect(holding('avizat de Ministerul Justiției;').replace(/<[^>]+>/g, '')).toBe('1) avizat de Ministerul Justiției;');
  expect(holding('avizat de Ministerul Justiției;')).toContain('w:hanging="284"');
  expect(holding('Campania a continuat.').replace(/<[^>]+>/g, '')).toBe('Campania a continuat.');
});

test('Markdown shows each item on its own line after a bullet, the numbered items with their numbers', () => {
  const md = toMarkdown(buildReportModel(plan(), '# Raport', 'ro'));
  const row = md.split('\n').find((l) => l.startsWith('| 1.1 |'))!;
  expect(row).toContain(
    'Au fost întreprinse următoarele:<br>• elaborat proiectul hotărârii;<br>• consultat public proiectul;<br>1) avizat de Ministerul Justiției;<br>2) remis Guvernului.<br>Campania a continuat.<br>• Lansarea sub-campaniei „Stai acasă”.<br>• Spoturi radio în două limbi. |',
  );
});
