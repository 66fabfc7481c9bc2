import { STATES, closestState, matchLeadingStatus, parseStatus, spellingFix } from '../src/core/status';

describe('status vocabulary of the brief', () => {
  const forms: Record<string, string[]> = {
    done: ['Realizat', 'Realizată', 'Realizate', 'Îndeplinit', 'Executat', 'Выполнено', 'Реализовано', 'Done', 'Completed', 'Achieved'],
    partially_done: ['Realizat parțial', 'Parțial realizat', 'Realizată parţial', 'Частично выполнено', 'Partially done'],
    in_progress: [
      'În proces de realizare',
      'În curs de realizare',
      'În curs de executare',
      'În desfășurare',
      'В процессе выполнения',
      'Выполняется',
      'In progress',
      'Ongoing',
    ],
    initiated: ['Inițiat', 'Inițiată', 'Начато', 'Инициировано', 'Initiated', 'Started'],
    not_started: ['Neinițiat', 'Neinițiată', 'Nu a fost inițiată', 'Не начато', 'Not started'],
    not_done: ['Nerealizat', 'Nerealizată', 'Neîndeplinit', 'Не выполнено', 'Not done', 'Not achieved'],
    suspended: ['Suspendat', 'Suspendată', 'Приостановлено', 'Suspended', 'On hold'],
    cancelled: ['Anulat', 'Anulată', 'Exclus', 'Отменено', 'Cancelled'],
  };
  for (const [state, list] of Object.entries(forms)) {
    test.each(list)(`%s -> ${state}`, (text) => {
      expect(parseStatus(text)?.state).toBe(state);
    });
  }

  test.each([
    ['Neiniţiată', 'not_started'], // cedilla ţ U+0163
    ['Neinițiată', 'not_started'], // comma-below ț U+021B
    ['ÎNDEPLINIT', 'done'],
    ['Realizata', 'done'],
    ['In proces de realizare', 'in_progress'],
    ['realizat.', 'done'],
    ['  Realizată ;', 'done'],
    ['În   proces\nde realizare', 'in_progress'],
    ['Partial realizat', 'partially_done'],
    ['Nerealizate', 'not_done'],
    ['ÎN DESFĂŞURARE', 'in_progress'],
  ])('folds case, ş/ș ţ/ț, missing diacritics, gender, spaces and trailing punctuation: %j', (text, state) => {
    expect(parseStatus(text)?.state).toBe(state);
  });

  test.each([
    ['Realizată (activitate continuă)', 'done', ['continuing']],
    ['În proces de realizare. (activitate continuă)', 'in_progress', ['continuing']],
    ['Realizat, activitate permanentă', 'done', ['continuing']],
    ['Realizată în partea ce ține de AGE', 'done', ['own_part']],
    ['Realizat (pe partea de AGE)', 'done', ['own_part']],
    ['Realizat pentru semestrul I', 'done', ['period_only']],
    ['Realizat pentru semestrul I 2022', 'done', ['period_only']],
    ['Realizată (cu deviere de la acțiunea formulată)', 'done', ['deviation']],
    ['Realizat pentru semestrul I (activitate continuă)', 'done', ['period_only', 'continuing']],
  ])('keeps qualifiers: %j', (text, state, qualifiers) => {
    const p = parseStatus(text)!;
    expect(p.state).toBe(state);
    expect(p.qualifiers).toEqual(qualifiers);
    expect(p.rest).toBe('');
  });

  test('a combined status / description cell: the status is the leading phrase', () => {
    const text = 'În proces de realizare. (activitate continuă) Ministerul a elaborat proiectul, care permanent este actualizat.';
    const m = matchLeadingStatus(text)!;
    expect(m.state).toBe('in_progress');
    expect(m.qualifiers).toEqual(['continuing']);
    expect(text.slice(m.end)).toBe('Ministerul a elaborat proiectul, care permanent este actualizat.');
  });

  test.each(['Ministerul a elaborat proiectul.', 'Realizatorii au raportat', 'Finalizat?', '', 'Nerealizabil'])('no state for %j', (text) => {
    expect(parseStatus(text)).toBeNull();
  });

  test('realizat parțial is not read as realizat', () => {
    expect(parseStatus('Realizat parțial')!.state).toBe('partially_done');
    expect(parseStatus('Nerealizat')!.state).toBe('not_done');
  });

  test('the closest allowed state is offered for an unknown value', () => {
    expect(closestState('Realizatt', STATES)).toBe('done');
    expect(closestState('In procs de realizare', STATES)).toBe('in_progress');
    expect(closestState('Suspendat', ['done', 'in_progress', 'not_started'])).not.toBe('suspended');
    expect(closestState('Neinitiat', ['done', 'in_progress', 'not_started'])).toBe('not_started');
  });

  test('spelling fixes only for canonical forms typed another way', () => {
    expect(spellingFix('Neiniţiată', 'not_started')).toBe('Neinițiată');
    expect(spellingFix('realizata', 'done')).toBe('Realizată');
    expect(spellingFix('Realizată', 'done')).toBeNull();
    expect(spellingFix('Realizat', 'done')).toBeNull();
    expect(spellingFix('Выполнено', 'done')).toBeNull();
  });
});
