/**
 * The Word report as an officer sees it: converted to PDF by LibreOffice and read back with
 * pdftotext. Needs soffice and pdftotext; without them the tests fail (they do not skip).
 */
import { Packer } from 'docx';
import { mkdtempSync, readFileSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { SAMPLE_XLSX } from '../samples/build-sample';
import { Analysis, analyzeWorkbook } from '../src/core/analyze';
import { writeNarrative } from '../src/core/narrative';
import { KEEP_WHOLE_LINES, LINES_PER_PAGE, TEXT_WIDTH, actionColumnWidths, buildDocx, rowLines } from '../src/report/docx';
import { ReportModel, buildReportModel } from '../src/report/model';
import { Lang } from '../src/core/status';
import { loadWorkbook } from '../src/xlsx/read';
import { combinedPlan } from './helpers/combined-plan';
import { Page, readPdf, splitWords, toPdf } from './helpers/pdf';
import { roundTrip } from './helpers/xlsx';

const TWIP_PT = 1 / 20;
const MARGIN_PT = 1134 * TWIP_PT;
const ID = /^\d+(\.\d+)+\.?$/;

interface Case {
  name: string;
  analysis: Analysis;
  model: ReportModel;
  widths: number[];
  pages: Page[];
}
type Name = 'sample' | 'sample-ru' | 'combined';
const cases: Record<Name, Case> = {} as never;
let control: Page[];

async function prepare(name: Name, analysis: Analysis, dir: string, lang: Lang = 'ro'): Promise<string> {
  const n = writeNarrative(analysis, lang, undefined, { today: '2022-07-15' });
  if (!n.ok) throw new Error(JSON.stringify(n.issues));
  const model = buildReportModel(analysis, n.text, lang);
  const file = join(dir, `${name}.docx`);
  writeFileSync(file, await Packer.toBuffer(buildDocx(model)));
  cases[name] = { name, analysis, model, widths: actionColumnWidths(model), pages: [] };
  return file;
}

beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'apr-layout-'));
  const sampleAnalysis = analyzeWorkbook((await loadWorkbook(readFileSync(SAMPLE_XLSX))).grid);
  const sample = await prepare('sample', sampleAnalysis, dir);
  const sampleRu = await prepare('sample-ru', sampleAnalysis, dir, 'ru');
  const combined = await prepare('combined', analyzeWorkbook(await roundTrip(combinedPlan(100))), dir);
  // The control: the same sample with a status column too narrow for its words, which the checks must catch.
  const m = cases.sample.model;
  const narrow = [...cases.sample.widths];
  narrow[5] += narrow[4] - 500;
  narrow[4] = 500;
  const controlFile = join(dir, 'control.docx');
  writeFileSync(controlFile, await Packer.toBuffer(buildDocx(m, { actionWidths: narrow })));
  const [a, b, c, d] = toPdf([sample, combined, controlFile, sampleRu], dir);
  cases.sample.pages = readPdf(a);
  cases.combined.pages = readPdf(b);
  control = readPdf(c);
  cases['sample-ru'].pages = readPdf(d);
}, 300_000);

/** The words of the header rows and of the status column: none may be broken across lines. */
function wholeWords(m: ReportModel): Set<string> {
  const texts = [...m.labels.columns, ...m.labels.statsColumns, ...m.groups.flatMap((g) => g.rows.map((r) => r[4]))];
  return new Set(texts.flatMap((t) => t.split(/\s+/)).filter((w) => w.length > 1));
}

/** The pages of the table of actions: from its heading to the statistics heading. */
function actionPages(c: Case): Page[] {
  const first = c.pages.findIndex((p) => p.text.includes(c.model.labels.actionsTable));
  const last = c.pages.findIndex((p) => p.text.includes(c.model.labels.statsTable));
  return c.pages.slice(first, last + 1);
}

