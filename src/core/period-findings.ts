import { Finding, finding } from './findings';
import { FALLBACK_BASES, FoundPeriod } from './period';

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
