import { makePeriod } from '../src/core/period';
import { baseName, downloadName, periodAfter, shortPeriod } from '../src/report/file-names';

const S1 = makePeriod('semester', 1, 2022);

test("the Word report is named by the report's words and period, in the report's language", () => {
  expect(downloadName('report', 'ro', S1, 'Plan de acțiuni 2022.xlsx', 'docx')).toBe('Raport S1 2022 – Plan de acțiuni 2022.docx');
  expect(downloadName('report', 'ru', S1, 'Plan de acțiuni 2022.xlsx', 'docx')).toBe('Отчёт 1 полугодие 2022 – Plan de acțiuni 2022.docx');
  expect(downloadName('report', 'en', S1, 'Plan de acțiuni 2022.xlsx', 'docx')).toBe('Report H1 2022 – Plan de acțiuni 2022.docx');
});

test('S1 and S2 of the same workbook get different names', () => {
  const s2 = makePeriod('semester', 2, 2022);
  expect(downloadName('report', 'ro', S1, 'plan.xlsx', 'docx')).not.toBe(downloadName('report', 'ro', s2, 'plan.xlsx', 'docx'));
});

test('the corrected workbook and the next period\'s workbook are named in words too, never ".fixed" or ".next"', () => {
  expect(downloadName('fixed', 'ro', S1, 'raport.xlsx', 'xlsx')).toBe('Registru corectat S1 2022 – raport.xlsx');
  expect(downloadName('next_period', 'ru', periodAfter(S1), 'Отчёт 1 полугодие 2022 – plan.docx', 'xlsx')).toBe(
    'Отчёт для заполнения 2 полугодие 2022 – plan.xlsx',
  );
  expect(downloadName('fixed', 'en', null, 'plan.fixed.xlsx', 'xlsx')).toBe('Corrected workbook – plan.xlsx');
});

test("an earlier download's words are not repeated in the next name", () => {
  expect(downloadName('next_period', 'ro', periodAfter(S1), 'Raport S1 2022 – Plan.docx', 'xlsx')).toBe('Raport de completat S2 2022 – Plan.xlsx');
});

test('a period of each kind, and the one after it', () => {
  expect(shortPeriod(makePeriod('quarter', 3, 2021), 'ro')).toBe('T3 2021');
  expect(shortPeriod(makePeriod('quarter', 3, 2021), 'en')).toBe('Q3 2021');
  expect(shortPeriod(makePeriod('year', 1, 2021), 'ru')).toBe('2021');
  expect(periodAfter(makePeriod('semester', 2, 2021))).toMatchObject({ kind: 'semester', n: 1, year: 2022 });
  expect(periodAfter(makePeriod('quarter', 4, 2021))).toMatchObject({ kind: 'quarter', n: 1, year: 2022 });
});

test('characters a file system refuses leave the name', () => {
  expect(baseName('C:\\docs\\plan.xlsx')).toBe('plan');
  expect(downloadName('report', 'ro', null, 'a:b*c?.xlsx', 'docx')).toBe('Raport – a b c.docx');
});
