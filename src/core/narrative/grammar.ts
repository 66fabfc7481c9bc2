import { formatNumber, LOCALE } from '../format';
import { Lang } from '../status';

const cardinal = new Map<Lang, Intl.PluralRules>();
const ordinalRules = new Map<Lang, Intl.PluralRules>();

function category(n: number, lang: Lang): Intl.LDMLPluralRule {
  let rules = cardinal.get(lang);
  if (!rules) cardinal.set(lang, (rules = new Intl.PluralRules(LOCALE[lang])));
  return rules.select(n);
}

/**
 * The noun form for a count, from the forms a template gives: ro (singular, plural), ru (one,
 * few, many), en (singular, plural). Romanian puts "de" before the noun from 20 up (CLDR "other").
 */
export function nounFor(n: number, lang: Lang, forms: string[]): string {
  const [one, few = one, many = few] = forms;
  const c = category(n, lang);
  switch (lang) {
    case 'ro':
      return c === 'one' ? one : c === 'few' ? few : `de ${few}`;
    case 'ru':
      return c === 'one' ? one : c === 'few' ? few : c === 'many' ? many : few;
    case 'en':
      return c === 'one' ? one : few;
  }
}

/** "20 de acțiuni", "21 действие", "1 action". */
export function plural(n: number, lang: Lang, forms: string[]): string {
  return `${formatNumber(n, lang)} ${nounFor(n, lang, forms)}`;
}

/** A word that agrees with a count: "realizată" / "realizate"; ru takes (one, few, many). */
export function agree(n: number, lang: Lang, forms: string[]): string {
  const [one, few = one, many = few] = forms;
  const c = category(n, lang);
  if (c === 'one') return one;
  if (lang === 'ru' && c === 'many') return many;
  return few;
}

const EN_SUFFIX: Record<string, string> = { one: 'st', two: 'nd', few: 'rd', other: 'th' };

/** "1st", "al 2-lea" / "a 2-a", "2-й" / "2-я". Gender: "m" or "f" (default f: acțiune, цель). */
export function ordinal(n: number, lang: Lang, gender: string = 'f'): string {
  const m = gender === 'm';
  switch (lang) {
    case 'en': {
      let rules = ordinalRules.get(lang);
      if (!rules) ordinalRules.set(lang, (rules = new Intl.PluralRules(LOCALE.en, { type: 'ordinal' })));
      return `${n}${EN_SUFFIX[rules.select(n)]}`;
    }
    case 'ro':
      if (n === 1) return m ? 'primul' : 'prima';
      return m ? `al ${n}-lea` : `a ${n}-a`;
    case 'ru':
      return m ? `${n}-й` : `${n}-я`;
  }
}

/** "A, B și C", "A, B и C", "A, B and C". */
export function joinList(items: unknown[], lang: Lang): string {
  return new Intl.ListFormat(LOCALE[lang], { type: 'conjunction' }).format(items.map((x) => String(x)));
}
