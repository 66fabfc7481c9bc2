import { splitTitleBlock } from '../src/report/title-block';

test('the title block is the "# " line and the lines up to the first section', () => {
  expect(splitTitleBlock('# Raport\nAgenția\nPerioada: S1\n\n## Sumar\n\nText.')).toEqual({
    title: 'Raport',
    lines: ['Agenția', 'Perioada: S1'],
    body: '## Sumar\n\nText.',
  });
});

test('a template without a "# " title has no title block', () => {
  expect(splitTitleBlock('## Sumar\nText.')).toEqual({ title: null, lines: [], body: '## Sumar\nText.' });
  expect(splitTitleBlock('')).toEqual({ title: null, lines: [], body: '' });
});
