import { lineDiff } from '../src/taskpane/components/line-diff';

test('the lines removed and added between two templates, the rest kept', () => {
  expect(lineDiff('a\nb\nc', 'a\nx\nc\nd')).toEqual([
    { kind: 'same', text: 'a' },
    { kind: 'added', text: 'x' },
    { kind: 'removed', text: 'b' },
    { kind: 'same', text: 'c' },
    { kind: 'added', text: 'd' },
  ]);
  expect(lineDiff('same', 'same')).toEqual([{ kind: 'same', text: 'same' }]);
});
