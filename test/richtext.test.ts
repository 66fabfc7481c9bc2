import { analyzeWorkbook } from '../src/core/analyze';
import { flat } from './helpers/grid';
import { roundTrip } from './helpers/xlsx';

test('a date struck through in a deadline cell is superseded by the one beside it', async () => {
  const struck = { richText: [{ text: '30.06.2020', font: { strike: true } }, { text: ' 31.07.2020' }] };
  const allStruck = { richText: [{ text: 'Anual', font: { strike: true } }] };
  const grid = await roundTrip([
    {
      name: 'Plan',
      rows: [
        ['pentru anul 2020'],
        ['Nr.', 'Acțiunea', 'Responsabil', 'Termen', 'Statutul'],
        ['1.1', 'Prima', 'DIP', struck, 'Realizat'],
        ['1.2', 'A doua', 'DIP', allStruck, 'Realizat'],
        ['1.3', 'A treia', 'DIP', '30.06.2020 31.07.2020', 'Realizat'],
      ],
    },
  ]);
  const a = analyzeWorkbook(grid);
  expect(a.rows.map((r) => [r.deadline, r.due])).toEqual([
    [' 31.07.2020', '2020-07-31'],
    ['Anual', '2020-12-31'],
    ['30.06.2020 31.07.2020', '2020-07-31'],
  ]);
  // Without the formatting (as in Excel's plain values) two dates are a warning naming the later one.
  expect(flat(a.findings)).toEqual(['D5 ambiguous_deadline']);
});
