import { headingStyle } from './headings';
import { ClassifiedRow } from './row-classes';
import { rowFeatures } from './row-features';
import { TableView } from './table-view';

/**
 * A heading right above the header, numbered like the table's own headings: in a sheet of blocks
 * each with its header ("Action 1: …" over "Milestone | Measurement | …"), the first block's group.
 */
export function headingAboveHeader(v: TableView, classes: ClassifiedRow[]): ClassifiedRow | null {
  const r = v.layout.headerTop - 1;
  if (r < 0) return null;
  const f = rowFeatures(v, r);
  const style = headingStyle(f.text);
  // Only in a sheet of blocks: the header met again in the table.
  if (f.count !== 1 || style === 'plain' || !classes.some((c) => c.cls === 'header')) return null;
  const bodyStyles = classes.filter((c) => c.cls === 'group' && c.data === undefined).map((c) => c.heading!.style);
  return bodyStyles.includes(style) ? { r, cls: 'group', f, heading: { text: f.text, col: f.first, style } } : null;
}
