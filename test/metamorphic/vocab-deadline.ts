/**
 * Issue 19's deadline compositions in ro/ru/en: abbreviations and orders, limits ("până la",
 * "до", "by end-"), recurrences in words, month-only date cells. Each gives the same meaning as
 * the plan's deadline, so the reading must be the canonical one.
 */
import { CellValue } from '../../src/core/grid';
import { DeadlineSpec } from './plans';
import { Lang, MONTH_EN, MONTH_NAMES, MONTH_RU_GEN, ROMAN } from './vocab-period';

export type DeadlineStyle = 'composed' | 'limits' | 'recurrence' | 'month_cell';

const ORD_EN = ['', 'first', 'second', 'third', 'fourth'];
const pad = (n: number) => String(n).padStart(2, '0');

function composed(d: DeadlineSpec, lang: Lang): string[] | null {
  switch (d.kind) {
    case 'quarter': {
      const [n, r, y] = [d.n, ROMAN[d.n], d.year];
      return {
        ru: [`${r} кв. ${y} г.`, `${y} г., ${r} квартал`, `${n}-й квартал ${y} г.`],
        ro: [`trim. ${r} ${y}`, `T${n}/${y}`, `${y}, trimestrul ${r}`],
        en: [`Q${n} ${y}`, `Q${n}/${y}`, `${y} Q${n}`, `${ORD_EN[n]} quarter of ${y}`],
      }[lang];
    }
    case 'semester': {
      const [n, r, y] = [d.n, ROMAN[d.n], d.year];
      return {
        ru: [`${r} полуг. ${y} г.`, `${n}-е полугодие ${y} г.`],
        ro: [`sem. ${r}/${y}`, `S${n}/${y}`],
        en: [`H${n}/${y}`, `${ORD_EN[n]} half of ${y}`],
      }[lang];
    }
    case 'year':
      return { ru: [`${d.year} г.`, `${d.year} год`], ro: [`anul ${d.year}`, `în anul ${d.year}`], en: [`${d.year}`, `in ${d.year}`] }[lang];
    case 'month':
      return { ru: [`${MONTH_NAMES.ru[d.m]} ${d.year} г.`], ro: [`luna ${MONTH_NAMES.ro[d.m]} ${d.year}`], en: [`${MONTH_EN[d.m].slice(0, 3)} ${d.year}`] }[
        lang
      ];
    default:
      return null;
  }
}

function limits(d: DeadlineSpec, lang: Lang): string[] | null {
  switch (d.kind) {
    case 'date': {
      const [dd, m, y] = [d.d, d.m, d.year];
      return {
        ro: [`până la ${pad(dd)}.${pad(m)}.${y}`, `pînă la ${dd} ${MONTH_NAMES.ro[m]} ${y}`],
        ru: [`до ${pad(dd)}.${pad(m)}.${y}`, `до ${dd} ${MONTH_RU_GEN[m]} ${y} г.`, `не позднее ${pad(dd)}.${pad(m)}.${y}`],
        en: [`by ${pad(dd)}.${pad(m)}.${y}`, `not later than ${dd} ${MONTH_EN[m]} ${y}`, `by ${MONTH_EN[m]} ${dd}, ${y}`],
      }[lang];
    }
    case 'year':
      return {
        ro: [`până la sfârșitul anului ${d.year}`, `până la finele anului ${d.year}`],
        ru: [`до конца ${d.year} года`, `до конца ${d.year} г.`],
        en: [`by end-${d.year}`, `by the end of ${d.year}`],
      }[lang];
    case 'month':
      return {
        ro: [`până la finele lunii ${MONTH_NAMES.ro[d.m]} ${d.year}`],
        ru: [`до конца ${MONTH_RU_GEN[d.m]} ${d.year} г.`],
        en: [`by end of ${MONTH_EN[d.m]} ${d.year}`],
      }[lang];
    case 'quarter':
      return {
        ro: [`până la finele trimestrului ${ROMAN[d.n]} ${d.year}`],
        ru: [`до конца ${ROMAN[d.n]} квартала ${d.year} г.`],
        en: [`by end of Q${d.n} ${d.year}`],
      }[lang];
    default:
      return null;
  }
}

function recurrence(d: DeadlineSpec, lang: Lang): string[] | null {
  if (d.kind === 'annual') return { ro: ['o dată pe an', 'anual'], ru: ['раз в год', 'один раз в год'], en: ['once a year', 'every year'] }[lang];
  if (d.kind !== 'recurring') return null;
  if (d.every === 'semester')
    return { ro: ['o dată pe semestru', 'de două ori pe an'], ru: ['раз в полугодие', 'два раза в год'], en: ['twice a year', 'every six months'] }[lang];
  return { ro: ['o dată pe trimestru', 'în fiecare trimestru'], ru: ['раз в квартал', 'каждый квартал'], en: ['each quarter', 'every quarter'] }[lang];
}

/** The deadline cell in the style, or null when the style has no wording for this deadline. */
export function styledDeadline(style: DeadlineStyle, d: DeadlineSpec, lang: Lang, variant: number): { value: CellValue; format?: string } | null {
  if (style === 'month_cell') return d.kind === 'month' ? { value: new Date(Date.UTC(d.year, d.m - 1, 1)), format: 'mmm-yy' } : null;
  const list = { composed, limits, recurrence }[style](d, lang);
  return list ? { value: list[variant % list.length] } : null;
}
