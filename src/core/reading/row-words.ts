import { fold } from '../text';

/**
 * Words that open the rows around a table, on fold()ed text. Signatures, preparers and approvals,
 * notes, legends and sources: what is written under a table, never an action.
 */
const NOTES =
  /^(\*|intocmit|executor\s*:|elaborat de|semnatur\p{L}*|director\p{L}*( general)?(?!\p{L})|sef\p{L}*|ministr\p{L}*|secretar\p{L}* (general|de stat)|nota\s*:|note?\s*:|notes?(?!\p{L})|footnotes?|сноски|legenda|legend|key\s*:|surs\p{L}*\s*:|source\s*:|prepared by|approved by|signed|signature|head of|составил|исполнитель\s*:|исп\.\s*:|руководитель|начальник|директор|министр|примечани\p{L}*|подпись|легенда|источник\s*:|условные обозначения)/u;

/** Totals, subtotals and counts: rows computed from the others. */
const DERIVED =
  /^(total(ul|uri|s)?|subtotal\p{L}*|sub-total\p{L}*|grand total|in total|total general|итог\p{L}*|всего|sum(a|a totala)?\s*:|количество мероприятий)(?!\p{L})/u;

/** Units written under the header ("lei", "%", "mii lei"): part of the header, not data. */
const UNITS =
  /^\(?(lei|mii lei|mil\.? lei|mln\.? lei|mdl|eur|euro|usd|%|unitati|buc\.?|руб\.?|тыс\.? руб\.?|тыс\.? ле(и|ев)|млн\.? ле(и|ев)|ле(и|ев)|шт\.?|единиц\p{L}*|ед\.?|units?|pcs\.?|(mdl|eur|usd) (thousand|million)s?|(thousand|million) (mdl|eur|usd)|(luna|ziua|anul|trimestrul|month|day|year|quarter|месяц|день|год|квартал)([,/ .]+(luna|anul|trimestrul|month|year|quarter|месяц|год|квартал))*)\)?$/u;

/** Sign-offs and legend titles: what opens the rows under a table and never a narrative cell. */
const SIGN_OFF =
  /^(intocmit|executor\s*:|elaborat de|semnatur\p{L}*|legenda\s*:?$|legend\s*:?$|key\s*:?$|prepared by|approved by|составил|исполнитель\s*:|исп\.\s*:|подпись|условные обозначения)/u;

/** A line to sign on: underscores, perhaps with "(semnătura)", "(подпись)", "(signature)" or a date. */
const SIGNATURE_LINE = /^_{3,}[\s_]*(\((semnatura|подпись|signature|data|дата|date|l\.s\.|м\.п\.)\))?$/u;

export const isSignOffText = (text: string) => SIGN_OFF.test(fold(text.trim()));
export const isSignatureLine = (text: string) => SIGNATURE_LINE.test(fold(text.trim()));
/** A count or a sum, perhaps with one word before or after: "5", "750 000", "8 acțiuni", "выполнено 5". */
const COUNT = /^(\p{L}+:?\s+)?\d[\d\s.,]*%?(\s+\p{L}+\.?)?$/u;

export const isCountText = (text: string) => COUNT.test(fold(text.trim()));
export const isNotesText = (text: string) => NOTES.test(fold(text.trim()));
export const isDerivedText = (text: string) => DERIVED.test(fold(text.trim()));
export const isUnitsText = (text: string) => UNITS.test(fold(text.trim()));

/** "1 2 3 4 …": the columns numbered under the header. */
export function isNumbering(texts: string[]): boolean {
  if (texts.length < 3 || !texts.every((t) => /^\d{1,2}\.?$/.test(t.trim()))) return false;
  const values = texts.map((t) => parseInt(t, 10));
  return values.every((x, i) => i === 0 || x === values[i - 1] + 1);
}
