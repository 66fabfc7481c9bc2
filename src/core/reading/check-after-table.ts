import { Finding, finding } from '../findings';
import { ClassifiedRow } from './row-classes';
import { looksLikeData } from './row-looks';
import { TableView } from './table-view';

const clip = (s: string) => (s.length > 60 ? `${s.slice(0, 59)}…` : s);

/**
 * Self-check (a): a row under the table's end, read as a note, that looks like an action. The
 * table may have ended too early, or the notes swallowed data: said once, at the first such row.
 */
export function checkAfterTable(v: TableView, sheet: string, rows: ClassifiedRow[], end: number | null): Finding[] {
  if (end === null) return [];
  const row = rows.find((x) => x.r > end && x.cls === 'notes' && looksLikeData(x.f));
  if (!row) return [];
  const cell = v.addr(row.r, row.f.first);
  const sheetRow = (r: number) => Number(/\d+$/.exec(v.addr(r, 0))![0]);
  return [finding('reading_data_after_table', sheet, cell, null, { row: sheetRow(row.r), end: sheetRow(end), text: clip(row.f.texts.join(' | ')) })];
}
