import { cellText } from '../grid';
import { Finding, finding } from '../findings';
import { Role } from '../roles';
import { ClassifiedRow } from './row-classes';
import { TableView } from './table-view';

const NARRATIVE: (Role | undefined)[] = ['description', 'status_description', 'indicators'];
const clip = (s: string) => (s.length > 60 ? `${s.slice(0, 59)}…` : s);

/** A row read as a note inside the table, or as more text of the action above. */
const readAsText = (row: ClassifiedRow, end: number | null) => (row.cls === 'notes' && (end === null || row.r < end)) || row.data?.kind === 'continuation';

/** A lone text in the first column, a narrative column, read as a note or the action's text. */
const loneText = (v: TableView, row: ClassifiedRow, end: number | null) =>
  readAsText(row, end) && row.f.count === 1 && row.f.first === v.firstCol && NARRATIVE.includes(v.roleOf(row.f.first));

/**
 * Self-check (c): a lone text in the first column, a narrative column, read as a note or as the
 * action's text, right above a heading, or recurring where no heading was found: an unnumbered
 * grouping looks just like that (the structure cannot tell it from a comment). Said once, at the first.
 */
export function checkHeadingAsText(v: TableView, sheet: string, rows: ClassifiedRow[], end: number | null): Finding[] {
  const lone = rows.filter((row) => loneText(v, row, end));
  const noHeadings = !rows.some((row) => row.cls === 'group');
  for (const row of lone) {
    const next = rows[rows.indexOf(row) + 1];
    if (!next || (next.cls !== 'group' && !(noHeadings && lone.length >= 2))) continue;
    const cell = v.addr(row.r, row.f.first);
    const params = {
      row: Number(/\d+$/.exec(cell)![0]),
      text: clip(row.f.text),
      next: clip(next.heading?.text ?? (cellText(next.f.cells.own.action ?? null) || next.f.text)),
    };
    return [finding('reading_heading_as_text', sheet, cell, null, params)];
  }
  return [];
}
