import ExcelJS from 'exceljs';
import { Analysis } from '../core/analyze';
import { nextPeriod } from '../core/compare/next-period';
import { formatPeriod } from '../core/format';
import { cellText, isCellError } from '../core/grid';
import { AnalyzedRow } from '../core/interpret';
import { stateLabel, ui } from '../core/messages';
import { Lang, STATES, State } from '../core/status';

const WIDTHS = [8, 45, 30, 16, 30, 20, 60, 20, 60];
const THIN = { style: 'thin' as const };
const BORDER = { top: THIN, bottom: THIN, left: THIN, right: THIN };

function previousStatus(r: AnalyzedRow, combined: boolean): string {
  if (r.statusPhrase) return combined ? r.statusPhrase : r.statusText;
  return combined ? '' : r.statusText;
}

function deadlineValue(r: AnalyzedRow): ExcelJS.CellValue {
  if (r.deadline instanceof Date) return r.deadline;
  if (isCellError(r.deadline)) return null;
  return cellText(r.deadline) || null;
}

/**
 * The workbook for the next period, from the previous report: the same title, objectives, areas and
 * actions, the new status and description empty (a dropdown of the allowed states on the status),
 * and the previous status and description kept in columns after them, so only what changed is typed.
 * The previous columns come after the new ones: a reader taking the first status column takes the new.
 */
export function buildNewPeriodWorkbook(previous: Analysis, lang: Lang, allowed: readonly State[] = STATES): ExcelJS.Workbook {
  const headers = [
    ui(lang, 'col_id'),
    ui(lang, 'col_action'),
    ui(lang, 'col_responsible'),
    ui(lang, 'col_deadline'),
    ui(lang, 'col_indicators'),
    ui(lang, 'col_status'),
    ui(lang, 'col_narrative'),
    ui(lang, 'col_previous_status'),
    ui(lang, 'col_previous_description'),
  ];
  const period = previous.period ? nextPeriod(previous.period) : null;
  const combined = previous.layout?.columns.status === undefined && previous.layout?.columns.status_description !== undefined;
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Action Plan Report';
  const ws = wb.addWorksheet(period ? formatPeriod(period, lang).slice(0, 31) : 'Plan');
  ws.columns = WIDTHS.map((width) => ({ width }));
  const last = headers.length;
  const spanning = (text: string, font: Partial<ExcelJS.Font>) => {
    const row = ws.addRow([text]);
    ws.mergeCells(row.number, 1, row.number, last);
    row.getCell(1).font = font;
    row.getCell(1).alignment = { wrapText: true, vertical: 'middle' };
  };
  spanning(previous.title || ui(lang, 'report_title'), { bold: true, size: 14 });
  if (period) spanning(ui(lang, 'period_for', { period: formatPeriod(period, lang) }), { italic: true });
  ws.addRow([]);
  const header = ws.addRow(headers);
  header.eachCell((c) => {
    c.font = { bold: true };
    c.alignment = { wrapText: true, vertical: 'middle', horizontal: 'center' };
    c.border = BORDER;
  });
  ws.views = [{ state: 'frozen', ySplit: header.number }];
  let objective: string | null = null;
  let area: string | null = null;
  let parent: string | null = null;
  const statusRows: number[] = [];
  for (const r of previous.rows) {
    if (r.objective && r.objective.title !== objective) {
      objective = r.objective.title;
      spanning(objective, { bold: true });
    }
    if (r.area && r.area.title !== area) {
      area = r.area.title;
      spanning(area, { bold: true, italic: true });
    }
    const parentKey = r.parent ? `${r.parent.id ?? ''} ${r.parent.title}` : null;
    if (r.parent && parentKey !== parent) ws.addRow([r.parent.id ?? '', r.parent.title]).getCell(1).numFmt = '@';
    parent = parentKey;
    const row = ws.addRow([r.id ?? '', r.action, r.responsible, deadlineValue(r), r.indicators, null, null, previousStatus(r, combined), r.description]);
    row.getCell(1).numFmt = '@';
    row.eachCell({ includeEmpty: true }, (c) => {
      c.alignment = { wrapText: true, vertical: 'top' };
      c.border = BORDER;
    });
    statusRows.push(row.number);
  }
  if (statusRows.length) {
    const labels = allowed.map((s) => stateLabel(lang, s));
    const validations = (ws as unknown as { dataValidations: { add(range: string, v: ExcelJS.DataValidation): void } }).dataValidations;
    validations.add(`F${statusRows[0]}:F${statusRows[statusRows.length - 1]}`, {
      type: 'list',
      allowBlank: true,
      formulae: [`"${labels.join(',')}"`],
      showErrorMessage: true,
      error: labels.join(', '),
    });
  }
  return wb;
}
