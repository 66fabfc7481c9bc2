import { Finding, ParamValue, finding } from './findings';
import { formatPeriod } from './format';
import type { Catalog } from './messages/catalog';
import { FALLBACK_BASES, FoundPeriod } from './period';
import type { Lang } from './status';

const clip = (s: string) => (s.length > 80 ? `${s.slice(0, 79)}…` : s);

/**
 * The reading's own doubts about the period: read only from a fallback (the plan's year, a lone
 * year, the sheet's or the file's name), or a title cell naming months the period does not match.
 */
export function periodFindings(sheet: string, found: FoundPeriod | null): Finding[] {
  if (!found) return [];
  const { period, source, basis } = found;
  const where = source.kind === 'cell' ? source.cell : 'A1';
  const p = { kind: period.kind, n: period.n, year: period.year };
  const out: Finding[] = [];
  if (FALLBACK_BASES.includes(basis)) {
    const text = source.kind === 'option' ? '' : clip(source.text);
    out.push(finding('reading_period_fallback', sheet, where, null, { ...p, basis, text }));
  }
  for (const m of found.mismatches) out.push(finding('reading_period_mismatch', sheet, m.cell, null, { ...p, text: clip(m.text) }));
  return out;
}

/** The period and where it came from, in the reader's language, for the two findings' messages. */
export function periodMessageParams(params: Record<string, ParamValue>, lang: Lang, c: Catalog): Record<string, ParamValue> {
  const kind = params.kind as 'semester' | 'quarter' | 'year' | 'months';
  const period = formatPeriod({ kind, n: Number(params.n), year: Number(params.year) }, lang);
  const basisKey = `period_basis_${String(params.basis)}` as keyof Catalog['ui'];
  return { period, ...(typeof params.basis === 'string' && basisKey in c.ui ? { basis: c.ui[basisKey] } : {}) };
}
