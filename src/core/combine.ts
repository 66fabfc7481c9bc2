import type { Analysis } from './analyze';
import type { AnalyzedRow } from './interpret';
import { Group } from './plan';
import { Abbreviations } from './responsible';
import { computeStatistics } from './stats';

/** A group's identity across sheets: its number when numbered, else its words (each sheet counts unnumbered groups from 1). */
const identity = (g: Group) => (g.numbered ? `#${g.key}` : `=${g.title.trim().toLowerCase()}`);

/**
 * Groups of several sheets as one list: a group met on an earlier sheet is kept once (a plan split
 * per unit repeats its objectives); an unnumbered group takes its position in the whole list as its key.
 */
function groupsOf(parts: Analysis[], pick: (a: Analysis) => Group[]): Map<string, Group> {
  const out = new Map<string, Group>();
  for (const g of parts.flatMap(pick)) {
    if (out.has(identity(g))) continue;
    const key = String(out.size + 1);
    out.set(identity(g), g.numbered || g.key === key ? g : { ...g, key });
  }
  return out;
}

/** Each row's groups, the ones kept: a row of a later sheet points into the combined lists. */
function regrouped(rows: AnalyzedRow[], objectives: Map<string, Group>, areas: Map<string, Group>): AnalyzedRow[] {
  const kept = (g: Group | null, groups: Map<string, Group>) => (g ? (groups.get(identity(g)) ?? g) : null);
  return rows.map((r) => {
    const [objective, area] = [kept(r.objective, objectives), kept(r.area, areas)];
    return objective === r.objective && area === r.area ? r : { ...r, objective, area };
  });
}

/**
 * One plan read over several sheets: the rows and findings of every sheet (each carries its own
 * sheet), the first sheet's title, the first period found, statistics over all the rows.
 */
export function combineParts(parts: Analysis[], abbreviations: Abbreviations | null): Analysis {
  const first = parts[0];
  const withPeriod = parts.find((p) => p.period) ?? first;
  const objectives = groupsOf(parts, (p) => p.objectives);
  const areas = groupsOf(parts, (p) => p.areas);
  const rows = regrouped(
    parts.flatMap((p) => p.rows),
    objectives,
    areas,
  );
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
    objectives: [...objectives.values()],
    areas: [...areas.values()],
    findings,
    stats: computeStatistics(rows, abbreviations),
  };
}
