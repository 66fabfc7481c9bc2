import { Analysis } from './analyze';
import { findingMessage } from './messages';
import type { FileReport } from './schema';
import { cellText } from './grid';
import { Lang } from './status';
import { GroupStats, StateCounts, emptyCounts, ratesOf } from './stats';

export function toFileReport(file: string, a: Analysis, lang: Lang): FileReport {
  return {
    file,
    sheet: a.sheet,
    period: a.period,
    planYear: a.planYear,
    reading: a.reading,
    sheets: a.sheets,
    rows: a.rows.map((r) => ({
      id: r.id,
      sheetRow: r.sheetRow,
      objective: r.objective?.key ?? null,
      area: r.area?.key ?? null,
      parentId: r.parent?.id ?? null,
      action: r.action,
      responsible: r.responsibleUnits,
      deadline: cellText(r.deadline),
      due: r.due,
      state: r.state,
      qualifiers: r.qualifiers,
      status: r.statusText,
      overdue: r.isOverdue,
      cells: r.cells as Record<string, string>,
      ...(r.sheet !== undefined ? { sheet: r.sheet } : {}),
    })),
    findings: a.findings.map((f) => ({ ...f, message: findingMessage(f, lang, { cli: true }) })),
    stats: a.stats,
  };
}

/** Adds up several files' totals. */
export function sumTotals(totals: GroupStats[]): GroupStats {
  const byState = emptyCounts();
  let rows = 0;
  let due = 0;
  let doneAmongDue = 0;
  let overdue = 0;
  for (const t of totals) {
    rows += t.rows;
    due += t.due;
    doneAmongDue += t.doneAmongDue;
    overdue += t.overdue;
    for (const k of Object.keys(byState) as (keyof StateCounts)[]) byState[k] += t.byState[k];
  }
  return { key: 'total', title: '', rows, byState, ...ratesOf(rows, byState), due, doneAmongDue, overdue };
}
