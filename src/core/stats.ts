import { AnalyzedRow } from './interpret';
import { Abbreviations } from './responsible';
import { STATES, State } from './status';
import { fold } from './text';
import { memo } from './memo';

export type StateCounts = Record<State | 'unknown', number>;

export interface GroupStats {
  key: string;
  title: string;
  rows: number;
  byState: StateCounts;
  /** done ÷ (rows − cancelled); null when nothing is countable. */
  completionRate: number | null;
  /** (done + partially_done + in_progress + initiated) ÷ (rows − cancelled). */
  startedRate: number | null;
  due: number;
  doneAmongDue: number;
  overdue: number;
}

export interface Statistics {
  objectives: GroupStats[];
  areas: GroupStats[];
  responsible: GroupStats[];
  total: GroupStats;
}

const STARTED: State[] = ['done', 'partially_done', 'in_progress', 'initiated'];

export function emptyCounts(): StateCounts {
  const c = { unknown: 0 } as StateCounts;
  for (const s of STATES) c[s] = 0;
  return c;
}

/** Completion and started rates; null when every row is cancelled or there are none. */
export function ratesOf(rows: number, byState: StateCounts): { completionRate: number | null; startedRate: number | null } {
  const base = rows - byState.cancelled;
  const started = STARTED.reduce((n, s) => n + byState[s], 0);
  return { completionRate: base > 0 ? byState.done / base : null, startedRate: base > 0 ? started / base : null };
}

class Tally {
  rows = 0;
  byState = emptyCounts();
  due = 0;
  doneAmongDue = 0;
  overdue = 0;
  constructor(
    readonly key: string,
    readonly title: string,
  ) {}

  add(r: AnalyzedRow): void {
    this.rows++;
    this.byState[r.state ?? 'unknown']++;
    if (r.isDue) {
      this.due++;
      if (r.state === 'done') this.doneAmongDue++;
    }
    if (r.isOverdue) this.overdue++;
  }

  result(): GroupStats {
    return {
      key: this.key,
      title: this.title,
      rows: this.rows,
      byState: this.byState,
      ...ratesOf(this.rows, this.byState),
      due: this.due,
      doneAmongDue: this.doneAmongDue,
      overdue: this.overdue,
    };
  }
}

/**
 * Tallies rows per group; groups whose keys differ only in case or diacritics are one. keysOf calls
 * add(key, title) for each group of a row (no arrays built per row).
 */
function groupBy(rows: AnalyzedRow[], keysOf: (r: AnalyzedRow, add: (key: string, title: string) => void) => void): GroupStats[] {
  const tallies = new Map<string, Tally>();
  const folded = memo(fold);
  let row: AnalyzedRow;
  let first: string | null = null;
  let seen: Set<string> | null = null;
  const add = (key: string, title: string) => {
    const k = folded(key);
    // A row counts once per group: most rows name one, the Set is for those naming several.
    if (first === null) first = k;
    else if (seen === null) {
      if (k === first) return;
      seen = new Set([first, k]);
    } else {
      if (seen.has(k)) return;
      seen.add(k);
    }
    let t = tallies.get(k);
    if (!t) tallies.set(k, (t = new Tally(key, title)));
    t.add(row);
  };
  for (const r of rows) {
    row = r;
    first = null;
    seen = null;
    keysOf(r, add);
  }
  return [...tallies.values()].map((t) => t.result());
}

export function computeStatistics(rows: AnalyzedRow[], abbreviations: Abbreviations | null): Statistics {
  const total = new Tally('total', '');
  for (const r of rows) total.add(r);
  return {
    objectives: groupBy(rows, (r, add) => (r.objective ? add(r.objective.key, r.objective.title) : add('', ''))),
    areas: groupBy(rows, (r, add) => r.area && add(r.area.key, r.area.title)),
    responsible: groupBy(rows, (r, add) => {
      for (const u of r.responsibleUnits) add(u, abbreviations?.get(u) ?? u);
    }).sort((a, b) => b.rows - a.rows || a.key.localeCompare(b.key)),
    total: total.result(),
  };
}
