/**
 * A plan without objective headings (issue 20): the narrative has no per-objective section and
 * never prints raw Markdown around an empty title ("****:"); the Word report, the clipboard's
 * HTML and the statistics sheet carry no "(no objective)" group repeating the total.
 */
import JSZip from 'jszip';
import { Packer } from 'docx';
import { analyzeSheet } from '../src/core/analyze';
import { LANGS, ui } from '../src/core/messages';
import { writeNarrative } from '../src/core/narrative';
import { buildDocx } from '../src/report/docx';
import { reportToHtml } from '../src/report/html';
import { toMarkdown, toPlainText } from '../src/report/markdown';
import { buildReportModel } from '../src/report/model';
import { buildOutputSheets } from '../src/report/sheets';
import { sheet } from './helpers/grid';

const STATUSES = [
  'Realizată. Actul a fost aprobat.',
  'Realizată. Raportul publicat.',
  'În proces de realizare. Proiectul este elaborat.',
  'Nerealizată. Lipsa fondurilor.',
  'Neinițiată.',
  'Urmează a fi inițiată.',
  'Gata?',
  'În proces de realizare. Consultări.',
];
const header = ['Nr.', 'Acțiunea', 'Responsabil', 'Termen', 'Statutul / Descrierea succintă'];
const flatPlan = () =>
  analyzeSheet(sheet('Plan', [header, ...STATUSES.map((s, i) => [`${i + 1}`, `Acțiunea numărul ${i + 1} a planului`, 'MF', 'Trimestrul IV 2022', s])]));
const mixedPlan = () =>
  analyzeSheet(
    sheet('Plan', [
      header,
      ['1', 'Acțiune fără obiectiv', 'MF', 'Trimestrul IV 2022', 'Realizată.'],
      ['Obiectivul 1. Guvernare digitală', null, null, null, null],
      ['1.1', 'Acțiunea de sub obiectiv', 'MF', 'Trimestrul IV 2022', 'Neinițiată.'],
    ]),
  );

describe.each(LANGS)('a plan without objectives, in %s', (lang) => {
  test('the analysis reads the plan as having no objectives and 8 actions', () => {
    const a = flatPlan();
    expect(a.rows).toHaveLength(8);
    expect(a.stats.objectives.every((o) => o.key === '')).toBe(true);
  });

  test('the narrative has no per-objective section and no empty bold title', () => {
    const n = writeNarrative(flatPlan(), lang);
    if (!n.ok) throw new Error('narrative');
    expect(n.text).not.toMatch(/\*\*\s*\*\*/);
    expect(n.text).not.toMatch(/^\*\*/m);
    const headings = n.text.split('\n').filter((l) => l.startsWith('## '));
    expect(headings).toHaveLength(2); // the summary and the actions needing attention
  });

  test('the Word report, the HTML, Markdown and plain text have no "(no objective)" group and no per-objective table', async () => {
    const a = flatPlan();
    const n = writeNarrative(a, lang);
    if (!n.ok) throw new Error('narrative');
    const m = buildReportModel(a, n.text, lang);
    const zip = await JSZip.loadAsync(await Packer.toBuffer(buildDocx(m)));
    const xml = await zip.file('word/document.xml')!.async('string');
    const docText = xml.replace(/<[^>]+>/g, ' ');
    for (const text of [docText, reportToHtml(m), toMarkdown(m), toPlainText(m)]) {
      expect(text).not.toContain(ui(lang, 'no_objective'));
      expect(text).not.toContain(ui(lang, 'stats_by_objective'));
      expect(text).not.toContain('****');
      for (const s of STATUSES) expect(text).toContain(s.split('.')[0]);
    }
  });

  test('the statistics sheet has the total as its one row', () => {
    const a = flatPlan();
    const n = writeNarrative(a, lang);
    if (!n.ok) throw new Error('narrative');
    const rows = buildOutputSheets(a, n.text, lang).statistics.rows;
    expect(rows.map((r) => r[0])).toEqual([ui(lang, 'total')]);
  });
});

test('a plan with objectives names the actions under none "(no objective)", never an empty bold title', () => {
  const a = mixedPlan();
  expect(a.stats.objectives.some((o) => o.key !== '')).toBe(true);
  for (const lang of LANGS) {
    const n = writeNarrative(a, lang);
    if (!n.ok) throw new Error('narrative');
    expect(n.text).not.toMatch(/\*\*\s*\*\*/);
    expect(n.text).toContain(`**${ui(lang, 'no_objective')}**`);
  }
});
