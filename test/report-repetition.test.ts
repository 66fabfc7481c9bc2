/**
 * The Word report says each thing once: the attention list names an action (id, title, status,
 * why) on one line and the table carries its text; a list of ids names each id once.
 * On the sample and on a generated 98-action report with long descriptions.
 */
import { readFileSync } from 'fs';
import JSZip from 'jszip';
import { Packer } from 'docx';
import { generateLongPlan } from '../bench/generate';
import { SAMPLE_XLSX } from '../samples/build-sample';
import { Analysis, analyzeWorkbook } from '../src/core/analyze';
import { LANGS } from '../src/core/messages';
import { writeNarrative } from '../src/core/narrative';
import { buildDocx } from '../src/report/docx';
import { buildReportModel } from '../src/report/model';
import { loadWorkbook } from '../src/xlsx/read';
import { sheet } from './helpers/grid';

async function docxText(a: Analysis, lang: (typeof LANGS)[number]): Promise<{ text: string; narrative: string }> {
  const n = writeNarrative(a, lang);
  if (!n.ok) throw new Error('narrative');
  const zip = await JSZip.loadAsync(await Packer.toBuffer(buildDocx(buildReportModel(a, n.text, lang))));
  const xml = await zip.file('word/document.xml')!.async('string');
  return { text: xml.replace(/<\/w:p>/g, '\n').replace(/<[^>]+>/g, ''), narrative: n.text };
}

const occurrences = (text: string, s: string) => text.split(s).length - 1;

/** The first 60 characters of each description's first line: in the document as often as in the descriptions (once, in the table). */
function expectEachDescriptionOnce(a: Analysis, text: string) {
  const heads = a.rows.map((r) => r.description.split('\n')[0].trim().slice(0, 60)).filter((h) => h.length >= 40);
  expect(heads.length).toBeGreaterThan(5);
  const all = a.rows.map((r) => r.description).join('\n');
  const repeated = heads.filter((h) => occurrences(text, h) > occurrences(all, h));
  expect(repeated).toEqual([]);
}

describe.each(LANGS)('the report in %s', (lang) => {
  test('on the sample: each description once, the attention list one short line per action', async () => {
    const a = analyzeWorkbook((await loadWorkbook(readFileSync(SAMPLE_XLSX))).grid);
    const { text, narrative } = await docxText(a, lang);
    expectEachDescriptionOnce(a, text);
    const items = narrative
      .split('## ')
      .pop()!
      .split('\n')
      .filter((l) => l.startsWith('- '));
    expect(items.length).toBeGreaterThan(0);
    const longest = Math.max(...a.rows.map((r) => r.action.length));
    for (const item of items) expect(item.length).toBeLessThan(longest + 80);
  });

  test('on a 98-action report with long descriptions: each description once', async () => {
    const p = generateLongPlan(98, 3);
    const a = analyzeWorkbook({ sheets: [sheet('Plan de acțiuni 2022', p.rows)] }, { period: 'S1-2022' });
    expect(a.rows.length).toBe(98);
    const { text } = await docxText(a, lang);
    expectEachDescriptionOnce(a, text);
  });
});

test('an action written on two rows under one id is named once in the lists of ids', () => {
  const a = analyzeWorkbook(
    {
      sheets: [
        sheet('Plan', [
          ['pentru semestrul I, 2022'],
          ['Nr.', 'Acțiunea', 'Responsabil', 'Termen de realizare', 'Statutul', 'Descrierea succintă'],
          ['Obiectivul 2. Servicii'],
          ['2.4', 'Lansarea serviciului', 'DIP', 'Trimestrul I, 2022', 'În proces de realizare', 'Se lucrează.'],
          ['2.4', 'Lansarea serviciului (etapa a doua)', 'DIP', 'Trimestrul I, 2022', 'Neinițiat', 'Nu a început.'],
          ['2.5', 'Instruirea', 'DIP', 'Trimestrul I, 2022', 'Neinițiat', 'Nu a început.'],
        ]),
      ],
    },
    {},
  );
  for (const lang of LANGS) {
    const n = writeNarrative(a, lang);
    if (!n.ok) throw new Error('narrative');
    expect(n.text).not.toMatch(/2\.4,? (și |and |и )?2\.4/);
    expect(n.text).toMatch(/2\.4 (și|and|и) 2\.5/);
  }
});
