import { readFileSync } from 'fs';
import { join } from 'path';
import { parseDeadline } from '../src/core/deadline';
import { describeDeadline } from './helpers/describe-deadline';

const rows = readFileSync(join(__dirname, 'fixtures', 'meanings.tsv'), 'utf8')
  .split('\n')
  .filter((l) => l.trim() && !l.startsWith('#'))
  .map((l) => l.split('\t'));

describe.each(['ro', 'ru', 'en'])('one table of deadline meanings, parsed in %s', (lang) => {
  const column = ['ro', 'ru', 'en'].indexOf(lang) + 2;
  test.each(rows.map((r) => [r[column], r[1], r[0]]))('%j (plan year %s) means %s', (text, year, meaning) => {
    expect(describeDeadline(parseDeadline(text, year ? Number(year) : undefined))).toBe(meaning);
  });
});

test('every meaning is written in the three languages', () => {
  expect(rows.length).toBeGreaterThan(40);
  for (const r of rows) expect([r[2], r[3], r[4]].every((x) => x?.trim())).toBe(true);
});
