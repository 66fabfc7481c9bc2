import { analyzeSheet } from '../src/core/analyze';
import { CellValue } from '../src/core/grid';
import { leadingId } from '../src/core/plan';
import { flat, sheet } from './helpers/grid';

const HEADER = ['Nr.', 'Acțiunea', 'Responsabil', 'Termen', 'Statutul', 'Comentarii'];
const row = (id: string, action: string) => [id, action, 'DIP', 'Anual', 'Realizat', 'Făcut.'];

test.each([
  ['Obiectivul 1. Sporirea accesului', '1'],
  ['Obiectiv nr.1: Transparență', '1'],
  ['Obiectivul nr. 2: Servicii', '2'],
  ['OBIECTIVUL 3 - Digitalizare', '3'],
  ['Цель 2. Открытость', '2'],
  ['Objective 4: Services', '4'],
])('objective heading %j has key %s', (heading, key) => {
  const a = analyzeSheet(sheet('P', [['semestrul I 2022'], HEADER, [heading], row(`${key}.1`, 'X')], ['A3:F3']));
  expect(a.rows.map((r) => r.objective?.key)).toEqual([key]);
  expect(a.findings).toEqual([]);
});

test('an unnumbered objective heading is keyed by position', () => {
  const a = analyzeSheet(
    sheet('P', [['semestrul I 2022'], HEADER, ['Obiectivul general'], row('1.1', 'X'), ['Obiectivul specific'], row('2.1', 'Y')], ['A3:F3', 'A5:F5']),
  );
  expect(a.rows.map((r) => [r.objective?.key, r.objective?.numbered])).toEqual([
    ['1', false],
    ['2', false],
  ]);
});

test.each([
  ['1.4. Instituirea registrului', '1.4', 'Instituirea registrului'],
  ['1.4 Instituirea registrului', '1.4', 'Instituirea registrului'],
  ['1.1.1 Acordarea asistenței', '1.1.1', 'Acordarea asistenței'],
  ['1.1.1. Acordarea asistenței', '1.1.1', 'Acordarea asistenței'],
  ['2.10.Raportarea', '2.10', 'Raportarea'],
])('id leading the text: %j', (text, id, rest) => {
  expect(leadingId(text)).toEqual({ id, rest });
});

test.each(['Instituirea registrului', '2020 a fost un an', '1. Domeniul întâi', 'Art. 5 din lege'])('no leading id in %j', (text) => {
  expect(leadingId(text)).toBeNull();
});

test('ids in their column, with or without the trailing dot, and as numbers', () => {
  const a = analyzeSheet(
    sheet(
      'P',
      [['semestrul I 2022'], HEADER, ['Obiectivul 1. A'], row('1.1.', 'X'), row(' 1.2 ', 'Y'), [1.3, 'Z', 'DIP', 'Anual', 'Realizat', 'Făcut.']],
      ['A3:F3'],
    ),
  );
  expect(a.rows.map((r) => r.id)).toEqual(['1.1', '1.2', '1.3']);
  expect(a.findings).toEqual([]);
});

test('ids are checked against the area when the plan numbers by area, the objective otherwise', () => {
  const byArea = analyzeSheet(
    sheet(
      'P',
      [
        ['semestrul I 2022'],
        HEADER,
        ['Obiectivul 1. A'],
        ['1. Domeniul unu'],
        row('1.1', 'X'),
        ['2. Domeniul doi'],
        row('2.1', 'Y'),
        row('1.2', 'Z'),
        ['Obiectivul 2. B'],
        ['3. Domeniul trei'],
        row('3.1', 'W'),
      ],
      ['A3:F3', 'A4:F4', 'A6:F6', 'A9:F9', 'A10:F10'],
    ),
  );
  expect(byArea.rows.map((r) => [r.id, r.area?.key, r.objective?.key])).toEqual([
    ['1.1', '1', '1'],
    ['2.1', '2', '1'],
    ['1.2', '2', '1'],
    ['3.1', '3', '2'],
  ]);
  expect(flat(byArea.findings)).toEqual(['A8 id_mismatch']);
  expect(byArea.findings[0].suggestion).toBe('2.2');
});

test('a sub-action whose id does not extend its action is a mismatch', () => {
  const a = analyzeSheet(
    sheet(
      'P',
      [
        ['semestrul I 2022'],
        ['Acțiunea', 'Responsabil', 'Termen', 'Statutul', 'Comentarii'],
        ['Obiectivul 1. A'],
        ['1.1 Titlul acțiunii'],
        ['1.1.1 Prima', 'DIP', 'Anual', 'Realizat', 'Da.'],
        ['1.1.2 A doua', 'DIP', 'Anual', 'Realizat', 'Da.'],
        ['1.2 Alta', 'DIP', 'Anual', 'Realizat', 'Da.'],
      ],
      ['A3:E3'],
    ),
  );
  expect(a.rows.map((r) => [r.id, r.parent?.id ?? null])).toEqual([
    ['1.1.1', '1.1'],
    ['1.1.2', '1.1'],
    ['1.2', null],
  ]);
  expect(a.findings).toEqual([]);
});

test('a title row not followed by its sub-actions is an action with missing fields', () => {
  const a = analyzeSheet(sheet('P', [['semestrul I 2022'], HEADER, ['Obiectivul 1. A'], ['1.1', 'Acțiune fără rest'], row('1.2', 'Y')], ['A3:F3']));
  expect(a.rows.map((r) => r.id)).toEqual(['1.1', '1.2']);
  expect(flat(a.findings)).toEqual(['C4 missing_responsible', 'D4 missing_deadline', 'E4 missing_status']);
});

test('an empty table under a header gives no rows and no crash', () => {
  const a = analyzeSheet(sheet('P', [HEADER, [], [null, null, ''], []]), { period: 'S1-2022' });
  expect(a.rows).toEqual([]);
  expect(a.stats.total.rows).toBe(0);
});

describe('ids numbered straight through the plan', () => {
  const objectives = (ids: string[][]) => {
    const rows: CellValue[][] = [['semestrul I 2022'], HEADER];
    const merges: string[] = [];
    ids.forEach((group, g) => {
      rows.push([`Obiectivul ${g + 1}. Obiectivul numărul ${g + 1}`]);
      merges.push(`A${rows.length}:F${rows.length}`);
      for (const id of group) rows.push(row(id, `Acțiunea ${id}`));
    });
    return analyzeSheet(sheet('P', rows, merges));
  };
  test('single numbers 1 … 8 under objective headings are no mismatch', () => {
    const a = objectives([
      ['1', '2', '3'],
      ['4', '5'],
      ['6', '7', '8'],
    ]);
    expect(a.rows.map((r) => [r.id, r.objective?.key])).toEqual([
      ['1', '1'],
      ['2', '1'],
      ['3', '1'],
      ['4', '2'],
      ['5', '2'],
      ['6', '3'],
      ['7', '3'],
      ['8', '3'],
    ]);
    expect(a.findings.filter((f) => f.code === 'id_mismatch' || f.code === 'reading_same_error')).toEqual([]);
  });
  test('a hierarchical id whose first part disagrees with its objective still is', () => {
    const a = objectives([
      ['1.1', '1.2'],
      ['2.1', '3.1'],
    ]);
    expect(a.findings.filter((f) => f.code === 'id_mismatch').map((f) => [f.cell, f.params.id, f.params.expected])).toEqual([['A8', '3.1', '2.']]);
  });
});
