import { cellText } from '../grid';
import { RowFeatures } from './row-features';
import { isNumbering, isUnitsText } from './row-words';
import { TableView } from './table-view';

/** A row that belongs to the header wherever it stands: columns numbered, units, or the header repeated. */
export function isHeaderRow(v: TableView, f: RowFeatures): boolean {
  if (f.has('id') && !isNumbering(f.texts) && !repeatsHeader(v, f)) return false;
  if (isNumbering(f.texts)) return true;
  // Units even under the status or deadline ("luna, anul"): no status or date is a unit.
  if (f.texts.every(isUnitsText)) return true;
  return repeatsHeader(v, f);
}

/** At least two cells, and most of the row, repeat their column's header (the header printed again on a new page). */
function repeatsHeader(v: TableView, f: RowFeatures): boolean {
  let same = 0;
  for (const c of v.g.presentColumns(f.r)) {
    const t = cellText(v.g.value(f.r, c)).toLowerCase();
    const header = (v.layout.columnHeaders[c] ?? '').toLowerCase();
    if (t && header && (t === header || header.split(' / ').includes(t))) same++;
  }
  return same >= 2 && same * 2 > f.count;
}

/**
 * Just under the header, short labels that stand only under header cells merged across
 * ("Termen de realizare" over "planificat | efectiv"): the header's second row.
 */
export function isSubHeaderRow(v: TableView, f: RowFeatures): boolean {
  if (f.anyUnit && !f.texts.every((t) => t.length <= 30)) return false;
  const { g, layout } = v;
  let under = 0;
  for (const c of g.presentColumns(f.r)) {
    const t = cellText(g.value(f.r, c));
    if (!t) continue;
    const above = g.mergeAt(layout.headerBottom, c) ?? g.mergeAt(layout.headerTop, c);
    if (t.length > 30 || /^\d/.test(t) || !above || above.right === above.left) return false;
    // A label as wide as the cell above it is a heading merged across, not one of its sub-columns.
    const own = g.mergeAt(f.r, c);
    if (own && own.right - own.left >= above.right - above.left) return false;
    under++;
  }
  return under > 0;
}
