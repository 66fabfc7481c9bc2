import { cellText } from '../grid';
import { Layout } from '../layout';
import { MergedGrid } from '../merged-grid';
import { HeadingStyle, headingStyle } from './headings';

/**
 * A column with no role whose labels ("Action 1: …", "Obiectivul 2. …") stand beside the units of
 * their group, merged down over them or written on the group's first row: the grouping level its
 * words name, whatever its header says. Rows spanning the table are headings, not its labels.
 */
export function withGroupColumn(g: MergedGrid, layout: Layout): Layout {
  const taken = Object.values(layout.columns);
  const right = Math.max(...taken);
  const labels = new Map<number, { styles: Set<HeadingStyle>; besideUnits: number }>();
  for (let r = layout.dataStart; r < g.height; r++) {
    // Only the cells present are read, so a sparse sheet with far addresses costs no more than its cells.
    for (const c of g.presentColumns(r)) {
      if (c > right || taken.includes(c) || g.continuesAbove(r, c)) continue;
      const t = cellText(g.raw(r, c));
      const m = g.mergeAt(r, c);
      if (!t || (m && m.right > m.left)) continue;
      const col = labels.get(c) ?? { styles: new Set(), besideUnits: 0 };
      labels.set(c, col);
      col.styles.add(headingStyle(t));
      if (taken.some((other) => cellText(g.value(r, other)) !== '')) col.besideUnits++;
    }
  }
  for (const [c, { styles, besideUnits }] of [...labels].sort((a, b) => a[0] - b[0])) {
    const [style] = [...styles];
    const level = styles.size !== 1 ? null : style === 'objective_word' ? 'objective' : style === 'area_word' ? 'area' : null;
    if (level && besideUnits > 0 && layout.columns[level] === undefined) return { ...layout, columns: { ...layout.columns, [level]: c } };
  }
  return layout;
}
