import { CellValue, MergedArea, SheetGrid, parseAddress } from '../core/grid';

/** What one read of a range gives: Range.values, Range.valueTypes and Range.numberFormat. */
export interface RawCells {
  values: unknown[][];
  valueTypes: string[][];
  numberFormat: string[][];
}

/** A date or time format code: what is left after quoted text and [colour]/[locale] parts has a date or time letter (as exceljs decides). */
export function isDateFormat(format: string | null | undefined): boolean {
  if (!format || format === 'General') return false;
  return /[ymdhsb]/i.test(format.replace(/\[[^\]]*]/g, '').replace(/"[^"]*"/g, ''));
}

/** Excel's serial day (1900 system) to the UTC instant exceljs gives for the same cell. */
function serialToDate(serial: number): Date {
  return new Date(Math.round((serial - 25569) * 86_400_000));
}

/** A cell as Range.values, valueTypes and numberFormat give it, as the .xlsx reader gives the same cell. */
export function fromExcelCell(value: unknown, type: string | undefined, format: string | undefined): CellValue {
  if (type === 'Error') return { error: String(value) };
  if (value === '' || value === null || value === undefined) return null;
  if (typeof value === 'number') return isDateFormat(format) ? serialToDate(value) : value;
  if (typeof value === 'string' || typeof value === 'boolean') return value;
  return String(value);
}

/** The rows of a read, with the number formats of numbers (as the .xlsx reader keeps them). */
export function fromRaw(raw: RawCells): { rows: CellValue[][]; numberFormats: (string | null)[][] } {
  const rows = raw.values.map((row, r) => row.map((v, c) => fromExcelCell(v, raw.valueTypes[r]?.[c], raw.numberFormat[r]?.[c])));
  const numberFormats = rows.map((row, r) =>
    row.map((v, c) => {
      const f = raw.numberFormat[r]?.[c];
      return typeof v === 'number' && f && f !== 'General' ? f : null;
    }),
  );
  return { rows, numberFormats };
}

/** "Plan!A1:H1,'My plan'!A3:H3" (sheet-absolute) -> merged areas relative to the grid origin. */
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

export function toGrid(name: string, raw: RawCells, merges: MergedArea[]): SheetGrid {
  return { name, origin: { row: 0, col: 0 }, merges, ...fromRaw(raw) };
}

/** The sheet name in a range address: "'Raport S1'!A1" -> "Raport S1". */
export function sheetOfAddress(address: string): string {
  const bang = address.lastIndexOf('!');
  const name = bang < 0 ? '' : address.slice(0, bang);
  return name.startsWith("'") ? name.slice(1, -1).replace(/''/g, "'") : name;
}