/** The action ids in the id column, page by page, in order. */
function idsByPage(c: Case): { ids: { id: string; y: number }[]; continues: boolean }[] {
  const idRight = MARGIN_PT + c.widths[0] * TWIP_PT;
  const headerWords = new Set(c.model.labels.columns.flatMap((h) => h.split(/\s+/)));
  return actionPages(c).map((p) => {
    const inIdColumn = p.words.filter((w) => w.xMax <= idRight + 1);
    const ids = inIdColumn.filter((w) => ID.test(w.text)).map((w) => ({ id: w.text.replace(/\.$/, ''), y: w.yMin }));
    ids.sort((x, y) => x.y - y.y);
    // A row continued from the previous page: text under the repeated header row, above the page's first id.
    const header = inIdColumn.find((w) => w.text === c.model.labels.columns[0]);
    const firstId = ids[0]?.y ?? p.height - MARGIN_PT;
    const continues =
      !!header && p.words.some((w) => w.yMin > header.yMax + 1 && w.yMax < firstId - 1 && !headerWords.has(w.text) && w.yMin < p.height - MARGIN_PT);
    return { ids, continues };
  });
}

/** How many pages each action's row touches. */
function pagesPerRow(c: Case): Map<string, number> {
  const touched = new Map<string, number>();
  let current: string | null = null;
  for (const page of idsByPage(c)) {
    if (page.continues && current) touched.set(current, touched.get(current)! + 1);
    for (const { id } of page.ids) {
      touched.set(id, 1);
      current = id;
    }
  }
  return touched;
}

describe.each(['sample', 'sample-ru', 'combined'] as const)('the .docx of the %s plan, as LibreOffice prints it', (name) => {
  test('no word of a header row or of the status column is broken across lines', () => {
    const c = cases[name];
    expect(splitWords(c.pages, wholeWords(c.model))).toEqual([]);
  });

  test('every page carries its number and the period in the footer', () => {
    const c = cases[name];
    const footer = (page: number) => `${c.model.period} · ${c.model.labels.page.replace('{page}', String(page)).replace('{pages}', String(c.pages.length))}`;
    c.pages.forEach((p, i) => expect(p.text).toContain(footer(i + 1)));
  });

  test('every action id appears once in the id column of the table of actions', () => {
    const c = cases[name];
    const seen = idsByPage(c).flatMap((p) => p.ids.map((x) => x.id));
    const expected = c.analysis.rows.map((r) => r.id!);
    expect([...seen].sort()).toEqual([...expected].sort());
  });

  test('a short row is never split; no row runs over more than one page unless its description alone needs a page', () => {
    const c = cases[name];
    const rows = c.model.groups.flatMap((g) => g.rows);
    const touched = pagesPerRow(c);
    const report: string[] = [];
    for (const r of rows) {
      const t = touched.get(r[0]) ?? 0;
      const lines = rowLines(r, c.widths);
      const descriptionLines = rowLines(['', '', '', '', '', r[5]], c.widths);
      if (lines <= KEEP_WHOLE_LINES && t > 1) report.push(`${r[0]}: ${lines} lines, split over ${t} pages`);
      if (t > 2 && descriptionLines < LINES_PER_PAGE) report.push(`${r[0]}: over ${t} pages, description ${descriptionLines} lines`);
    }
    expect(report).toEqual([]);
    const split = [...touched.values()].filter((t) => t > 1).length;
    console.log(
      `${name}: ${c.pages.length} pages (${actionPages(c).length} of them the table of actions), ${rows.length} actions, ${split} rows continued on a next page`,
    );
  });

  test('the status column holds the status phrase alone, the description the narrative once', () => {
    const c = cases[name];
    for (const r of c.model.groups.flatMap((g) => g.rows)) {
      expect(r[4].length).toBeLessThan(60);
      if (r[4]) expect(r[5].startsWith(r[4])).toBe(false);
    }
  });
});

test('the check catches a status column too narrow for its words (control)', () => {
  expect(splitWords(control, wholeWords(cases.sample.model)).length).toBeGreaterThan(0);
});

test('the combined plan: the status column shows the qualifier, units come with the abbreviations list, the table fills the text width', () => {
  const c = cases.combined;
  const statuses = new Set(c.model.groups.flatMap((g) => g.rows.map((r) => r[4])));
  expect(statuses).toContain('În proces de realizare (activitate continuă)');
  expect(statuses).toContain('');
  expect(c.model.abbreviations.map(([code]) => code)).toEqual(expect.arrayContaining(['DIP', 'SRJU', 'SGPE']));
  expect(c.widths.reduce((a, b) => a + b, 0)).toBe(TEXT_WIDTH);
  expect(c.pages[0].text).toContain('Agenția de Guvernare Electronică');
  expect(c.pages[0].text).not.toMatch(/Generat din foaia/);
});
