/// <reference types="office-js" />
import { columnLetters } from '../core/grid';
import { OutputSheets } from '../report/sheets';

const TABLE_TOP = 2;
/**
 * Excel's text number format. Range.values takes a string starting with "=", "+" or "-" for a
 * formula and a number-like string for a number; a cell formatted "@" keeps what is written as
 * text, so narrative lines, objective titles and headers never become formulas ("- 1.9 …",
 * "=HYPERLINK(…)") or numbers ("1.10").
 */
export const TEXT_FORMAT = '@';

function asText(range: Excel.Range, rows: number): void {
  range.numberFormat = Array.from({ length: rows }, () => [TEXT_FORMAT]);
}

/** The statistics sheet: a title, an Excel table per objective, a bar chart of completion. */
export function layOutStatistics(ws: Excel.Worksheet, s: OutputSheets['statistics']): void {
  const cols = s.header.length;
  const last = columnLetters(cols - 1);
  asText(ws.getRange('A1'), 1);
  ws.getRange('A1').values = [[s.title]];
  ws.getRange('A1').format.font.bold = true;
  ws.getRange('A1').format.font.size = 14;
  const body = s.rows.map((r) => r.map((v) => (v === null ? '' : v)));
  const top = TABLE_TOP + 1;
  const bottom = top + body.length;
  ws.getRangeByIndexes(TABLE_TOP, 0, 1, cols).numberFormat = [s.header.map(() => TEXT_FORMAT)];
  asText(ws.getRangeByIndexes(TABLE_TOP + 1, 0, body.length, 1), body.length);
  ws.getRangeByIndexes(TABLE_TOP, 0, 1 + body.length, cols).values = [s.header, ...body];
  for (const c of s.percentColumns) ws.getRangeByIndexes(TABLE_TOP + 1, c, body.length, 1).numberFormat = body.map(() => ['0.0%']);
  ws.tables.add(`A${top}:${last}${bottom}`, true);
  ws.getRangeByIndexes(TABLE_TOP + body.length, 0, 1, cols).format.font.bold = true;
  ws.getRange('A:A').format.columnWidth = 320;
  ws.getRange('A:A').format.wrapText = true;
  ws.getRangeByIndexes(TABLE_TOP, 1, 1 + body.length, cols - 1).format.autofitColumns();

  const objectives = body.length - 1;
  if (objectives > 0) {
    const completion = s.percentColumns[0];
    const chart = ws.charts.add('BarClustered', ws.getRangeByIndexes(TABLE_TOP + 1, completion, objectives, 1), 'Columns');
    chart.series.getItemAt(0).setXAxisValues(ws.getRangeByIndexes(TABLE_TOP + 1, 0, objectives, 1));
    chart.title.text = s.header[completion];
    chart.legend.visible = false;
    chart.setPosition(`A${bottom + 3}`);
  }
}

/** The report sheet: the title, then the narrative one paragraph a row, headings in bold. */
export function layOutReport(ws: Excel.Worksheet, r: OutputSheets['report']): void {
  const rows: { text: string; heading: boolean }[] = [
    { text: r.title, heading: true },
    { text: '', heading: false },
  ];
  for (let i = 0; i < r.lines.length; i++) {
    const underline = r.lines[i + 1] !== undefined && /^=+$/.test(r.lines[i + 1]);
    rows.push({ text: r.lines[i], heading: underline });
    if (underline) i++;
  }
  const column = ws.getRangeByIndexes(0, 0, rows.length, 1);
  asText(column, rows.length);
  column.values = rows.map((x) => [x.text]);
  ws.getRange('A:A').format.columnWidth = 700;
  ws.getRange('A:A').format.wrapText = true;
  rows.forEach((x, i) => {
    if (x.heading) ws.getRangeByIndexes(i, 0, 1, 1).format.font.bold = true;
  });
  ws.getRange('A1').format.font.size = 14;
}
