import { inferStatus, parseStatus, statusVocabulary } from '../src/core/status';
import { fold } from '../src/core/text';
import { DOCUMENTED_ROWS as rows, expandForms as expand, isPercentRange as percentRange } from './metamorphic/documented-statuses';

const cases = rows.flatMap((r) => (['ro', 'ru', 'en'] as const).flatMap((lang) => expand(r[lang]).map((form) => ({ ...r, lang, form }))));

test('the table is read: every row has a reason and phrases in the three languages', () => {
  expect(rows.length).toBeGreaterThanOrEqual(20);
  for (const r of rows) {
    expect(r.reason.length).toBeGreaterThan(10);
    for (const lang of ['ro', 'ru', 'en'] as const) expect(expand(r[lang]).length).toBeGreaterThan(0);
  }
});

describe('the engine reads every phrase of docs/statuses.md as the table says', () => {
  test.each(cases.filter((c) => !percentRange(c.form)).map((c) => [c.form, c.lang, c.state, c.certain ? 'certain' : 'inferred']))(
    '%j (%s) is %s, %s',
    (form, _lang, state, reading) => {
      if (reading === 'certain') expect(parseStatus(form)?.state).toBe(state);
      else {
        expect(parseStatus(form)).toBeNull();
        expect(inferStatus(form)?.state).toBe(state);
      }
    },
  );

  test.each(['1%', '50 %', '99%', '33,5%', '60% (două din trei)'])('a share done, %j, is in progress, inferred', (text) => {
    expect(cases.some((c) => percentRange(c.form) && c.state === 'in_progress' && !c.certain)).toBe(true);
    expect(parseStatus(text)).toBeNull();
    expect(inferStatus(text)?.state).toBe('in_progress');
  });
});

test('every phrase the engine knows is in the table, with the same state and reading', () => {
  const documented = new Map(cases.map((c) => [fold(c.form), `${c.state} ${c.certain ? 'certain' : 'inferred'}`]));
  const missing = statusVocabulary()
    .map((v) => ({ form: v.folded, says: documented.get(v.folded), is: `${v.state} ${v.certain ? 'certain' : 'inferred'}` }))
    .filter((v) => v.says !== v.is);
  expect(missing).toEqual([]);
});

test('a percentage is a status only when it stands alone', () => {
  expect(parseStatus('100%')?.state).toBe('done');
  expect(parseStatus('100 %. Publicat pe portal')?.state).toBe('done');
  expect(parseStatus('0%')?.state).toBe('not_started');
  expect(parseStatus('100% din fonduri au fost alocate')).toBeNull();
  expect(inferStatus('50% din acțiuni')).toBeNull();
  expect(parseStatus('150%')).toBeNull();
  expect(inferStatus('150%')).toBeNull();
});

test('a colour is inferred only as the whole status', () => {
  expect(inferStatus('Green')?.state).toBe('in_progress');
  expect(inferStatus('Green energy strategy adopted')).toBeNull();
});

test("trackers' codes: the underscore is a space", () => {
  expect(parseStatus('in_progress')?.state).toBe('in_progress');
  expect(parseStatus('not_started')?.state).toBe('not_started');
  expect(parseStatus('completed')?.state).toBe('done');
  expect(inferStatus('delayed')?.state).toBe('in_progress');
});
