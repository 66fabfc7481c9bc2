import { Finding, finding } from '../findings';
import { Role } from '../roles';
import { ClassifiedRow } from './row-classes';
import { TableView } from './table-view';

const NARRATIVE: (Role | undefined)[] = ['description', 'status_description', 'indicators'];
const clip = (s: string) => (s.length > 60 ? `${s.slice(0, 59)}…` : s);

/** A row read as a note inside the table, or as more text of the action above. */
const readAsText = (row: ClassifiedRow, end: number | null) => (row.cls === 'notes' && (end === null || row.r < end)) || row.data?.kind === 'continuation';

/**
 * Self-check (c): a lone text in the first column, a narrative column, right above a heading, read
 * as a note or as the action's text: an unnumbered grouping one level up looks just like that
 * (the structure cannot tell it from a comment). Said once, at the first such row.
 */
export function checkHeadingAsText(v: TableView, sheet: string, rows: ClassifiedRow[], end: number | null): Finding[] {
  for (let i = 0; i + 1 < rows.length; i++) {
    const [row, next] = [rows[i], rows[i + 1]];
    if (next.cls !== 'group' || !next.heading || !readAsText(row, end)) continue;
    if (row.f.count !== 1 || row.f.first !== v.firstCol || !NARRATIVE.includes(v.roleOf(row.f.first))) continue;
    const cell = v.addr(row.r, row.f.first);
    return [
      finding('reading_heading_as_text', sheet, cell, null, { row: Number(/\d+$/.exec(cell)![0]), text: clip(row.f.text), next: clip(next.heading.text) }),
    ];
  }
  return [];
}
