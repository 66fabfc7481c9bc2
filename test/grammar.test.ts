import { agree, joinList, nounFor, ordinal, plural } from '../src/core/narrative/grammar';

const RO = ['acțiune', 'acțiuni'];
const RU = ['действие', 'действия', 'действий'];

test("the brief's examples", () => {
  expect([1, 2, 19, 20, 101, 120].map((n) => plural(n, 'ro', RO))).toEqual([
    '1 acțiune',
    '2 acțiuni',
    '19 acțiuni',
    '20 de acțiuni',
    '101 acțiuni',
    '120 de acțiuni',
  ]);
  expect([1, 2, 5, 21, 22, 25, 111].map((n) => plural(n, 'ru', RU))).toEqual([
    '1 действие',
    '2 действия',
    '5 действий',
    '21 действие',
    '22 действия',
    '25 действий',
    '111 действий',
  ]);
  expect([1, 2].map((n) => plural(n, 'en', ['action', 'actions']))).toEqual(['1 action', '2 actions']);
  expect(plural(1000, 'ro', RO)).toBe('1.000 de acțiuni');
});

describe.each([
  ['ro', RO, { one: 'acțiune', few: 'acțiuni', other: 'de acțiuni' }],
  ['ru', RU, { one: 'действие', few: 'действия', many: 'действий' }],
] as const)('%s: the noun form follows Intl.PluralRules for 0..1000', (lang, forms, byCategory) => {
  const rules = new Intl.PluralRules(lang);
  test('every count', () => {
    const mismatches: string[] = [];
    const seen = new Set<string>();
    for (let n = 0; n <= 1000; n++) {
      const category = rules.select(n);
      seen.add(category);
      const expected = (byCategory as Record<string, string>)[category];
      if (nounFor(n, lang, [...forms]) !== expected) mismatches.push(`${n}: ${category}`);
    }
    expect(mismatches).toEqual([]);
    expect([...seen].sort()).toEqual(Object.keys(byCategory).sort());
  });
});

test('participles agree with the count', () => {
  expect(agree(1, 'ro', ['realizată', 'realizate'])).toBe('realizată');
  expect(agree(2, 'ro', ['realizată', 'realizate'])).toBe('realizate');
  expect(agree(20, 'ro', ['realizată', 'realizate'])).toBe('realizate');
  expect(agree(21, 'ru', ['выполнено', 'выполнены', 'выполнено'])).toBe('выполнено');
  expect(agree(3, 'ru', ['выполнено', 'выполнены', 'выполнено'])).toBe('выполнены');
  expect(agree(1, 'en', ['was', 'were'])).toBe('was');
});

test('ordinals and lists', () => {
  expect([1, 2, 3, 4, 11, 21, 22].map((n) => ordinal(n, 'en'))).toEqual(['1st', '2nd', '3rd', '4th', '11th', '21st', '22nd']);
  expect([ordinal(1, 'ro'), ordinal(2, 'ro'), ordinal(2, 'ro', 'm')]).toEqual(['prima', 'a 2-a', 'al 2-lea']);
  expect(ordinal(3, 'ru', 'm')).toBe('3-й');
  expect(joinList(['A', 'B', 'C'], 'ro')).toBe('A, B și C');
  expect(joinList(['A', 'B', 'C'], 'ru')).toBe('A, B и C');
  expect(joinList(['A', 'B', 'C'], 'en')).toBe('A, B and C');
  expect(joinList(['A'], 'ro')).toBe('A');
});
