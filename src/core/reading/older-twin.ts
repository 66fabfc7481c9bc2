import { Role } from '../roles';

/** Roles that belong to a reporting period: a workbook may keep an earlier period's beside this one's. */
const PERIOD_ROLES: Role[] = ['status', 'description', 'status_description'];
const YEAR = /(?<!\d)(19|20)\d{2}(?!\d)/g;

/** The latest year a header names; a header naming none is this period's (Infinity). */
function yearOf(header: string): number {
  const years = [...header.matchAll(YEAR)].map((m) => Number(m[0]));
  return years.length ? Math.max(...years) : Infinity;
}

/**
 * Columns named for the same period-bound role, one with an earlier year ("status_2019" beside
 * "status", "August 2023 Progress" beside "February 2024 Progress"): the earlier are another
 * period's, kept for reference, like "Statutul în perioada precedentă".
 */
export function olderTwins(columns: { col: number; header: string; headerRoles: Role[] }[]): Set<number> {
  const out = new Set<number>();
  for (const role of PERIOD_ROLES) {
    const named = columns.filter((e) => e.headerRoles[0] === role);
    if (named.length < 2) continue;
    const latest = Math.max(...named.map((e) => yearOf(e.header)));
    for (const e of named) if (yearOf(e.header) < latest) out.add(e.col);
  }
  return out;
}
