import { analyzeSheet } from '../src/core/analyze';
import { SheetGrid } from '../src/core/grid';
import { findingMessage } from '../src/core/messages';

function sheet(titles: string[], name = 'Plan'): SheetGrid {
  return {
    name,
    rows: [
      ...titles.map((t) => [t]),
      [],
      ['No.', 'Action', 'Responsible', 'Deadline', 'Status'],
      ['1', 'Publish the open data portal', 'Ministry', 'Q2 2020', 'Done'],
      ['2', 'Train the officers', 'Agency', 'Q4 2020', 'In progress'],
    ],
  };
}

const codes = (titles: string[], name?: string) => analyzeSheet(sheet(titles, name)).findings.filter((f) => f.code.startsWith('reading_period'));

test('an update stamp is not read as the period; the year standing alone is, and the reading says so', () => {
  const a = analyzeSheet(sheet(['2020 Action Plan Progress', 'Last updated on January 29, 2021']));
  expect(a.period).toMatchObject({ kind: 'year', year: 2020 });
  const doubts = a.findings.filter((f) => f.code.startsWith('reading_'));
  expect(doubts).toEqual([
    expect.objectContaining({ code: 'reading_period_fallback', severity: 'warning', cell: 'A1', params: expect.objectContaining({ basis: 'year_alone' }) }),
  ]);
  expect(findingMessage(doubts[0], 'ro')).toContain('dintr-un an scris singur în titlu');
  expect(findingMessage(doubts[0], 'en')).toContain('The reporting period, 2020,');
  expect(findingMessage(doubts[0], 'ru')).toContain('2020 год');
});

test('a period named by words raises no reading finding', () => {
  expect(codes(['Report on the action plan', 'for the first half of 2020'])).toEqual([]);
  expect(codes(['Raport privind implementarea planului', 'la situația din 30.06.2020'])).toEqual([]);
});

test('a period from the sheet name is a fallback naming the sheet', () => {
  expect(codes(['Action plan'], 'H1 2020')).toEqual([
    expect.objectContaining({ code: 'reading_period_fallback', params: expect.objectContaining({ basis: 'sheet', text: 'H1 2020' }) }),
  ]);
});

test('a title naming months the period does not cover is a mismatch on that cell', () => {
  const found = codes(['Report for the first half of 2020', 'Covering January to September 2020']);
  expect(found).toEqual([expect.objectContaining({ code: 'reading_period_mismatch', cell: 'A2' })]);
});
