import { CellValue, MergedArea, SheetGrid, parseAddress } from '../core/grid';

const ERROR_VALUE = /^#(N\/A|REF!|VALUE!|DIV\/0!|NAME\?|NULL!|NUM!|SPILL!|CALC!|FIELD!|BLOCKED!|CONNECT!|BUSY!|UNKNOWN!|GETTING_DATA)$/;

/** A value as Excel's Range.values gives it: '' for empty, error values as their text. */
export function fromExcelValue(v: unknown): CellValue {
  if (v === '' || v === null || v === undefined) return null;
  if (typeof v === 'string') return ERROR_VALUE.test(v) ? { error: v } : v;
  if (typeof v === 'number' || typeof v === 'boolean') return v;
  return String(v);
}

/** "Plan!A1:H1,Plan!A3:H3" (sheet-absolute) -> merged areas relative to the grid origin. */
export function parseMergedAddresses(address: string, origin: { row: number; col: number }): MergedArea[] {
  const out: MergedArea[] = [];
  for (const part of address.split(',')) {
    const ref = part.includes('!') ? part.slice(part.lastIndexOf('!') + 1) : part;
    const [a, b = a] = ref.replace(/\$/g, '').split(':');
    const p = parseAddress(a);
    const q = parseAddress(b);
    if (!p || !q) continue;
    out.push({ top: p.row - origin.row, left: p.col - origin.col, bottom: q.row - origin.row, right: q.col - origin.col });
  }
  return out;
}

export function toGrid(name: string, values: unknown[][], origin: { row: number; col: number }, merges: MergedArea[]): SheetGrid {
  return { name, rows: values.map((row) => row.map(fromExcelValue)), origin, merges };
}
