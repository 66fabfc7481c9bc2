import ExcelJS from 'exceljs';
import { Analysis } from '../core/analyze';
import { actionRowSpan, newPeriodSheet } from '../core/compare/new-period-sheet';
import { columnLetters } from '../core/grid';
import { Lang, STATES, State } from '../core/status';

const THIN = { style: 'thin' as const };
const BORDER = { top: THIN, bottom: THIN, left: THIN, right: THIN };

/** The next period's workbook (newPeriodSheet laid out with exceljs): for the command line and standalone. */
export function buildNewPeriodWorkbook(previous: Analysis, lang: Lang, allowed: readonly State[] = STATES): ExcelJS.Workbook {
  const sheet = newPeriodSheet(previous, lang, allowed);
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Action Plan Report';
  const ws = wb.addWorksheet(sheet.name);
  ws.columns = sheet.widths.map((width) => ({ width }));
  const last = sheet.widths.length;
  for (const r of sheet.rows) {
    if (r.kind === 'blank') {
      ws.addRow([]);
      continue;
    }
    if ('text' in r) {
      const row = ws.addRow([r.text]);
      ws.mergeCells(row.number, 1, row.number, last);
      row.getCell(1).font = r.kind === 'title' ? { bold: true, size: 14 } : r.kind === 'period' ? { italic: true } : { bold: true, italic: r.kind === 'area' };
      row.getCell(1).alignment = { wrapText: true, vertical: 'middle' };
      continue;
    }
    const row = ws.addRow(r.cells);
    row.getCell(1).numFmt = '@';
    if (r.kind === 'header') {
      row.eachCell((c) => {
        c.font = { bold: true };
        c.alignment = { wrapText: true, vertical: 'middle', horizontal: 'center' };
        c.border = BORDER;
      });
      ws.views = [{ state: 'frozen', ySplit: row.number }];
    } else if (r.kind === 'action')
      row.eachCell({ includeEmpty: true }, (c) => {
        c.alignment = { wrapText: true, vertical: 'top' };
        c.border = BORDER;
      });
  }
  const span = actionRowSpan(sheet);
  if (span) {
    const col = columnLetters(sheet.statusColumn);
    const validations = (ws as unknown as { dataValidations: { add(range: string, v: ExcelJS.DataValidation): void } }).dataValidations;
    validations.add(`${col}${span.first + 1}:${col}${span.last + 1}`, {
      type: 'list',
      allowBlank: true,
      formulae: [`"${sheet.allowed.join(',')}"`],
      showErrorMessage: true,
      error: sheet.allowed.join(', '),
    });
  }
  return wb;
}
