import { analyzeWorkbook } from '../src/core/analyze';
import { csvField, findingsCsv } from '../src/taskpane/findings-csv';
import { sheet } from './helpers/grid';

const HEADER = ['Nr.', 'Acțiunea', 'Responsabil', 'Termen de realizare', 'Statutul', 'Descrierea'];

test('the findings as CSV: a header, one line per finding with its cell, id, message and fix; a formula-like text stays text', () => {
  const a = analyzeWorkbook({
    sheets: [sheet('Plan', [['Raport pentru semestrul I, 2022'], HEADER, ['1.1', 'Acțiunea', 'DIP', 'Trimestrul IV, 2022', '=Realizat', 'Text, cu virgulă']])],
  });
  const csv = findingsCsv(a, 'ro');
  // A byte-order mark first, so Excel reads UTF-8; ";" between fields, as Romanian Excel expects.
  expect(csv.startsWith('\ufeffFoaia;Celula;')).toBe(true);
  const lines = csv.slice(1).trimEnd().split('\r\n');
  expect(lines[0]).toBe('Foaia;Celula;Nr.;Constatarea;Mesaj;Corectura propusă');
  expect(lines).toHaveLength(a.findings.length + 1);
  const status = lines.find((l) => l.startsWith('Plan;E3;'))!;
  expect(status).toContain('Statut nepermis');
  expect(status).toContain('„=Realizat”');
  expect(findingsCsv(a, 'ru').split('\r\n')[0]).toBe('\ufeffЛист;Ячейка;№;Замечание;Сообщение;Предлагаемое исправление');
  expect(findingsCsv(a, 'en').split('\r\n')[0]).toBe('\ufeffSheet,Cell,No.,Finding,Message,Suggested fix');
});

test('a field a spreadsheet would run as a formula is kept as text', () => {
  expect(csvField('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"');
  expect(csvField('+40')).toBe("'+40");
  expect(csvField('Text, cu virgulă')).toBe('"Text, cu virgulă"');
});
