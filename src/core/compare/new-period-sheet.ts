import { Analysis } from '../analyze';
import { formatPeriod } from '../format';
import { cellText, isCellError } from '../grid';
import { AnalyzedRow } from '../interpret';
import { stateLabel, ui } from '../messages';
import { Lang, STATES, State } from '../status';
import { nextPeriod } from './next-period';

export type NewPeriodCell = string | Date | null;

/** A title or heading spans the table (merged across); an action row has a cell per column. */
export type NewPeriodRow =
  { kind: 'title' | 'period' | 'objective' | 'area'; text: string } | { kind: 'blank' } | { kind: 'header' | 'parent' | 'action'; cells: NewPeriodCell[] };

/** The next period's sheet as values: the .xlsx writer and the Excel host lay it out alike. */
export interface NewPeriodSheet {
  /** The sheet's name before it is made free among the workbook's: the next period, or "Plan". */
  name: string;
  /** Column widths in characters. */
  widths: number[];
  rows: NewPeriodRow[];
  /** The status column to fill (0-based) and the allowed statuses of its dropdown. */
  statusColumn: number;
  allowed: string[];
}

const WIDTHS = [8, 45, 30, 16, 30, 20, 60, 20, 60];
/** Column of the new status: after id, action, responsible, deadline, indicators. */
const STATUS_COLUMN = 5;

function previousStatus(r: AnalyzedRow, combined: boolean): string {
  if (r.statusPhrase) return combined ? r.statusPhrase : r.statusText;
  return combined ? '' : r.statusText;
}

function deadlineValue(r: AnalyzedRow): NewPeriodCell {
  if (r.deadline instanceof Date) return r.deadline;
  if (isCellError(r.deadline)) return null;
  return cellText(r.deadline) || null;
}

/**
 * The sheet for the next period, from the previous report: the same title, objectives, areas and
 * actions, the new status and description empty (a dropdown of the allowed states on the status),
 * and the previous status and description kept in columns after them, so only what changed is typed.
 * The previous columns come after the new ones: a reader taking the first status column takes the new.
 */
export function newPeriodSheet(previous: Analysis, lang: Lang, allowed: readonly State[] = STATES): NewPeriodSheet {
  const period = previous.period ? nextPeriod(previous.period) : null;
  const combined = previous.layout?.columns.status === undefined && previous.layout?.columns.status_description !== undefined;
  const rows: NewPeriodRow[] = [{ kind: 'title', text: previous.title || ui(lang, 'report_title') }];
  if (period) rows.push({ kind: 'period', text: ui(lang, 'period_for', { period: formatPeriod(period, lang) }) });
  rows.push({ kind: 'blank' });
  rows.push({
    kind: 'header',
    cells: [
      ui(lang, 'col_id'),
      ui(lang, 'col_action'),
      ui(lang, 'col_responsible'),
      ui(lang, 'col_deadline'),
      ui(lang, 'col_indicators'),
      ui(lang, 'col_status'),
      ui(lang, 'col_narrative'),
      ui(lang, 'col_previous_status'),
      ui(lang, 'col_previous_description'),
    ],
  });
  let objective: string | null = null;
  let area: string | null = null;
  let parent: string | null = null;
  for (const r of previous.rows) {
    if (r.objective && r.objective.title !== objective) {
      objective = r.objective.title;
      rows.push({ kind: 'objective', text: objective });
    }
    if (r.area && r.area.title !== area) {
      area = r.area.title;
      rows.push({ kind: 'area', text: area });
    }
    const parentKey = r.parent ? `${r.parent.id ?? ''} ${r.parent.title}` : null;
    if (r.parent && parentKey !== parent) rows.push({ kind: 'parent', cells: [r.parent.id ?? '', r.parent.title] });
    parent = parentKey;
    rows.push({
      kind: 'action',
      cells: [r.id ?? '', r.action, r.responsible, deadlineValue(r), r.indicators, null, null, previousStatus(r, combined), r.description],
    });
  }
  return {
    name: period ? formatPeriod(period, lang).slice(0, 31) : 'Plan',
    widths: WIDTHS,
    rows,
    statusColumn: STATUS_COLUMN,
    allowed: allowed.map((s) => stateLabel(lang, s)),
  };
}

/** The 0-based indexes of the first and last action rows: the dropdown's extent. */
export function actionRowSpan(sheet: NewPeriodSheet): { first: number; last: number } | null {
  const idx = sheet.rows.flatMap((r, i) => (r.kind === 'action' ? [i] : []));
  return idx.length ? { first: idx[0], last: idx[idx.length - 1] } : null;
}
