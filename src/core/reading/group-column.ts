import { cellText } from '../grid';
import { Layout } from '../layout';
import { MergedGrid } from '../merged-grid';
import { HeadingStyle, headingStyle } from './headings';

type Level = 'objective' | 'area';

/** Rows allowed outside their objective's one area before two grouping columns are not nested. */
const STRAYS = 0.05;

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
    if (level) return inNestingOrder(g, { ...layout, columns: { ...layout.columns, [level]: c } });
  }
  return inNestingOrder(g, layout);
}

/**
 * Two grouping columns: the one whose groups hold the other's is the objective, whatever the
 * headers say ("Theme" over "Commitment", "Ambition" over "Strategic objective").
 */
export function inNestingOrder(g: MergedGrid, layout: Layout): Layout {
  const { objective, area } = layout.columns;
  if (objective === undefined || area === undefined) return layout;
  const seen = (r: number, c: number) => cellText(g.raw(g.mergeAt(r, c)?.top ?? r, c));
  // Per objective value, the rows under each area value: a few strays (a text reused) do not break the nesting.
  const under = new Map<string, Map<string, number>>();
  let rows = 0;
  for (let r = layout.dataStart; r < g.height; r++) {
    const o = seen(r, objective);
    const a = seen(r, area);
    if (!o || !a) continue;
    const counts = under.get(o) ?? new Map<string, number>();
    under.set(o, counts.set(a, (counts.get(a) ?? 0) + 1));
    rows++;
  }
  const areas = new Set([...under.values()].flatMap((m) => [...m.keys()]));
  const strays = [...under.values()].reduce((n, m) => n + [...m.values()].reduce((x, y) => x + y, 0) - Math.max(...m.values()), 0);
  if (areas.size < 2 || areas.size >= under.size || strays > rows * STRAYS) return layout;
  return { ...layout, columns: { ...layout.columns, objective: area, area: objective } };
}
