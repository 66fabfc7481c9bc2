import { detectPeriod, detectYear, findPeriod, parsePeriodOption } from '../src/core/period';

test.each([
  ['S1-2022', 'semester', 1, 2022, '2022-06-30'],
  ['s2 2021', 'semester', 2, 2021, '2021-12-31'],
  ['2022-S1', 'semester', 1, 2022, '2022-06-30'],
  ['H2-2021', 'semester', 2, 2021, '2021-12-31'],
  ['Q3-2021', 'quarter', 3, 2021, '2021-09-30'],
  ['T1 2023', 'quarter', 1, 2023, '2023-03-31'],
  ['2022', 'year', 1, 2022, '2022-12-31'],
])('period option %s', (text, kind, n, year, end) => {
  expect(parsePeriodOption(text)).toMatchObject({ kind, n, year, end });
});

test.each(['S3-2022', 'Q5-2021', 'semestrul', ''])('rejects period option %j', (text) => {
  expect(parsePeriodOption(text)).toBeNull();
});

test.each([
  ['pentru semestrul I, 2022', 'semester', 1, 2022],
  ['Raport privind implementarea Planului pentru semestrul II 2021', 'semester', 2, 2021],
  ['pentru sem. I 2020', 'semester', 1, 2020],
  ['pentru trimestrul III, 2021', 'quarter', 3, 2021],
  ['за I полугодие 2020 года', 'semester', 1, 2020],
  ['за III квартал 2022', 'quarter', 3, 2022],
  ['Report for H1 2024', 'semester', 1, 2024],
  ['Raport pentru anul 2021', 'year', 1, 2021],
])('period in the title %j', (title, kind, n, year) => {
  expect(detectPeriod(['Agenția de Guvernare Electronică', title])).toMatchObject({ kind, n, year });
});

test('a plan spanning years names no single period, but gives a year', () => {
  expect(detectPeriod(['Planul de acțiuni pentru anii 2019-2020'])).toBeNull();
  expect(detectYear(['Planul de acțiuni pentru anii 2019-2020'])).toBe(2020);
});

