import { cellText } from '../grid';
import { HeadingRow } from './heading-row';
import { headingLevels, levelWord } from './headings';
import { ClassifiedRow } from './row-classes';
import { TableView } from './table-view';

/** A grouping column counts when it holds a value on some row of the table: a column named but left empty groups nothing. */
function columnUsed(v: TableView, rows: ClassifiedRow[], kind: 'objective' | 'area'): boolean {
  const c = v.layout.columns[kind];
  return c !== undefined && rows.some((row) => row.cls === 'data' && cellText(v.g.value(row.r, c)) !== '');
}

/**
 * Level words nest differently from plan to plan ("Pillar > Outcome" here, "Outcome > Output"
 * there; "Направление > Задача" or "Цель > Задача"): when headings use two level words, the one met
 * first is the objective and the other the area; one level word alone, with no other heading and no
 * grouping column, is the plan's only level, the objective. Null: the words' own levels stand.
 */
function levelsByWords(headings: HeadingRow[], columns: { objective: boolean; area: boolean }): Map<string, 'objective' | 'area'> | null {
  const words = [...new Set(headings.map((h) => levelWord(h.text)))];
  const worded = words.filter((w): w is string => w !== null);
  if (words.length !== worded.length || worded.length > 2 || columns.objective || columns.area) return null;
  if (worded.length === 1) return new Map([[worded[0], 'objective']]);
  return new Map([
    [worded[0], 'objective'],
    [worded[1], 'area'],
  ]);
}

/** The groups stage: each heading's level, from its words, its numbering's order and the grouping columns. */
export function groupLevels(v: TableView, rows: ClassifiedRow[]): (h: HeadingRow) => 'objective' | 'area' {
  const headings = rows.filter((row) => row.cls === 'group' && row.data === undefined).map((row) => row.heading!);
  const columns = { objective: columnUsed(v, rows, 'objective'), area: columnUsed(v, rows, 'area') };
  const byWords = levelsByWords(headings, columns);
  if (byWords) return (h) => byWords.get(levelWord(h.text) ?? '') ?? 'area';
  const levels = headingLevels(
    headings.map((h) => h.style),
    columns,
  );
  return (h) => levels.get(h.style) ?? 'area';
}
