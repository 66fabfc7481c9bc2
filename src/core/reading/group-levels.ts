import { cellText } from '../grid';
import { HeadingRow } from './heading-row';
import { headingLevels } from './headings';
import { ClassifiedRow } from './row-classes';
import { TableView } from './table-view';

/** A grouping column counts when it holds a value on some row of the table: a column named but left empty groups nothing. */
function columnUsed(v: TableView, rows: ClassifiedRow[], kind: 'objective' | 'area'): boolean {
  const c = v.layout.columns[kind];
  return c !== undefined && rows.some((row) => row.cls === 'data' && cellText(v.g.value(row.r, c)) !== '');
}

/** The groups stage: each heading's level, from its words, its numbering's order and the grouping columns. */
export function groupLevels(v: TableView, rows: ClassifiedRow[]): (h: HeadingRow) => 'objective' | 'area' {
  const styles = rows.filter((row) => row.cls === 'group' && row.data === undefined).map((row) => row.heading!.style);
  const levels = headingLevels(styles, { objective: columnUsed(v, rows, 'objective'), area: columnUsed(v, rows, 'area') });
  return (h) => levels.get(h.style) ?? 'area';
}
