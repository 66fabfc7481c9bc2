import { fold } from '../text';

/**
 * Words that open the rows around a table, on fold()ed text. Signatures, preparers and approvals,
 * notes, legends and sources: what is written under a table, never an action.
 */
const NOTES =
  /^(\*|intocmit|executor\s*:|elaborat de|semnatur\p{L}*|director\p{L}*( general)?(?!\p{L})|sef\p{L}*|ministr\p{L}*|secretar\p{L}* (general|de stat)|nota\s*:|note?\s*:|notes?(?!\p{L})|footnotes?|сноски|legenda|legend|key\s*:|surs\p{L}*\s*:|source\s*:|prepared by|approved by|signed|signature|head of|составил|исполнитель\s*:|руководитель|начальник|директор|министр|примечани\p{L}*|подпись|легенда|источник\s*:|условные обозначения)/u;

/** Totals, subtotals and counts: rows computed from the others. */
const DERIVED =
  /^(total(ul|uri|s)?|subtotal\p{L}*|sub-total\p{L}*|grand total|in total|total general|итог\p{L}*|всего|sum(a|a totala)?\s*:|количество мероприятий)(?!\p{L})/u;

/** Units written under the header ("lei", "%", "mii lei"): part of the header, not data. */
const UNITS = /^(lei|mii lei|mil\.? lei|mln\.? lei|mdl|eur|euro|usd|%|\(%\)|unitati|buc\.?|руб\.?|тыс\.? руб\.?|тыс\.? лей|шт\.?|units?|pcs\.?)$/u;

export const isNotesText = (text: string) => NOTES.test(fold(text.trim()));
export const isDerivedText = (text: string) => DERIVED.test(fold(text.trim()));
export const isUnitsText = (text: string) => UNITS.test(fold(text.trim()));

/** "1 2 3 4 …": the columns numbered under the header. */
export function isNumbering(texts: string[]): boolean {
  if (texts.length < 3 || !texts.every((t) => /^\d{1,2}\.?$/.test(t.trim()))) return false;
  const values = texts.map((t) => parseInt(t, 10));
  return values.every((x, i) => i === 0 || x === values[i - 1] + 1);
}
