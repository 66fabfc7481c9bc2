import type { Analysis } from './analyze';
import { Group } from './plan';
import { Abbreviations } from './responsible';
import { computeStatistics } from './stats';

/** Groups of several sheets as one list: a key met on an earlier sheet is kept once (a plan split per unit repeats its objectives). */
function groupsOf(parts: Analysis[], pick: (a: Analysis) => Group[]): Group[] {
  const seen = new Set<string>();
  const out: Group[] = [];
  for (const g of parts.flatMap(pick)) {
    if (seen.has(g.key)) continue;
    seen.add(g.key);
    out.push(g);
  }
  return out;
}

/**
 * One plan read over several sheets: the rows and findings of every sheet (each carries its own
 * sheet), the first sheet's title, the first period found, statistics over all the rows.
 */
export function combineParts(parts: Analysis[], abbreviations: Abbreviations | null): Analysis {
  const first = parts[0];
  const withPeriod = parts.find((p) => p.period) ?? first;
  const rows = parts.flatMap((p) => p.rows);
  // A period found on no sheet is said once, not once per sheet.
  const noPeriod = parts.every((p) => !p.period);
  const findings = parts.flatMap((p) => p.findings.filter((f) => f.code !== 'period_not_found'));
  if (noPeriod) findings.push(...first.findings.filter((f) => f.code === 'period_not_found'));
  return {
    ...first,
    title: parts.find((p) => p.title)?.title ?? '',
    period: withPeriod.period,
    planYear: withPeriod.planYear,
    reading: first.reading,
    parts: parts.flatMap((p) => p.parts),
    rows,
    objectives: groupsOf(parts, (p) => p.objectives),
    areas: groupsOf(parts, (p) => p.areas),
    findings,
    stats: computeStatistics(rows, abbreviations),
  };
}
