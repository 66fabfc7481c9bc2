import { detectPeriod, detectYear, parsePeriodOption } from '../src/core/period';

test.each([
  ['S1-2022', 'semester', 1, 2022, '2022-06-30'],
  ['s2 2021', 'semester', 2, 2021, '2021-12-31'],
  ['2022-S1', 'semester', 1, 2022, '2022-06-30'],
  ['H2-2021', 'semester', 2, 2021, '2021-12-31'],
  ['Q3-2021', 'quarter', 3, 2021, '2021-09-30'],
  ['T1 2023', 'quarter', 1, 2023, '2023-03-31'],
  ['2022', 'year', 1, 2022, '2022-12-31'],
])('period option %s', (text, kind, n, year, end) => {
  expect(parsePeriodOption(text)).toMatchObject({ kind, n, year, end });
});

test.each(['S3-2022', 'Q5-2021', 'semestrul', ''])('rejects period option %j', (text) => {
  expect(parsePeriodOption(text)).toBeNull();
});

test.each([
  ['pentru semestrul I, 2022', 'semester', 1, 2022],
  ['Raport privind implementarea Planului pentru semestrul II 2021', 'semester', 2, 2021],
  ['pentru sem. I 2020', 'semester', 1, 2020],
  ['pentru trimestrul III, 2021', 'quarter', 3, 2021],
  ['за I полугодие 2020 года', 'semester', 1, 2020],
  ['за III квартал 2022', 'quarter', 3, 2022],
  ['Report for H1 2024', 'semester', 1, 2024],
  ['Raport pentru anul 2021', 'year', 1, 2021],
])('period in the title %j', (title, kind, n, year) => {
  expect(detectPeriod(['Agenția de Guvernare Electronică', title])).toMatchObject({ kind, n, year });
});

test('a plan spanning years names no single period, but gives a year', () => {
  expect(detectPeriod(['Planul de acțiuni pentru anii 2019-2020'])).toBeNull();
  expect(detectYear(['Planul de acțiuni pentru anii 2019-2020'])).toBe(2020);
});
