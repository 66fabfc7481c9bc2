import { finding } from '../src/core/findings';
import { registerAllLangs } from '../src/core/messages/all-langs';
import { openErrors, openErrorsSentence, openIssuesAppendix } from '../src/core/messages/report-check';

registerAllLangs();

const errors = (missing: number, deadlines: number) => [
  ...Array.from({ length: missing }, (_, i) => finding('missing_status', 'Plan', `E${i + 5}`, `1.${i + 1}`)),
  ...Array.from({ length: deadlines }, (_, i) => finding('invalid_deadline', 'Plan', `D${i + 5}`, `2.${i + 1}`, { reason: 'unknown' })),
  // A warning is not an open error.
  finding('missing_responsible', 'Plan', 'C99', '9.9'),
];

test.each([
  ['ro', 15, 3, 'Rămân 18 erori: statut lipsă (15), termen nerecunoscut (3).'],
  ['ro', 1, 0, 'Rămâne 1 eroare: statut lipsă (1).'],
  ['ro', 20, 1, 'Rămân 21 de erori: statut lipsă (20), termen nerecunoscut (1).'],
  ['ru', 20, 0, 'Осталось 20 ошибок: нет статуса (20).'],
  ['ru', 1, 1, 'Остались 2 ошибки: нет статуса (1), срок не распознан (1).'],
  ['ru', 21, 0, 'Осталась 21 ошибка: нет статуса (21).'],
] as const)('%s: %i missing statuses and %i unreadable deadlines', (lang, missing, deadlines, sentence) => {
  expect(openErrorsSentence(lang, errors(missing, deadlines))).toBe(sentence);
});

test('English says the count first, most frequent kind first', () => {
  expect(openErrorsSentence('en', errors(1, 3))).toMatch(/^4 errors remain: [a-z][^(]+ \(3\), [a-z][^(]+ \(1\)\.$/);
  expect(openErrorsSentence('en', errors(1, 0))).toMatch(/^1 error remains: /);
});

test('with no error open there is nothing to ask', () => {
  expect(openErrorsSentence('ro', [])).toBeNull();
  expect(openIssuesAppendix('ro', [])).toBe('');
});

test('the first is the first in the sheet; the appendix lists each open error by cell and id', () => {
  const list = errors(2, 1);
  expect(openErrors(list).first?.cell).toBe('E5');
  const appendix = openIssuesAppendix('ro', list);
  expect(appendix.split('\n')[0]).toBe('## Probleme deschise');
  expect(appendix).toContain('- **E5** (1.1): statut lipsă');
  expect(appendix).toContain('- **D5** (2.1): termen nerecunoscut');
});
