import { cellText } from '../grid';
import { HeadingRow } from './heading-row';
import { headingStyle } from './headings';
import { leadingId, normaliseId } from './ids';
import { RowFeatures } from './row-features';
import { TableView } from './table-view';

/** What a row of the table's body adds: a unit, a title over sub-actions, more text for the unit above, or a grouping. */
export type DataKind =
  { kind: 'group'; level: 'objective' | 'area'; heading: HeadingRow } | { kind: 'continuation' } | { kind: 'title' } | { kind: 'unit' } | { kind: 'empty' };

/**
 * A row that is neither a heading nor outside the table. `started`: a unit or a title was read
 * above, so a row with text but no key continues it.
 */
export function dataKind(v: TableView, f: RowFeatures, started: boolean): DataKind {
  const { has, anyUnit, cells } = f;
  const { columns } = v.layout;
  if (f.count === 0) return { kind: 'empty' };
  if (f.count === 2 && !anyUnit && has('id') && (has('action') || has('subaction'))) {
    const id = normaliseId(cellText(cells.own.id ?? null));
    const text = cellText(cells.own.action ?? cells.own.subaction ?? null);
    if (/^\d{1,3}$/.test(id) && columns.area === undefined)
      return { kind: 'group', level: 'area', heading: { text: `${id}. ${text}`, col: columns.id!, style: 'arabic' } };
    if (headingStyle(text) === 'objective_word')
      return { kind: 'group', level: 'objective', heading: { text, col: columns.action ?? columns.subaction!, style: 'objective_word' } };
  }
  const keyed = has('id') || has('action') || has('subaction') || anyUnit;
  if (!keyed) return started ? { kind: 'continuation' } : { kind: 'empty' };
  const actionOnly = has('action') && !has('id') && !has('subaction') && !anyUnit && !leadingId(cellText(cells.own.action ?? null));
  if (actionOnly && started && columns.id !== undefined) return { kind: 'continuation' };
  const described = has('description') || has('indicators') || has('status_description');
  if (!anyUnit && !described && (has('action') || has('id')) && !has('subaction')) return { kind: 'title' };
  return { kind: 'unit' };
}
