import { findingMessage, interpolate } from '../src/core/messages';
import { Finding } from '../src/core/findings';

test('a value ending its own sentence takes the place of the full stop after it: no ".."', () => {
  expect(interpolate('Perioada: {period}.', { period: '2020 г.' })).toBe('Perioada: 2020 г.');
  expect(interpolate('Text: „{text}”.', { text: 'achiziție.' })).toBe('Text: „achiziție.”.');
  expect(interpolate('{reason}. Urmează', { reason: 'achiziție.' })).toBe('achiziție. Urmează');
  expect(interpolate('{a}...', { a: 'x.' })).toBe('x....');
  expect(interpolate('{a}.', { a: 'x' })).toBe('x.');
  expect(interpolate('{a}!', { a: 'x.' })).toBe('x.!');
});

test('the pane leaves the accepted deadline forms out of each finding; the command line keeps them', () => {
  const f: Finding = {
    code: 'invalid_deadline',
    severity: 'error',
    sheet: 'Plan',
    cell: 'D9',
    rowId: '1.6',
    params: { value: 'curând', reason: 'unknown_text' },
  } as Finding;
  const full = findingMessage(f, 'ro');
  const short = findingMessage(f, 'ro', { accepted: false });
  expect(full).toContain('Forme acceptate');
  expect(short).not.toContain('Forme acceptate');
  expect(full.startsWith(short)).toBe(true);
  expect(short.endsWith('.')).toBe(true);
});
