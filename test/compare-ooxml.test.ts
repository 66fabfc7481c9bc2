import { analyzeWorkbook } from '../src/core/analyze';
import { documentToWorkbook } from '../src/docx/document-grid';
import { parseDocumentXml } from '../src/docx/ooxml';
import { tableToGrid } from '../src/docx/table-grid';

/** WordprocessingML as Word writes it (ECMA-376 Part 1 §17), small enough to read in the test. */
const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"';
const doc = (body: string) => `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document ${W}><w:body>${body}</w:body></w:document>`;
const p = (text: string) => `<w:p><w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;
type Cell = string | { text: string; span?: number; vMerge?: 'restart' | 'continue' };
const tc = (c: Cell) => {
  const x = typeof c === 'string' ? { text: c } : c;
  const pr = `${x.span ? `<w:gridSpan w:val="${x.span}"/>` : ''}${x.vMerge === 'restart' ? '<w:vMerge w:val="restart"/>' : x.vMerge ? '<w:vMerge/>' : ''}`;
  return `<w:tc>${pr ? `<w:tcPr>${pr}</w:tcPr>` : ''}${x.text.split('\n').map(p).join('') || '<w:p/>'}</w:tc>`;
};
const tr = (cells: Cell[], trPr = '') => `<w:tr>${trPr ? `<w:trPr>${trPr}</w:trPr>` : ''}${cells.map(tc).join('')}</w:tr>`;
const tbl = (cols: number, rows: string[]) => `<w:tbl><w:tblGrid>${'<w:gridCol/>'.repeat(cols)}</w:tblGrid>${rows.join('')}</w:tbl>`;

test('vertical merges, spans and cells skipped before a row land on the grid where Word shows them', () => {
  const [table] = parseDocumentXml(
    doc(
      tbl(4, [
        tr(['a', { text: 'b', span: 2 }, { text: 'c', vMerge: 'restart' }]),
        tr(['d', 'e', 'f', { text: 'ignored', vMerge: 'continue' }]),
        tr(['g', 'h'], '<w:gridBefore w:val="2"/>'),
      ]),
    ),
  ) as [{ kind: 'table'; rows: never; gridCols: number }];
  const g = tableToGrid(table.rows, table.gridCols);
  expect(g.rows).toEqual([
    ['a', 'b', '', 'c'],
    ['d', 'e', 'f'],
    ['', '', 'g', 'h'],
  ]);
  expect(g.merges).toEqual([
    { top: 0, left: 1, bottom: 0, right: 2 },
    { top: 0, left: 3, bottom: 1, right: 3 },
  ]);
});

test('text as a reader sees it: tracked deletions, field codes and fallback copies left out; tabs, breaks and content controls kept', () => {
  const body =
    '<w:p><w:pPr><w:tabs><w:tab w:val="left" w:pos="720"/></w:tabs></w:pPr>' +
    '<w:r><w:t>Realizată</w:t></w:r><w:del><w:r><w:delText>Nerealizată</w:delText></w:r></w:del>' +
    '<w:ins><w:r><w:t>.</w:t></w:r></w:ins><w:r><w:br/><w:t>Rând</w:t><w:tab/><w:t>doi</w:t></w:r>' +
    '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r>' +
    '<w:sdt><w:sdtContent><w:r><w:t> (control)</w:t></w:r></w:sdtContent></w:sdt>' +
    '<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:t>x</w:t></mc:Choice><mc:Fallback><w:t>x</w:t></mc:Fallback></mc:AlternateContent></w:r></w:p>';
  expect(parseDocumentXml(doc(body))).toEqual([{ kind: 'paragraph', text: 'Realizată.\nRând\tdoi (control)x' }]);
});

test('a table nested in a cell gives its text to that cell', () => {
  const inner = tbl(1, [tr(['interior'])]);
  const [t] = parseDocumentXml(doc(tbl(2, [`<w:tr><w:tc>${p('exterior')}${inner}</w:tc><w:tc>${p('b')}</w:tc></w:tr>`])));
  expect(t).toEqual({
    kind: 'table',
    gridCols: 2,
    rows: [
      { cells: [expect.objectContaining({ text: 'exterior\ninterior' }), expect.objectContaining({ text: 'b' })], gridBefore: 0, gridAfter: 0, header: false },
    ],
  });
});

test('an objective column merged down over its actions, a two-row header, a table per page with the header typed again', () => {
  const header2 = [
    tr(['Nr.', 'Obiectiv', 'Acțiunea', 'Responsabil', 'Termen', { text: 'Nivelul de realizare', span: 2 }], '<w:tblHeader/>'),
    tr(['', '', '', '', '', 'Statutul', 'Descrierea']),
  ];
  const page1 = tbl(7, [
    ...header2,
    tr(['1.1', { text: 'Obiectivul 1. Transparența', vMerge: 'restart' }, 'Prima', 'AGE', 'Trimestrul IV, 2020', 'Realizată', 'Gata.']),
    tr(['1.2', { text: '', vMerge: 'continue' }, 'A doua', 'AGE', 'Anual', 'În proces de realizare', 'Continuă.']),
  ]);
  const page2 = tbl(7, [
    ...header2,
    tr(['1.3', { text: 'Obiectivul 1. Transparența', vMerge: 'restart' }, 'A treia', 'CS', 'Anual', 'Neinițiată', 'Fără fonduri.']),
    tr(['2.1', { text: 'Obiectivul 2. Participarea', vMerge: 'restart' }, 'A patra', 'CS', 'Semestrial', 'Realizată', 'Publicat.']),
  ]);
  const wb = documentToWorkbook(parseDocumentXml(doc(p('Raport pentru semestrul II, 2020') + page1 + p('') + page2 + p('Semnătura'))))!;
  const a = analyzeWorkbook(wb);
  expect(a.rows.map((r) => [r.id, r.objective?.key, r.state])).toEqual([
    ['1.1', '1', 'done'],
    ['1.2', '1', 'in_progress'],
    ['1.3', '1', 'not_started'],
    ['2.1', '2', 'done'],
  ]);
  expect(a.period).toMatchObject({ kind: 'semester', n: 2, year: 2020 });
  expect(a.findings.filter((f) => f.severity === 'error')).toEqual([]);
});

test('Russian headers, ids leading the action text, the status glued to the description', () => {
  const t = tbl(4, [
    tr(['Мероприятие', 'Ответственный', 'Срок исполнения', 'Статус / Информация о выполнении'], '<w:tblHeader/>'),
    tr([{ text: 'Цель 1. Открытость', span: 4 }]),
    tr(['1.1. Публикация данных', 'АЭУ', 'IV квартал 2020', 'Выполнено.\nДанные опубликованы.']),
    tr(['1.2 Обучение', 'АЭУ', 'ежегодно', 'В процессе выполнения. Проведено 3 семинара.']),
  ]);
  const a = analyzeWorkbook(documentToWorkbook(parseDocumentXml(doc(p('Отчёт за II полугодие 2020') + t)))!);
  expect(a.rows.map((r) => [r.id, r.objective?.key, r.state, r.description])).toEqual([
    ['1.1', '1', 'done', 'Данные опубликованы.'],
    ['1.2', '1', 'in_progress', 'Проведено 3 семинара.'],
  ]);
});

test('what cannot be read gives the engine’s findings at the row, not a silent guess', () => {
  const t = tbl(5, [tr(['Nr.', 'Acțiunea', 'Termen', 'Statutul', 'Descrierea']), tr(['1.1', 'Prima', 'Trimestrul V', 'Bla bla', 'Text.'])]);
  const a = analyzeWorkbook(documentToWorkbook(parseDocumentXml(doc(p('pentru semestrul I, 2020') + t)))!);
  expect(a.findings.map((f) => f.code)).toEqual(expect.arrayContaining(['invalid_deadline', 'invalid_status']));
});

test('tables that are not a plan (a signature block, contacts) and letters give no workbook', () => {
  expect(documentToWorkbook(parseDocumentXml(doc(p('Stimate domn,') + p('Vă informăm că…'))))).toBeNull();
  expect(documentToWorkbook(parseDocumentXml(doc(tbl(2, [tr(['Nume', 'Telefon']), tr(['Direcția', '022'])]))))).toBeNull();
});

test('an XML that is not well formed is an error, not a crash later', () => {
  expect(() => parseDocumentXml('<w:document><w:body><w:p>')).toThrow();
});
