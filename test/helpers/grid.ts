import { CellValue, MergedArea, SheetGrid, parseAddress } from '../../src/core/grid';

/** "A5:H5" -> a merged area in grid coordinates. */
export function area(range: string): MergedArea {
  const [a, b] = range.split(':').map((x) => parseAddress(x)!);
  return { top: a.row, left: a.col, bottom: b.row, right: b.col };
}

export function sheet(name: string, rows: CellValue[][], merges: string[] = []): SheetGrid {
  return { name, rows, merges: merges.map(area) };
}

/** Findings flattened for comparison: "G7 invalid_status". */
export function flat(findings: { cell: string; code: string }[]): string[] {
  return findings.map((f) => `${f.cell} ${f.code}`).sort();
}
