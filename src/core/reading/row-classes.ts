import { DataKind, dataKind } from './data-row';
import { HeadingRow, headingRow } from './heading-row';
import { RowFeatures, rowFeatures } from './row-features';
import { isCountText, isDerivedText, isNotesText, isSignOffText, isSignatureLine } from './row-words';
import { cellText } from '../grid';
import { HeadingStyle, headingKey, headingStyle } from './headings';
import { leadingId } from './ids';
import { isHeaderRow, isSubHeaderRow } from './header-rows';
import { TableView } from './table-view';
import { Role } from '../roles';

/** The role of a row in the sheet (after "Strudel", EDBT 2021: lines classed by content, context and computation). */
export const ROW_CLASSES = ['metadata', 'header', 'group', 'data', 'derived', 'notes', 'blank'] as const;
export type RowClass = (typeof ROW_CLASSES)[number];

export interface ClassifiedRow {
  r: number;
  cls: RowClass;
  f: RowFeatures;
  /** For a data row: what it adds. */
  data?: DataKind;
  /** For a group row: the heading. */
  heading?: HeadingRow;
}

/** Where the classifier stands: just under the header, in the table, or past its end (notes met). */
type State = 'head' | 'body' | 'after';

const NARRATIVE: (Role | undefined)[] = ['description', 'status_description', 'indicators', 'status'];

/**
 * A row opening with a signature, a note, a legend or a source, in a column that holds no narrative
 * (or, in any column, a signature or a legend's title, which no narrative opens with). The opening
 * cell is the note, whatever column it stands in; a line to sign on is no status.
 */
function isNotesRow(v: TableView, f: RowFeatures): boolean {
  if (!isNotesText(f.text)) return false;
  const signed = f.texts.length > 1 && f.texts.slice(1).every(isSignatureLine);
  if (NARRATIVE.includes(v.roleOf(f.first)) && !isSignOffText(f.text) && !signed) return false;
  const other = (role: Role) => f.has(role) && v.roleOf(f.first) !== role && !isSignatureLine(cellText(f.cells.own[role] ?? null));
  return !other('id') && !other('status') && !other('deadline') && !f.statusLead;
}

/** A totals row: its label in a column without narrative, or, in any column, followed only by counts and sums ("8 acțiuni", "750000"). */
function isDerivedRow(v: TableView, f: RowFeatures): boolean {
  if (!isDerivedText(f.text)) return false;
  const counts = f.texts.length > 1 && f.texts.slice(1).every(isCountText);
  if (NARRATIVE.includes(v.roleOf(f.first)) && !counts) return false;
  return !(f.has('id') && v.roleOf(f.first) !== 'id');
}

/** One row's class from its features and the state above it; the next state. */
export function classifyRow(v: TableView, f: RowFeatures, state: State, started: boolean): { row: ClassifiedRow; next: State } {
  const at = (cls: RowClass, next: State = state, extra: Partial<ClassifiedRow> = {}) => ({ row: { r: f.r, cls, f, ...extra }, next });
  if (f.count === 0) return at('blank');
  if (state === 'after') return at('notes');
  if (state === 'head' && isSubHeaderRow(v, f)) return at('header');
  if (isNotesRow(v, f)) return at('notes', 'after');
  if (isDerivedRow(v, f)) return at('derived', 'body');
  if (isHeaderRow(v, f)) return at('header', 'body');
  const heading = headingRow(v, f);
  if (heading) return at('group', 'body', { heading });
  const data = dataKind(v, f, started);
  if (data.kind === 'empty') return at('notes', 'body');
  if (data.kind === 'group') return at('group', 'body', { data, heading: data.heading });
  return at('data', 'body', { data });
}

/**
 * A title with no number, right above a heading, heads nothing of its own: it is a grouping one
 * level up (an unnumbered objective over numbered areas, in the action's column).
 */
function titlesOverHeadings(rows: ClassifiedRow[]): void {
  rows.forEach((row, i) => {
    const next = rows[i + 1];
    if (row.data?.kind !== 'title' || next?.cls !== 'group' || row.f.count !== 1 || row.f.has('id') || leadingId(row.f.text)) return;
    rows[i] = { r: row.r, cls: 'group', f: row.f, heading: { text: row.f.text, col: row.f.first, style: headingStyle(row.f.text) } };
  });
}

/**
 * A lone numbered text in the first column read as more text of the action above, numbered next
 * after a heading of the same style ("VI." after the heading "V."): the next heading, in a
 * narrative column whose own lists number their lines too.
 */
function nextInSequence(rows: ClassifiedRow[]): void {
  const last = new Map<HeadingStyle, number>();
  rows.forEach((row, i) => {
    const text = row.heading?.text ?? row.f.text;
    const style = row.heading?.style ?? headingStyle(text);
    if (!['roman', 'arabic'].includes(style)) return;
    const n = Number(headingKey(text, style, 0).key);
    if (row.cls === 'group') last.set(style, n);
    else if (row.data?.kind === 'continuation' && row.f.count === 1 && last.get(style) === n - 1) {
      rows[i] = { r: row.r, cls: 'group', f: row.f, heading: { text, col: row.f.first, style } };
      last.set(style, n);
    }
  });
}

/** Every row from the header down, classed in order: the state machine over classifyRow. */
export function classifyRows(v: TableView): ClassifiedRow[] {
  const out: ClassifiedRow[] = [];
  let state: State = 'head';
  let started = false;
  for (let r = v.layout.dataStart; r < v.g.height; r++) {
    // A row with no cell of its own is blank and changes no state: the cells present decide the cost, not the sheet's height.
    if (!v.g.grid.rows[r]?.length) continue;
    const { row, next } = classifyRow(v, rowFeatures(v, r), state, started);
    out.push(row);
    state = next;
    if (row.data?.kind === 'unit' || row.data?.kind === 'title') started = true;
  }
  titlesOverHeadings(out);
  nextInSequence(out);
  return out;
}
