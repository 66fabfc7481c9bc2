import { cellText } from '../grid';
import { Layout } from '../layout';
import { MergedGrid } from '../merged-grid';
import { HeadingStyle, headingStyle } from './headings';

type Level = 'objective' | 'area';

interface Labels {
  styles: Set<HeadingStyle>;
  besideUnits: number;
  /** Labels merged down over two rows or more. */
  mergedDown: number;
  count: number;
}

/** The labels of each column with no role, left of the last role's column, with how they stand. */
function labelsByColumn(g: MergedGrid, layout: Layout): Map<number, Labels> {
  const taken = Object.values(layout.columns);
  const right = Math.max(...taken);
  const labels = new Map<number, Labels>();
  for (let r = layout.dataStart; r < g.height; r++) {
    // Only the cells present are read, so a sparse sheet with far addresses costs no more than its cells.
    for (const c of g.presentColumns(r)) {
      if (c > right || taken.includes(c) || g.continuesAbove(r, c)) continue;
      const t = cellText(g.raw(r, c));
      const m = g.mergeAt(r, c);
      if (!t || (m && m.right > m.left)) continue;
      const col = labels.get(c) ?? { styles: new Set(), besideUnits: 0, mergedDown: 0, count: 0 };
      labels.set(c, col);
      col.styles.add(headingStyle(t));
      col.count++;
      if (m && m.bottom > m.top) col.mergedDown++;
      if (taken.some((other) => cellText(g.value(r, other)) !== '')) col.besideUnits++;
    }
  }
  return labels;
}

/** The level a column's labels stand for: the one their words name, or, merged down over their units, the highest free one. */
function levelOf(l: Labels, layout: Layout, firstRole: number, c: number): Level | null {
  if (l.besideUnits === 0) return null;
  const [style] = [...l.styles];
  const worded = l.styles.size !== 1 ? null : style === 'objective_word' ? 'objective' : style === 'area_word' ? 'area' : null;
  if (worded) return layout.columns[worded] === undefined ? worded : null;
  // Unworded labels each merged down over their rows, left of the table's roles: a grouping by their shape.
  if (c > firstRole || l.mergedDown < 2 || l.mergedDown * 2 < l.count) return null;
  if (layout.columns.objective === undefined) return 'objective';
  return layout.columns.area === undefined ? 'area' : null;
}

/**
 * A column with no role whose labels ("Action 1: …", "Obiectivul 2. …") stand beside the units of
 * their group, merged down over them or written on the group's first row: the grouping level its
 * words name, whatever its header says. Rows spanning the table are headings, not its labels.
 */
export function withGroupColumn(g: MergedGrid, layout: Layout): Layout {
  const firstRole = Math.min(...Object.values(layout.columns));
  for (const [c, labels] of [...labelsByColumn(g, layout)].sort((a, b) => a[0] - b[0])) {
    const level = levelOf(labels, layout, firstRole, c);
    if (level) return { ...layout, columns: { ...layout.columns, [level]: c } };
  }
  return layout;
}
