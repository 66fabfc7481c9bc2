// The world corpus's own code: its truth files, the table converter and the comparison. The real workbooks are not
// in the repository (workplace rule), so the measurement itself runs as `npm run world`, not here.
import { frontMatter } from '../bench/world/collection';
import { asExcelWouldOpen, tableRows } from '../bench/world/convert';
import { compareAll, warnsAbout } from '../bench/world/compare';
import { runWorld, truths } from '../bench/world/run';
import { csvRows, htmlRows, htmlText, markdownRows } from '../bench/world/tables';
import type { Analysis } from '../src/core/analyze';

describe('truth files', () => {
  const all = truths();

  test('there are at least six, each valid and named after its slug', () => {
    expect(all.length).toBeGreaterThanOrEqual(6);
    for (const t of all) expect(t.file).toBe(`${t.slug}.xlsx`);
  });

  test('no row is counted twice and groups add up to the rows they hold', () => {
    for (const t of all) {
      const rows = t.rows.map((r) => r.row);
      expect(new Set(rows).size).toBe(rows.length);
      for (const level of new Set(t.groups.map((g) => g.level)))
        expect(t.groups.filter((g) => g.level === level).reduce((n, g) => n + g.rows, 0)).toBe(t.rows.length);
      for (const r of t.rows) expect(t.headerRows).not.toContain(r.row);
    }
  });
});

describe('tables keep columns, order and text', () => {
  test('CSV: quoted commas, doubled quotes and line breaks stay inside one cell', () => {
    expect(csvRows('a,"b, c","say ""hi""","two\nlines"\r\nx,,z\n')).toEqual([
      ['a', 'b, c', 'say "hi"', 'two\nlines'],
      ['x', '', 'z'],
    ]);
  });

  test('HTML: every td/th is one cell; paragraphs become line breaks; entities are decoded', () => {
    const html =
      '<table><tr><th><p>#</p></th><th>Topic</th></tr><tr><td><p>2.2</p><p>&nbsp;</p><p><strong>Status: </strong>Ongoing</p></td><td>A &amp; B</td></tr></table>';
    expect(htmlRows(html)).toEqual([
      ['#', 'Topic'],
      ['2.2\nStatus: Ongoing', 'A & B'],
    ]);
  });

  test('HTML: list items are bulleted only when there are several', () => {
    expect(htmlText('<ul><li>one</li></ul>')).toBe('one');
    expect(htmlText('<ul><li>one</li><li>two</li></ul>')).toBe('• one\n• two');
  });

  test('Markdown: the rule row is dropped, headings kept when asked, bold markers removed', () => {
    const md = '## Action 1: Do\n\n| **Milestone** | Date |\n|---|---|\n| **1.1** Assess | 2021 |\n';
    expect(markdownRows(md, true)).toEqual([['Action 1: Do'], ['Milestone', 'Date'], ['1.1 Assess', '2021']]);
    expect(markdownRows(md, false)).toEqual([
      ['Milestone', 'Date'],
      ['1.1 Assess', '2021'],
    ]);
  });

  test('a CSV byte-order mark is not part of the first header', () => {
    expect(tableRows('\uFEFFid,status\n1,done\n', 'x.csv', false)[0][0]).toBe('id');
  });

  test('only plain numbers become numbers: ids with leading zeros, dates and codes stay text', () => {
    expect(asExcelWouldOpen('44105')).toBe(44105);
    expect(asExcelWouldOpen('2.5')).toBe(2.5);
    for (const text of ['007', '1.1.2', '2021-09-01', '12a', ' 3']) expect(asExcelWouldOpen(text)).toBe(text);
  });
});

describe('comparison', () => {
  const truth = truths().find((t) => t.slug === 'gsa-portfoliostat-2015')!;
  const row = (sheetRow: number, parsedState: string | null) => ({ sheetRow, parsedState, objective: null, area: null });
  const analysis = (rows: ReturnType<typeof row>[], period: Analysis['period'] = null) =>
    ({ rows, objectives: [], areas: [], period, findings: [] }) as unknown as Analysis;
  const right = truth.rows.map((r) => row(r.row, r.state));

  test('the truth read back exactly matches in every dimension but the period it lacks', () => {
    const august = { kind: 'months', n: 8, year: 2015, start: '2015-01-01', end: '2015-08-31' } as const;
    expect(compareAll(truth, analysis(right, august)).map((d) => d.ok)).toEqual([true, true, true, true]);
    expect(compareAll(truth, analysis(right)).map((d) => d.ok)).toEqual([true, true, true, false]);
  });

  test('a row missed, a row too many or one state wrong each makes its dimension differ', () => {
    expect(compareAll(truth, analysis(right.slice(1)))[0].ok).toBe(false);
    expect(compareAll(truth, analysis([...right, row(2, null)]))[0].ok).toBe(false);
    const oneWrong = right.map((r, i) => (i === 0 ? row(r.sheetRow, 'not_started') : r));
    expect(compareAll(truth, analysis(oneWrong))[1].ok).toBe(false);
  });

  test('only a finding about the same thing owns up to a miss', () => {
    const f = (code: string, params: Record<string, unknown> = {}) => ({ code, params });
    expect(warnsAbout('period', [f('period_not_found')])).toBe(true);
    expect(warnsAbout('rows', [f('period_not_found')])).toBe(false);
    expect(warnsAbout('states', [f('role_not_found', { role: 'deadline' })])).toBe(false);
    expect(warnsAbout('states', [f('role_not_found', { role: 'status' })])).toBe(true);
    expect(warnsAbout('groups', [f('reading_group_dominant')])).toBe(true);
    expect(warnsAbout('groups', [f('reading_period_fallback')])).toBe(false);
    expect(warnsAbout('rows', [f('invalid_status')])).toBe(false);
    expect(warnsAbout('states', [f('reading_same_error', { code: 'invalid_status' })])).toBe(true);
    expect(warnsAbout('period', [f('reading_same_error', { code: 'invalid_status' })])).toBe(false);
    // No table found: nothing read, and said; every dimension is owned up to.
    for (const d of ['rows', 'states', 'groups', 'period'] as const) expect(warnsAbout(d, [f('header_not_found')])).toBe(true);
    expect(warnsAbout('rows', [f('reading_same_error', { code: 'missing_action' })])).toBe(true);
    expect(warnsAbout('groups', [f('reading_same_error', { code: 'invalid_deadline' })])).toBe(false);
  });
});

test('the runner refuses, loudly, a corpus directory that is not there', async () => {
  const said: string[] = [];
  const code = await runWorld(
    '/nonexistent/world-corpus',
    '/nonexistent/dist',
    () => undefined,
    (l) => said.push(l),
  );
  expect(code).toBe(2);
  expect(said.join('\n')).toMatch(/does not exist.*WORLD_DIR/);
});

describe('collection records', () => {
  test('a double-quoted value over several lines folds as YAML folds it; the body follows the front matter', () => {
    const text = '---\ntitle:  "One\ntwo\n\nthree \\"q\\""\nstatus: In Progress\n---\nProgress Update:\n\nDone.\n';
    const { fields, body } = frontMatter(text);
    expect(fields.title).toBe('One two\nthree "q"');
    expect(fields.status).toBe('In Progress');
    expect(body).toBe('Progress Update:\n\nDone.\n');
  });
});
