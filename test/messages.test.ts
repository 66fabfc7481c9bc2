import { FINDING_CODES, finding } from '../src/core/findings';
import { formatDate, formatPercent } from '../src/core/format';
import { findingMessage, LANGS } from '../src/core/messages';

const PARAMS: Record<string, Record<string, string | number>> = {
  sheet_not_found: { sheet: 'Plan' },
  invalid_status: { value: 'Realizatt' },
  status_inferred: { value: 'Pending', state: 'not_started' },
  role_not_found: { role: 'status', columns: 'E "Stadiul implementării", F "Note"' },
  invalid_deadline: { value: 'Trimestrul V', reason: 'out_of_range' },
  duplicate_id: { id: '1.1', first: 'A4' },
  id_mismatch: { id: '2.9', expected: '1.' },
  cell_error: { value: '#N/A' },
  unknown_responsible: { code: 'SACS' },
  missing_description: { state: 'done' },
  overdue: { due: '2022-03-31', state: 'in_progress' },
  ambiguous_deadline: { value: 'Pe parcursul anului Decembrie', due: '2022-12-31' },
  status_contradicts_description: { state: 'in_progress', sentence: 'Acțiunea nu a fost inițiată.' },
  status_spelling: { value: 'Neiniţiată' },
  regressed: { from: 'done', to: 'in_progress', previousId: '1.2' },
  postponed: { from: '2019-06-30', to: '2020-12-31', months: 18, previousId: '1.10' },
  overdue_again: { due: '2020-12-31', previousDue: '2020-06-30', previousId: '1.10' },
  not_started_again: { previousId: '1.9' },
  description_unchanged: { state: 'in_progress', previousId: '4.1' },
  dropped: { id: '5.2', state: 'in_progress', source: 'previous' },
  formula_without_value: { value: '#NO_CACHED_VALUE' },
  invisible_character: { char: 'U+200B' },
  hidden_rows: { count: 2, first: 14 },
  hidden_sheet: { sheet: 'Plan', state: 'hidden' },
  reading_period_fallback: { kind: 'year', n: 1, year: 2020, basis: 'year_alone', text: '2020 Action Plan Progress' },
  reading_period_mismatch: { kind: 'semester', n: 1, year: 2023, text: 'Perioada: ianuarie – septembrie 2023' },
  reading_sheet_not_read: { sheet: 'Obiectiv 6', reason: 'copy', read: 'Obiectiv 1, Obiectiv 2', count: 2 },
  reading_same_error: { code: 'invalid_deadline', count: 12, rows: 40 },
  no_deadline_column: { columns: 'C "Partners", F "Latest update"' },
  checks_skipped: { role: 'id' },
  reading_data_after_table: { row: 16, end: 13, text: '3.1 | Lansarea portalului | Realizat' },
  reading_one_group: { group: '1. Consolidarea cadrului normativ', rows: 28, total: 29, others: 3 },
  reading_column_unused: { column: 'G', header: 'Stadiul', role: 'status' },
  reading_heading_as_text: { row: 5, text: 'Consolidarea capacităților', next: '1. Date deschise' },
};

describe.each(LANGS)('wording in %s', (lang) => {
  test('every finding code has a message with its parameters filled', () => {
    const messages = FINDING_CODES.map((code) => {
      const text = findingMessage(finding(code, 'Plan', 'A1', null, PARAMS[code] ?? {}), lang, { cli: true });
      expect(text).not.toMatch(/\{\/?\w+\}/);
      return `${code}: ${text}`;
    });
    expect(messages).toMatchSnapshot();
  });

  test('the pane names no command-line option; the command line keeps its hints', () => {
    let hints = 0;
    for (const code of FINDING_CODES) {
      const f = finding(code, 'Plan', 'A1', null, { ...(PARAMS[code] ?? {}), role: 'deadline' });
      const pane = findingMessage(f, lang);
      expect(pane).not.toMatch(/--\w|\{\/?\w+\}|linia de comand|командн|command line/);
      expect(pane).not.toMatch(/=G\b/);
      const cli = findingMessage(f, lang, { cli: true });
      if (cli !== pane) hints++;
      expect(cli.replace(/ \([^()]*--[^()]*\)/g, '')).toBe(pane);
    }
    expect(hints).toBeGreaterThanOrEqual(3);
  });
});

test('numbers and dates as people write them', () => {
  expect(formatPercent(0.45519, 'ro')).toBe('45,5%');
  expect(formatPercent(0.45519, 'ru')).toBe('45,5%');
  expect(formatPercent(0.45519, 'en')).toBe('45.5%');
  expect(formatPercent(null, 'ro')).toBe('–');
  expect(formatDate('2022-06-30', 'ro')).toBe('30 iunie 2022');
  expect(formatDate('2022-06-30', 'ru')).toBe('30 июня 2022');
  expect(formatDate('2022-06-30', 'en')).toBe('30 June 2022');
});

test('count lines agree with their numbers in every language', () => {
  const { counts } = require('../src/core/messages') as typeof import('../src/core/messages');
  expect(
    counts(
      'ro',
      [
        ['action', 29],
        ['error', 1],
        ['warning', 3],
        ['info', 1],
      ],
      ' · ',
    ),
  ).toBe('29 de acțiuni · 1 eroare · 3 avertismente · 1 informație');
  expect(
    counts('ro', [
      ['action', 1],
      ['error', 0],
      ['warning', 20],
    ]),
  ).toBe('1 acțiune, 0 erori, 20 de avertismente');
  expect(
    counts('ru', [
      ['action', 21],
      ['error', 2],
      ['warning', 5],
    ]),
  ).toBe('21 мероприятие, 2 ошибки, 5 предупреждений');
  expect(
    counts('en', [
      ['action', 1],
      ['info', 2],
    ]),
  ).toBe('1 action, 2 notes');
});
