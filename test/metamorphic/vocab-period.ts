/**
 * Issue 19's period wordings in ro/ru/en, and the decoy dates that sit in title rows beside them.
 * Each style draws a period it can name and writes it; the expected reading is that period.
 */
import { Period, makePeriod } from '../../src/core/period';
import { Rng } from './rng';

export type Lang = 'ro' | 'en' | 'ru';
export type PeriodStyle = 'months' | 'month_range' | 'ordinal' | 'roman' | 'as_at' | 'decoys';

export const ROMAN = ['', 'I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X'];
const MONTH_RO = ['', 'ianuarie', 'februarie', 'martie', 'aprilie', 'mai', 'iunie', 'iulie', 'august', 'septembrie', 'octombrie', 'noiembrie', 'decembrie'];
const MONTH_RU = ['', 'январь', 'февраль', 'март', 'апрель', 'май', 'июнь', 'июль', 'август', 'сентябрь', 'октябрь', 'ноябрь', 'декабрь'];
/** Russian months in the genitive: "30 сентября", "до 1 июля", "до конца июня". */
export const MONTH_RU_GEN = ['', 'января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря'];
export const MONTH_EN = ['', 'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
export const MONTH_NAMES: Record<Lang, string[]> = { ro: MONTH_RO, ru: MONTH_RU, en: MONTH_EN };
const ORD_EN = ['', 'first', 'second', 'third', 'fourth'];
const ORD_RO = ['', 'primul', 'al doilea', 'al treilea', 'al patrulea'];
const ORD_RU_M = ['', 'первый', 'второй', 'третий', 'четвертый'];
const ORD_RU_N = ['', 'первое', 'второе'];
const SUFFIX_EN = ['', 'st', 'nd', 'rd', 'th'];

const lastDay = (p: Period) => Number(p.end.slice(8, 10));
const month = (iso: string) => Number(iso.slice(5, 7));
const pad = (n: number) => String(n).padStart(2, '0');

/** A period the style can name, in the plan's year. */
export function drawPeriod(rng: Rng, style: PeriodStyle, year: number, planPeriod: Period): Period {
  const partial = () => makePeriod('months', rng.pick([2, 4, 5, 7, 8, 9, 10, 11]), year);
  switch (style) {
    case 'months':
      return partial();
    case 'month_range':
      return rng.pick([partial(), makePeriod('quarter', rng.int(1, 4), year), makePeriod('semester', rng.int(1, 2), year), makePeriod('year', 1, year)]);
    case 'ordinal':
    case 'roman':
      return rng.bool() ? makePeriod('quarter', rng.int(1, 4), year) : makePeriod('semester', rng.int(1, 2), year);
    case 'as_at':
      return rng.pick([partial(), makePeriod('semester', 1, year), makePeriod('quarter', 1, year), makePeriod('year', 1, year)]);
    case 'decoys':
      // A year alone is the weakest wording, the one an update stamp's year most easily beats.
      return rng.bool() ? planPeriod : makePeriod('year', 1, year);
  }
}

function monthsWording(p: Period, lang: Lang): string[] {
  const n = month(p.end);
  const y = p.year;
  const ruMonths = n <= 4 ? 'месяца' : 'месяцев';
  return {
    ro: [`${n} luni ale anului ${y}`, `pentru ${n} luni ${y}`, `Raport pentru primele ${n} luni ale anului ${y}`],
    ru: [`за ${n} ${ruMonths} ${y} года`, `${n} ${ruMonths} ${y} г.`],
    en: [`${n} months of ${y}`, `Report for the first ${n} months of ${y}`],
  }[lang];
}

function rangeWording(p: Period, lang: Lang): string[] {
  const [s, e, y] = [month(p.start), month(p.end), p.year];
  return {
    ro: [
      `${MONTH_RO[s]}–${MONTH_RO[e]} ${y}`,
      `perioada ${MONTH_RO[s]} - ${MONTH_RO[e]} ${y}`,
      `Raport pentru perioada ${MONTH_RO[s]}-${MONTH_RO[e]} anul ${y}`,
    ],
    ru: [`${MONTH_RU[s]} – ${MONTH_RU[e]} ${y} г.`, `за ${MONTH_RU[s]}-${MONTH_RU[e]} ${y} года`],
    en: [`${MONTH_EN[s].slice(0, 3)}–${MONTH_EN[e].slice(0, 3)} ${y}`, `${MONTH_EN[s]} to ${MONTH_EN[e]} ${y}`, `${MONTH_EN[s]} - ${MONTH_EN[e]} ${y}`],
  }[lang];
}

function ordinalWording(p: Period, lang: Lang): string[] {
  const [n, y] = [p.n, p.year];
  if (p.kind === 'quarter')
    return {
      ro: [`${ORD_RO[n]} trimestru al anului ${y}`, `trimestrul al ${ROMAN[n]}-lea ${y}`],
      ru: [`за ${ORD_RU_M[n]} квартал ${y} года`, `${n}-й квартал ${y} г.`],
      en: [`${ORD_EN[n]} quarter of ${y}`, `${n}${SUFFIX_EN[n]} quarter ${y}`],
    }[lang];
  return {
    ro: [`${n === 1 ? 'primul' : 'al doilea'} semestru al anului ${y}`, `semestrul al ${ROMAN[n]}-lea ${y}`],
    ru: [`за ${ORD_RU_N[n]} полугодие ${y} года`, `${n}-е полугодие ${y} г.`],
    en: [`${ORD_EN[n]} half of ${y}`, `${n}${SUFFIX_EN[n]} half ${y}`],
  }[lang];
}

function romanWording(p: Period, lang: Lang): string[] {
  const [r, y] = [ROMAN[p.n], p.year];
  if (p.kind === 'quarter')
    return {
      ro: [`Trim. ${r}/${y}`, `${y}, trimestrul ${r}`],
      ru: [`${r} кв. ${y} г.`, `${y} г., ${r} квартал`],
      en: [`Quarter ${r} ${y}`, `${y}, quarter ${r}`],
    }[lang];
  return {
    ro: [`sem. ${r} anul ${y}`, `${y}, semestrul ${r}`],
    ru: [`${r} полуг. ${y} г.`, `${y} г., ${r} полугодие`],
    en: [`Semester ${r}, ${y}`, `${y}, semester ${r}`],
  }[lang];
}

function asAtWording(p: Period, lang: Lang): string[] {
  const [d, m, y] = [lastDay(p), month(p.end), p.year];
  return {
    ro: [`la situația din ${pad(d)}.${pad(m)}.${y}`, `Situația la ${d} ${MONTH_RO[m]} ${y}`],
    ru: [`по состоянию на ${pad(d)}.${pad(m)}.${y}`, `по состоянию на ${d} ${MONTH_RU_GEN[m]} ${y} г.`],
    en: [`as at ${d} ${MONTH_EN[m]} ${y}`, `Action plan overview; as of ${MONTH_EN[m]} ${d}, ${y}`, `Status as at ${pad(d)}/${pad(m)}/${y}`],
  }[lang];
}

/** The period in one of the style's wordings; null for decoys (the plan's usual wording is kept). */
export function periodWording(style: PeriodStyle, p: Period, lang: Lang, variant: number): string | null {
  const list = {
    months: monthsWording,
    month_range: rangeWording,
    ordinal: ordinalWording,
    roman: romanWording,
    as_at: asAtWording,
    decoys: () => null,
  }[style](p, lang);
  return list ? list[variant % list.length] : null;
}

/** Other dates that stand in title rows: plan years, an approval, an update stamp (the year after the period). */
export function decoyTitles(p: Period, lang: Lang): string[] {
  const y = p.year;
  return {
    ro: [`Planul de acțiuni pentru anii ${y - 2}–${y + 1}`, `Aprobat prin Hotărârea Guvernului nr. 123 din 15.03.${y - 1}`, `Actualizat la 29.01.${y + 1}`],
    ru: [`План мероприятий на ${y - 2}–${y + 1} годы`, `Утвержден постановлением Правительства № 123 от 15.03.${y - 1}`, `Обновлено 29 января ${y + 1} г.`],
    en: [`Action Plan ${y - 2}–${y + 1}`, `Approved by Government Decision no. 123 of 15 March ${y - 1}`, `Last updated on January 29, ${y + 1}`],
  }[lang];
}
