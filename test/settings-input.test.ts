import { headerRowProblem, periodCode, periodProblem, planYearProblem, readPeriodInput } from '../src/taskpane/settings-input';

test.each([
  ['S1-2022', 'S1-2022'],
  ['Semestrul I 2022', 'S1-2022'],
  ['semestrul 1, 2022', 'S1-2022'],
  ['I semestru 2022', 'S1-2022'],
  ['Semestrul II al anului 2022', 'S2-2022'],
  ['II полугодие 2022', 'S2-2022'],
  ['H1 2022', 'S1-2022'],
  ['first half of 2022', 'S1-2022'],
  ['semester 2 2021', 'S2-2021'],
  ['Trimestrul III 2022', 'Q3-2022'],
  ['III квартал 2022', 'Q3-2022'],
  ['quarter 4 2022', 'Q4-2022'],
  ['Q3-2022', 'Q3-2022'],
  ['anul 2022', '2022'],
  ['2022', '2022'],
  ['2022 год', '2022'],
])('%s is read as %s', (typed, code) => {
  const p = readPeriodInput(typed);
  expect(p && periodCode(p)).toBe(code);
});

test('what cannot be a period or a plan year is said, not accepted', () => {
  expect(periodProblem('semestrul III 2022')).toBe('period_unknown');
  expect(periodProblem('S1-1800')).toBe('period_year');
  expect(periodProblem('')).toBeNull();
  expect(planYearProblem('22')).toBe('year_range');
  expect(planYearProblem('1800')).toBe('year_range');
  expect(planYearProblem('3000')).toBe('year_range');
  expect(planYearProblem('2022')).toBeNull();
  expect(planYearProblem('2022a')).toBe('year_not_number');
  expect(headerRowProblem('0')).toBe('row_not_number');
  expect(headerRowProblem('4')).toBeNull();
});
