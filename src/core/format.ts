import { parts } from './dates';
import { Lang } from './status';

export const LOCALE: Record<Lang, string> = { ro: 'ro-MD', ru: 'ru-MD', en: 'en-GB' };

const percentFormats = new Map<Lang, Intl.NumberFormat>();
const numberFormats = new Map<Lang, Intl.NumberFormat>();

/** 0.4552 -> "45,5%" (ro, ru) or "45.5%" (en): one decimal, no space, as people write it here. */
export function formatPercent(ratio: number | null, lang: Lang): string {
  if (ratio === null || !Number.isFinite(ratio)) return '–';
  let f = percentFormats.get(lang);
  if (!f) percentFormats.set(lang, (f = new Intl.NumberFormat(LOCALE[lang], { minimumFractionDigits: 1, maximumFractionDigits: 1, useGrouping: false })));
  return `${f.format(ratio * 100)}%`;
}

export function formatNumber(n: number, lang: Lang): string {
  let f = numberFormats.get(lang);
  if (!f) numberFormats.set(lang, (f = new Intl.NumberFormat(LOCALE[lang])));
  return f.format(n);
}

/** "2022-06-30" -> "30 iunie 2022", "30 июня 2022", "30 June 2022". */
const dateFormats = new Map<Lang, Intl.DateTimeFormat>();

/** Formatted dates by language and date: a plan's findings repeat a few due dates thousands of times. */
const formattedDates = new Map<string, string>();

export function formatDate(iso: string, lang: Lang): string {
  const key = `${lang}|${iso}`;
  let out = formattedDates.get(key);
  if (out === undefined) {
    if (formattedDates.size >= 10_000) formattedDates.clear();
    formattedDates.set(key, (out = formatDateNow(iso, lang)));
  }
  return out;
}

function formatDateNow(iso: string, lang: Lang): string {
  const { y, m, d } = parts(iso);
  let fmt = dateFormats.get(lang);
  if (!fmt) dateFormats.set(lang, (fmt = new Intl.DateTimeFormat(LOCALE[lang], { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' })));
  return fmt
    .formatToParts(new Date(Date.UTC(y, m - 1, d)))
    .filter((p) => !(p.type === 'literal' && /г\./.test(p.value)))
    .map((p) => p.value)
    .join('')
    .trim();
}

const ROMAN = ['', 'I', 'II', 'III', 'IV'];

/** "semestrul I 2022", "I полугодие 2022 г.", "H1 2022"; years as "anul 2022", "2022 год", "2022". */
export function formatPeriod(p: { kind: 'semester' | 'quarter' | 'year' | 'months'; n: number; year: number } | null, lang: Lang): string {
  if (!p) return '';
  if (p.kind === 'months') return lang === 'ro' ? `${p.n} luni ${p.year}` : lang === 'ru' ? `${p.n} месяцев ${p.year} г.` : `${p.n} months of ${p.year}`;
  const n = ROMAN[p.n];
  switch (lang) {
    case 'ro':
      return p.kind === 'semester' ? `semestrul ${n} ${p.year}` : p.kind === 'quarter' ? `trimestrul ${n} ${p.year}` : `anul ${p.year}`;
    case 'ru':
      return p.kind === 'semester' ? `${n} полугодие ${p.year} г.` : p.kind === 'quarter' ? `${n} квартал ${p.year} г.` : `${p.year} год`;
    case 'en':
      return p.kind === 'semester' ? `H${p.n} ${p.year}` : p.kind === 'quarter' ? `Q${p.n} ${p.year}` : String(p.year);
  }
}