describe('the reporting period among the other dates of the title rows', () => {
  const cells = (...texts: string[]) => texts.map((text, i) => ({ text, source: { kind: 'cell' as const, cell: `A${i + 1}`, text } }));

  test('an update stamp is not the period: "2020 Action Plan Progress" is the year 2020, from a fallback', () => {
    const found = findPeriod(cells('2020 Action Plan Progress', 'Last updated on January 29, 2021'));
    expect(found).toMatchObject({ period: { kind: 'year', year: 2020 }, basis: 'year_alone', source: { cell: 'A1' }, mismatches: [] });
    expect(findPeriod(cells('Last updated on January 29, 2021', '2020 Action Plan Progress'))?.period.year).toBe(2020);
  });

  test('approval dates and plan years give way to the period a phrase names', () => {
    const found = findPeriod(
      cells('Planul de acțiuni pentru anii 2019–2022, aprobat prin Hotărârea Guvernului nr. 123 din 12.03.2021', 'Raport pentru semestrul I 2022'),
    );
    expect(found).toMatchObject({ period: { kind: 'semester', n: 1, year: 2022 }, basis: 'phrase', source: { cell: 'A2' } });
    expect(findPeriod(cells('План, утвержденный постановлением № 12 от 15 марта 2021 г.', 'Отчет за 9 месяцев 2022 г.'))?.period).toMatchObject({
      kind: 'months',
      n: 9,
      year: 2022,
    });
  });

  test('a plan year alone is a fallback, named as such', () => {
    expect(findPeriod(cells('Planul de acțiuni al ministerului pe anul 2022'))).toMatchObject({ period: { kind: 'year', year: 2022 }, basis: 'plan_year' });
    expect(findPeriod(cells('Raport privind implementarea Planului de acțiuni pe anul 2022'))).toMatchObject({ basis: 'phrase' });
  });

  test('only dates of acts or updates: no period', () => {
    expect(findPeriod(cells('aprobat prin Hotărârea Guvernului nr. 123 din 12.03.2021', 'actualizat la 29 ianuarie 2021'))).toBeNull();
    expect(findPeriod(cells('Ordinul nr. 5 din 2021'))).toBeNull();
    // A reporting date or a year named inside an act's or an update's words is theirs.
    expect(findPeriod(cells('Last updated as of 30 June 2021'))).toBeNull();
    expect(findPeriod(cells('Planul aprobat în anul 2021'))).toBeNull();
    expect(findPeriod(cells('Данные обновлены по состоянию на 01.02.2021'))).toBeNull();
    expect(findPeriod(cells('Plan adopted by the Council for 2021'))).toBeNull();
  });

  test('a title naming other months than the period read is a mismatch', () => {
    const found = findPeriod(cells('Raport pentru semestrul I 2023', 'Perioada: ianuarie – septembrie 2023'));
    expect(found?.period).toMatchObject({ kind: 'semester', n: 1, year: 2023 });
    expect(found?.mismatches).toEqual([{ cell: 'A2', text: 'Perioada: ianuarie – septembrie 2023' }]);
    expect(findPeriod(cells('Raport pentru anul 2023', 'martie – august 2023'))?.mismatches).toHaveLength(1);
    // A reporting date at the period's end agrees with it.
    expect(findPeriod(cells('Raport pentru semestrul II 2023', 'la situația din 31.12.2023'))?.mismatches).toEqual([]);
  });

  test('a cumulative report says so, its period being the months to its date', () => {
    const found = findPeriod(cells('Raport cumulativ de la începutul implementării până la 30.06.2023'));
    expect(found).toMatchObject({ period: { kind: 'semester', n: 1, year: 2023 }, basis: 'as_at', cumulative: true });
  });

  test('a year a deadline names is not a period; a sentence is only a fallback', () => {
    expect(findPeriod(cells('NARA will continue to work toward a reduction of its backlog by the end of Fiscal Year 2016'))).toBeNull();
    expect(findPeriod(cells('Termenul: până la finele anului 2023'))).toBeNull();
    const sentence =
      'În semestrul I 2022 ministerul a continuat elaborarea cadrului normativ, a organizat consultări publice și a pregătit propunerile de modificare a legii';
    expect(findPeriod(cells(sentence))).toMatchObject({ period: { kind: 'semester', n: 1, year: 2022 }, basis: 'sentence' });
    expect(findPeriod(cells(sentence, 'Raport pentru anul 2022'))).toMatchObject({ period: { kind: 'year', year: 2022 }, basis: 'phrase' });
  });

  test('a mere date in a title is not a period', () => {
    expect(findPeriod(cells('Chișinău, 15.01.2024'))).toBeNull();
    expect(findPeriod(cells('Raport prezentat la 15 ianuarie 2024'))).toBeNull();
  });

  test('the sheet and the file names are fallbacks', () => {
    const found = findPeriod([...cells('Raport'), { text: 'S1-2022', source: { kind: 'sheet', text: 'S1-2022' } }]);
    expect(found).toMatchObject({ period: { kind: 'semester', n: 1, year: 2022 }, basis: 'sheet' });
  });

  test('detectYear skips the dates of acts and updates', () => {
    expect(detectYear(['Last updated on January 29, 2021', 'Action Plan 2019-2020'])).toBe(2020);
  });
});

test("a semester without its year takes the plan's year, still said as a fallback", () => {
  const cells = (...texts: string[]) => texts.map((text, i) => ({ text, source: { kind: 'cell' as const, cell: `A${i + 1}`, text } }));
  expect(findPeriod(cells('Planul de acțiuni al ministerului pe anul 2022', 'Raport privind implementarea pentru semestrul I'))).toMatchObject({
    period: { kind: 'semester', n: 1, year: 2022 },
    basis: 'plan_year',
  });
  expect(findPeriod(cells('План действий на 2022 год', 'Отчет за 9 месяцев'))).toMatchObject({ period: { kind: 'months', n: 9, year: 2022 } });
});
