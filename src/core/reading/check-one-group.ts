import { Finding, finding } from '../findings';
import type { Group, PlanRow } from '../plan';

/** Nearly all: so many of the rows in one grouping that the other headings hold next to nothing. */
const NEARLY_ALL = 0.9;
const MIN_ROWS = 5;

/**
 * Self-check (b): one grouping holds nearly all rows while other headings of its level exist: the
 * headings were likely read at the wrong level, or the rows were not told apart.
 */
export function checkOneGroup(sheet: string, rows: PlanRow[], levels: { objectives: Group[]; areas: Group[] }): Finding[] {
  if (rows.length < MIN_ROWS) return [];
  for (const [list, of] of [
    [levels.objectives, (r: PlanRow) => r.objective],
    [levels.areas, (r: PlanRow) => r.area],
  ] as const) {
    if (list.length < 2) continue;
    const counts = new Map<Group, number>();
    for (const r of rows) {
      const g = of(r);
      if (g) counts.set(g, (counts.get(g) ?? 0) + 1);
    }
    const [group, n] = [...counts].sort((a, b) => b[1] - a[1])[0] ?? [null, 0];
    if (group && n >= NEARLY_ALL * rows.length) {
      const title = group.title.length > 60 ? `${group.title.slice(0, 59)}…` : group.title;
      return [finding('reading_one_group', sheet, group.cell, null, { group: title, rows: n, total: rows.length, others: list.length - 1 })];
    }
  }
  return [];
}
