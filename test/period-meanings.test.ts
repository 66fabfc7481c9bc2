import { readFileSync } from 'fs';
import { join } from 'path';
import { findPeriod } from '../src/core/period';

const rows = readFileSync(join(__dirname, 'fixtures', 'period-meanings.tsv'), 'utf8')
  .split('\n')
  .filter((l) => l.trim() && !l.startsWith('#'))
  .map((l) => l.split('\t'));

function reading(text: string): string {
  const found = findPeriod([{ text, source: { kind: 'cell', cell: 'A1', text } }]);
  if (!found) return 'none';
  const { kind, n, year } = found.period;
  return `${kind} ${n} ${year}${found.basis === 'phrase' ? '' : ` ${found.basis}`}`;
}

describe.each(['ro', 'ru', 'en'])('one table of period meanings, read in %s', (lang) => {
  const column = ['ro', 'ru', 'en'].indexOf(lang) + 1;
  test.each(rows.map((r) => [r[column], r[0]]))('%j reads as %s', (text, meaning) => {
    expect(reading(text)).toBe(meaning);
  });
});

test('the table has every language on every line', () => {
  expect(rows.length).toBeGreaterThan(20);
  for (const r of rows) expect(r.filter((x) => x.trim()).length).toBe(4);
});
