import fc from 'fast-check';

/**
 * Generated status / description cells: statuses of the vocabulary typed loosely, phrases outside
 * it, near misses, none; narratives in ro/ru/en with punctuation, line breaks, quotes and lists.
 */
const STATUSES = [
  ...['Realizata', 'realizat', 'In proces de realizare', 'Neiniţiată', 'Realizat parțial', 'Выполнено', 'в процессе выполнения', 'Done', 'In progress'],
  ...['Gata', 'Finalizat', 'Urmează a fi inițiată', 'Pending', 'Delayed', 'в работе', 'Завершено', 'În lucru', 'Amânat', 'Planificat', 'Gata!'],
  ...['Realizt', 'Realizatt', 'In proces de realizre', 'Suspendtă', 'Nerealizatt'],
  '',
];
const SEPARATORS = ['. ', '.\n', '\n', '; ', ', ', ' ', ' (activitate continuă). ', ': ', ' – ', '\n\n'];
const NARRATIVE_PARTS = [
  'Ministerul a elaborat proiectul',
  'după contractarea companiei',
  'se află în proces de elaborare',
  'Проект находится в процессе разработки',
  'заключён договор',
  'The regulation is being drafted',
  'the portal went live',
  '„consultări publice”',
  '«обсуждение»',
  '"public hearings"',
  '\n- pe 3 mai;\n- pe 4 iunie',
  '\n1) первое;\n2) второе',
  '(în partea ce ține de AGE)',
  '2022',
];
const PUNCT = ['', '.', ';', ',', ':', '!', '?', '…', '..'];
const SPACE = ['', ' ', '  ', '\n', '\u00a0'];

const narrative = fc
  .array(fc.tuple(fc.constantFrom(...NARRATIVE_PARTS), fc.constantFrom(...PUNCT), fc.constantFrom(' ', '\n', ' ')), { minLength: 1, maxLength: 4 })
  .map((parts) =>
    parts
      .map(([w, p, s]) => w + p + s)
      .join('')
      .trim(),
  );
export const cell = fc.record({
  lead: fc.constantFrom(...SPACE),
  status: fc.constantFrom(...STATUSES),
  separator: fc.constantFrom(...SEPARATORS),
  text: narrative,
  trail: fc.constantFrom(...SPACE),
});
export type Cell = { lead: string; status: string; separator: string; text: string; trail: string };

export function isSubsequence(part: string, whole: string): boolean {
  let i = 0;
  for (const ch of whole) if (i < part.length && ch === part[i]) i++;
  return i === part.length;
}
