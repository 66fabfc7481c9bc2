import { Analysis } from '../analyze';
import { Deadline } from '../deadline';
import { AnalyzedRow } from '../interpret';
import { Period, makePeriod } from '../period';
import { State } from '../status';
import { Statistics, computeStatistics } from '../stats';
import { MatchOverrides } from './match';

/** What a comparison reads of the previous report: an Analysis has it, and so does a stored report. */
export interface PreviousReport {
  sheet: string;
  period: Period | null;
  rows: AnalyzedRow[];
  stats: Pick<Statistics, 'objectives' | 'total'>;
}

/** One plan row of the previous report as kept in the workbook: only what the comparison reads. */
export interface StoredRow {
  id: string | null;
  /** Index into StoredPrevious.objectives. */
  objective: number | null;
  action: string;
  state: State | null;
  /** The fixed deadline (ISO) when the deadline was a date; postponements are measured on it. */
  deadline: string | null;
  /** The due date that fell to the previous report. */
  due: string | null;
  overdue: boolean;
  description: string;
  /** The row's cell in the previous report, where a dropped action is pointed at. */
  cell: string;
}

/** The previous report kept with a workbook, so the ribbon's report compares with it without the file. */
export interface StoredPrevious {
  file: string;
  sheet: string;
  period: { kind: Period['kind']; n: number; year: number } | null;
  objectives: { key: string; title: string }[];
  rows: StoredRow[];
  /** The officer's corrections of the pairing (current id -> previous id, or null for new), kept with it. */
  overrides: MatchOverrides;
}

/**
 * The most a stored previous report may take, in characters of its JSON. Office keeps at most 2 MB
 * of document settings per add-in (the Office.Settings reference, as a maintainer cites it in
 * OfficeDev/office-js#621), and Excel on Windows has been reported failing saves from about 1 MB
 * (OfficeDev/office-js#3957); the template may take 200 000 more. Non-ASCII letters and the JSON
 * being stored as a string inside JSON make bytes exceed characters, hence the margin.
 */
export const MAX_STORED_CHARS = 400_000;
/** The most rows kept: a plan of several thousand actions is not a plan reported on this way. */
export const MAX_STORED_ROWS = 5_000;

/** The previous report in the form kept with the workbook; null when it is larger than may be kept. */
export function storePrevious(previous: Analysis, file: string, overrides: MatchOverrides = {}): StoredPrevious | null {
  if (previous.rows.length > MAX_STORED_ROWS) return null;
  const objectives: StoredPrevious['objectives'] = [];
  const index = new Map<string, number>();
  const objectiveOf = (r: AnalyzedRow): number | null => {
    if (!r.objective) return null;
    const k = `${r.objective.key}\u0000${r.objective.title}`;
    let i = index.get(k);
    if (i === undefined) {
      i = objectives.push({ key: r.objective.key, title: r.objective.title }) - 1;
      index.set(k, i);
    }
    return i;
  };
  const stored: StoredPrevious = {
    file: file.slice(0, 255),
    sheet: previous.sheet.slice(0, 31),
    period: previous.period ? { kind: previous.period.kind, n: previous.period.n, year: previous.period.year } : null,
    objectives,
    rows: previous.rows.map((r) => ({
      id: r.id,
      objective: objectiveOf(r),
      action: r.action,
      state: r.state,
      deadline: r.deadlineInfo.kind === 'date' ? r.deadlineInfo.due : null,
      due: r.due,
      overdue: r.isOverdue,
      description: r.description,
      cell: r.cells.id ?? r.cells.action ?? r.cells.subaction ?? Object.values(r.cells)[0] ?? `A${r.sheetRow}`,
    })),
    overrides,
  };
  return JSON.stringify(stored).length <= MAX_STORED_CHARS ? stored : null;
}

export function storedPeriod(s: StoredPrevious): Period | null {
  return s.period ? makePeriod(s.period.kind, s.period.n, s.period.year) : null;
}

/** The stored report as the comparison reads it: its rows with what was kept, the rest empty. */
export function previousFromStored(s: StoredPrevious): PreviousReport {
  const rows = s.rows.map((r, i): AnalyzedRow => {
    const o = r.objective !== null ? s.objectives[r.objective] : undefined;
    const deadlineInfo: Deadline = r.deadline ? { kind: 'date', due: r.deadline, form: 'date' } : { kind: 'empty' };
    return {
      index: i,
      sheetRow: Number(/\d+$/.exec(r.cell)?.[0] ?? i + 1),
      id: r.id,
      idSource: r.id ? 'column' : null,
      objective: o ? { key: o.key, title: o.title, numbered: true, cell: '' } : null,
      area: null,
      parent: null,
      action: r.action,
      responsible: '',
      deadline: r.deadline,
      deadlineFormat: null,
      cost: '',
      indicators: '',
      statusText: '',
      description: r.description,
      errors: {},
      cells: { id: r.cell },
      parsedState: r.state,
      state: r.state,
      qualifiers: [],
      statusPhrase: '',
      deadlineInfo,
      due: r.due,
      isDue: r.due !== null,
      isOverdue: r.overdue,
      responsibleUnits: [],
    };
  });
  return { sheet: s.sheet, period: storedPeriod(s), rows, stats: computeStatistics(rows, null) };
}

/** The stored report can be compared with this one: it is of an earlier period, or a period is unknown. */
export function storedIsEarlier(s: StoredPrevious, current: Period | null): boolean {
  const p = storedPeriod(s);
  return !p || !current || p.end < current.end;
}
