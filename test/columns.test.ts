import { fitColumns, longestWord, textWidth, unbreakable } from '../src/report/columns';

const o = { width: 14570, sizePt: 10, padding: 210 };

test('every column holds its longest word, header words in bold, and the widths add up to the table', () => {
  const columns = [
    { header: 'Nr.', cells: ['1.1', '12.10'] },
    { header: 'Acțiunea', cells: ['Evaluarea necesităților populației privind datele guvernamentale deschise'] },
    { header: 'Responsabil', cells: ['ASP/Departamentul stare civilă', 'DIP, SRJU'] },
    { header: 'Termen', cells: ['Trimestrul IV, 2020'] },
    { header: 'Neinițiat/ă Nerealizată', cells: ['3', '12'] },
    { header: 'Descrierea realizării', cells: ['Text '.repeat(400)] },
  ];
  const w = fitColumns(columns, o);
  expect(w.reduce((a, b) => a + b, 0)).toBe(o.width);
  columns.forEach((c, i) => {
    expect(w[i]).toBeGreaterThanOrEqual(o.padding + longestWord(c.header, o.sizePt, true));
    for (const cell of c.cells) expect(w[i]).toBeGreaterThanOrEqual(o.padding + longestWord(cell, o.sizePt));
  });
  // The long narrative takes what the short columns do not need.
  expect(w[5]).toBeGreaterThan(w[1] + w[2]);
});

test('a hyphenated word may break after its hyphen; a web address is not a word to keep whole', () => {
  expect(unbreakable('economico-financiare https://example.org/a/very/long/path www.date.gov.md')).toEqual(['economico-', 'financiare']);
});

test('wider letters measure wider, bold wider than regular', () => {
  expect(textWidth('mmm', 10)).toBeGreaterThan(textWidth('iii', 10));
  expect(textWidth('Realizată', 10, true)).toBeGreaterThan(textWidth('Realizată', 10));
  expect(textWidth('Мероприятия', 10)).toBeGreaterThan(textWidth('Меропр', 10));
});
