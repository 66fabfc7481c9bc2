import { readFileSync } from 'fs';
import { join } from 'path';
import { dueInPeriod, formatDeadline, parseDeadline } from '../src/core/deadline';
import { describeDeadline } from './helpers/describe-deadline';

const golden = readFileSync(join(__dirname, 'fixtures', 'deadlines.txt'), 'utf8')
  .split('\n')
  .filter((l) => l.trim() && !l.startsWith('#'))
  .map((l) => l.split('|').map((x) => x.trim()) as [string, string, string]);

describe('deadline forms of the brief (fixtures/deadlines.txt)', () => {
  test.each(golden)('%j (plan year %s) -> %s', (input, year, expected) => {
    expect(describeDeadline(parseDeadline(input, year ? Number(year) : undefined))).toBe(expected);
  });
});

describe('deadline cells that are not text', () => {
  test('an Excel date cell (exceljs gives a Date at UTC midnight)', () => {
    expect(parseDeadline(new Date(Date.UTC(2022, 2, 31)))).toEqual({ kind: 'date', due: '2022-03-31', form: 'date' });
  });
  test('a serial number formatted as a date (as Excel gives it)', () => {
    expect(parseDeadline(44651, undefined, 'dd.mm.yyyy')).toEqual({ kind: 'date', due: '2022-03-31', form: 'date' });
  });
  test('a number that is a year', () => {
    expect(parseDeadline(2021)).toEqual({ kind: 'date', due: '2021-12-31', form: 'year' });
  });
  test('a date cell whose format shows only a month is due at the end of that month', () => {
    const dec1 = new Date(Date.UTC(2023, 11, 1));
    expect(parseDeadline(dec1, undefined, 'mmm-yy')).toEqual({ kind: 'date', due: '2023-12-31', form: 'month' });
    expect(parseDeadline(dec1, undefined, '[$-409]mmmm yyyy;@')).toEqual({ kind: 'date', due: '2023-12-31', form: 'month' });
    expect(parseDeadline(45261, undefined, 'mmm-yy')).toEqual({ kind: 'date', due: '2023-12-31', form: 'month' });
    expect(parseDeadline(dec1, undefined, 'yyyy')).toEqual({ kind: 'date', due: '2023-12-31', form: 'year' });
    expect(parseDeadline(dec1, undefined, 'dd.mm.yyyy')).toEqual({ kind: 'date', due: '2023-12-01', form: 'date' });
    expect(parseDeadline(dec1, undefined, 'd-mmm-yy')).toEqual({ kind: 'date', due: '2023-12-01', form: 'date' });
    expect(parseDeadline(dec1)).toEqual({ kind: 'date', due: '2023-12-01', form: 'date' });
  });
  test('a formula error', () => {
    expect(parseDeadline({ error: '#N/A' }).kind).toBe('invalid');
  });
});

describe('due in the reporting period', () => {
  const s1 = '2020-06-30';
  test.each([
    ['Anual', s1, '2020-12-31'],
    ['Anual', '2020-12-31', '2020-12-31'],
    ['Semestrial', s1, '2020-06-30'],
    ['Semestrial', '2020-03-31', '2020-06-30'],
    ['Trimestrial', s1, '2020-06-30'],
    ['Lunar', '2020-03-31', '2020-03-31'],
    ['Trimestrul III, anual', s1, '2020-09-30'],
    ['Trimestrul IV, 2019', s1, '2019-12-31'],
  ])('%s for a period ending %s falls on %s', (text, end, due) => {
    expect(dueInPeriod(parseDeadline(text), end)).toBe(due);
  });
  test('ongoing work is never due', () => {
    expect(dueInPeriod(parseDeadline('Permanent'), s1)).toBeNull();
  });
});

test('canonical forms offered as fixes', () => {
  expect(formatDeadline({ due: '2021-06-30', form: 'quarter' }, 'ro')).toBe('Trimestrul II, 2021');
  expect(formatDeadline({ due: '2021-12-31', form: 'semester' }, 'ru')).toBe('II полугодие 2021');
  expect(formatDeadline({ due: '2022-12-31', form: 'month' }, 'en')).toBe('December 2022');
  expect(formatDeadline({ due: '2022-03-31', form: 'date' }, 'ro')).toBe('31.03.2022');
});

describe('a struck-through old date followed by the new one', () => {
  test('the .xlsx reader drops the struck-through run: the new date alone', () => {
    expect(parseDeadline('July 31, 2020')).toEqual({ kind: 'date', due: '2020-07-31', form: 'date' });
  });
  test('Excel gives the plain text of both: the later date, flagged ambiguous', () => {
    expect(parseDeadline('June 30, 2020 July 31, 2020')).toEqual({ kind: 'date', due: '2020-07-31', form: 'date', ambiguous: true });
  });
});

test('a Romanian or Russian month before a number is a day only with the year after it', () => {
  // "декабрь 22" (nominative) and "decembrie 22" may mean the year '22: not read as 22 December.
  expect(parseDeadline('декабрь 22', 2022)).toMatchObject({ kind: 'invalid' });
  expect(parseDeadline('decembrie 22', 2022)).toMatchObject({ kind: 'invalid' });
  expect(parseDeadline('decembrie 31, 2022')).toEqual({ kind: 'date', due: '2022-12-31', form: 'date' });
  expect(parseDeadline('22 декабря', 2022)).toEqual({ kind: 'date', due: '2022-12-22', form: 'date' });
  expect(parseDeadline('December 22', 2022)).toEqual({ kind: 'date', due: '2022-12-22', form: 'date' });
  expect(parseDeadline('August 15', 2022)).toEqual({ kind: 'date', due: '2022-08-15', form: 'date' });
  // An abbreviation shared by the languages and a bare number: the year '22 as much as the 22nd.
  expect(parseDeadline('dec 22', 2022)).toMatchObject({ kind: 'invalid' });
  expect(parseDeadline('Dec 22nd', 2022)).toEqual({ kind: 'date', due: '2022-12-22', form: 'date' });
  expect(parseDeadline('Dec 22, 2022')).toEqual({ kind: 'date', due: '2022-12-22', form: 'date' });
  expect(parseDeadline('May 31', 2022)).toEqual({ kind: 'date', due: '2022-05-31', form: 'date' });
});
