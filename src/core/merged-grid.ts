import { CellValue, MergedArea, SheetGrid, cellText } from './grid';

interface Node {
  center: number;
  /** Areas spanning the center row, by top ascending and by bottom descending. */
  byTop: MergedArea[];
  byBottom: MergedArea[];
  below?: Node;
  above?: Node;
}

/** A static interval tree over the areas' row spans: the areas on a row in O(log n + k). */
function build(areas: MergedArea[]): Node | undefined {
  if (areas.length === 0) return undefined;
  const ends = areas.flatMap((m) => [m.top, m.bottom]).sort((a, b) => a - b);
  const center = ends[ends.length >> 1];
  const here: MergedArea[] = [];
  const below: MergedArea[] = [];
  const above: MergedArea[] = [];
  for (const m of areas) (m.bottom < center ? below : m.top > center ? above : here).push(m);
  return {
    center,
    byTop: [...here].sort((a, b) => a.top - b.top),
    byBottom: [...here].sort((a, b) => b.bottom - a.bottom),
    below: build(below),
    above: build(above),
  };
}

function areasOnRow(node: Node | undefined, r: number, out: MergedArea[]): void {
  while (node) {
    if (r < node.center) {
      for (const m of node.byTop) {
        if (m.top > r) break;
        out.push(m);
      }
      node = node.below;
    } else {
      for (const m of node.byBottom) {
        if (m.bottom < r) break;
        out.push(m);
      }
      node = r > node.center ? node.above : undefined;
    }
  }
}

/**
 * Cell lookup that knows merged areas. The areas are kept as ranges (an area of the whole sheet
 * costs what one cell does); they must not overlap, which the readers check.
 */
export class MergedGrid {
  readonly width: number;
  private readonly tree: Node | undefined;
  private cachedRow = -1;
  /** Areas crossing cachedRow, by left column. */
  private cached: MergedArea[] = [];

  constructor(readonly grid: SheetGrid) {
    let width = 0;
    for (const row of grid.rows) width = Math.max(width, row.length);
    for (const m of grid.merges ?? []) width = Math.max(width, m.right + 1);
    this.width = width;
    // An area with its corners swapped covers no cell (a host may hand one over).
    this.tree = build((grid.merges ?? []).filter((m) => m.top <= m.bottom && m.left <= m.right));
  }

  get height(): number {
    return this.grid.rows.length;
  }

  raw(r: number, c: number): CellValue {
    return this.grid.rows[r]?.[c] ?? null;
  }

  mergeAt(r: number, c: number): MergedArea | undefined {
    if (!this.tree) return undefined;
    if (r !== this.cachedRow) {
      const found: MergedArea[] = [];
      areasOnRow(this.tree, r, found);
      this.cached = found.sort((a, b) => a.left - b.left);
      this.cachedRow = r;
    }
    const list = this.cached;
    let lo = 0;
    let hi = list.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const m = list[mid];
      if (c < m.left) hi = mid - 1;
      else if (c > m.right) lo = mid + 1;
      else return m;
    }
    return undefined;
  }

  /** Columns of the cells present on row r, in order: what a scan of a row has to look at. */
  presentColumns(r: number): number[] {
    const out: number[] = [];
    const row = this.grid.rows[r];
    if (row) for (let c = 0; c < row.length; c++) if (row[c] !== null && row[c] !== undefined) out.push(c);
    return out;
  }

  /** The value a person sees: a merged area shows its top-left value down its first column. */
  value(r: number, c: number): CellValue {
    const m = this.mergeAt(r, c);
    if (!m) return this.raw(r, c);
    return c === m.left ? this.raw(m.top, m.left) : null;
  }

  /** A header cell: merged areas show their text across their whole width too. */
  headerText(r: number, c: number): string {
    const m = this.mergeAt(r, c);
    return cellText(m ? this.raw(m.top, m.left) : this.raw(r, c));
  }

  /** Does (r, c) continue a merged area begun on an earlier row? */
  continuesAbove(r: number, c: number): boolean {
    const m = this.mergeAt(r, c);
    return !!m && m.top < r;
  }
}

/** Two merged areas that share a cell, if any: Excel never writes such a file. */
export function findOverlap(areas: MergedArea[]): [MergedArea, MergedArea] | null {
  const tree = build(areas.filter((m) => m.top <= m.bottom && m.left <= m.right));
  // Two areas overlap only if one of them crosses the other's top row.
  for (const m of areas) {
    const onRow: MergedArea[] = [];
    areasOnRow(tree, m.top, onRow);
    for (const n of onRow) if (n !== m && n.left <= m.right && n.right >= m.left) return n.top <= m.top ? [n, m] : [m, n];
  }
  return null;
}
