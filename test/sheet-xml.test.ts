import { PatchError, setCells, setListValidation } from '../src/standalone/sheet-xml';

const SHEET = (data: string, tail = '') => `<worksheet xmlns="x"><sheetData>${data}</sheetData>${tail}</worksheet>`;

test('a cell is replaced in place, its style kept, the rest of the row untouched', () => {
  const xml = SHEET('<row r="2" spans="1:3"><c r="A2" t="s"><v>0</v></c><c r="B2" s="3" t="s"><v>1</v></c><c r="C2"><v>5</v></c></row>');
  expect(setCells(xml, [{ cell: 'B2', value: 'Realizată & <ok>' }])).toBe(
    SHEET(
      '<row r="2" spans="1:3"><c r="A2" t="s"><v>0</v></c><c r="B2" s="3" t="inlineStr"><is><t xml:space="preserve">Realizată &amp; &lt;ok&gt;</t></is></c><c r="C2"><v>5</v></c></row>',
    ),
  );
});

test('a missing cell goes in column order, a missing row in row order, a self-closed row and sheetData are opened', () => {
  const cell = (r: string, v: string) => `<c r="${r}" t="inlineStr"><is><t xml:space="preserve">${v}</t></is></c>`;
  expect(setCells(SHEET('<row r="1"><c r="A1"/><c r="C1"/></row>'), [{ cell: 'B1', value: 'x' }])).toBe(
    SHEET(`<row r="1"><c r="A1"/>${cell('B1', 'x')}<c r="C1"/></row>`),
  );
  expect(setCells(SHEET('<row r="1"/><row r="5"/>'), [{ cell: 'A3', value: 'y' }])).toBe(SHEET(`<row r="1"/><row r="3">${cell('A3', 'y')}</row><row r="5"/>`));
  expect(setCells(SHEET('<row r="1"/>'), [{ cell: 'D1', value: 'z' }])).toBe(SHEET(`<row r="1">${cell('D1', 'z')}</row>`));
  expect(setCells('<worksheet><sheetData/></worksheet>', [{ cell: 'A1', value: 'w' }])).toBe(
    `<worksheet><sheetData><row r="1">${cell('A1', 'w')}</row></sheetData></worksheet>`,
  );
});

test('rows without numbers are refused, not guessed', () => {
  expect(() => setCells(SHEET('<row><c><v>1</v></c></row>'), [{ cell: 'A1', value: 'x' }])).toThrow(PatchError);
});

test('a dropdown goes before the elements that follow validations, and replaces one on the same range', () => {
  const xml = SHEET('', '<pageMargins left="0.7"/><drawing r:id="rId1"/>');
  const once = setListValidation(xml, 'E3:E6', ['Realizată', 'Anulată']);
  expect(once).toContain('</sheetData><dataValidations count="1"><dataValidation type="list"');
  expect(once.indexOf('<dataValidations')).toBeLessThan(once.indexOf('<pageMargins'));
  const twice = setListValidation(once, 'E3:E6', ['Realizată']);
  expect(twice.match(/<dataValidation /g)).toHaveLength(1);
});
