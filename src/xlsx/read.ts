import ExcelJS from 'exceljs';
import { CellValue, MergedArea, NO_CACHED_VALUE, SheetGrid, WorkbookGrid } from '../core/grid';
import { MergedGrid } from '../core/merged-grid';
import { DEFAULT_LIMITS, ReadLimits } from './limits';
import { SheetFacts, WorkbookRefused, areaRef, preflight } from './preflight';
import type { Inflater } from './zip';

type ExcelValue = ExcelJS.CellValue;

/** An exceljs cell value as Excel itself would hand it over. */
export function toCellValue(v: ExcelValue): CellValue {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' || v instanceof Date) return v;
  if (typeof v === 'object') {
    if ('error' in v && v.error) return { error: String(v.error) };
    if ('richText' in v && Array.isArray(v.richText)) {
      // Struck-through text is superseded ("~~30.06.2020~~ 31.07.2020" means 31.07.2020), unless nothing else is left.
      const kept = v.richText
        .filter((p) => !p.font?.strike)
        .map((p) => p.text)
        .join('');
      return kept.trim() ? kept : v.richText.map((p) => p.text).join('');
    }
    if ('result' in v || 'formula' in v || 'sharedFormula' in v) {
      const result = (v as { result?: ExcelValue }).result;
      // A formula saved without its value (written by a program, never calculated) is said as such.
      return result === undefined ? { error: NO_CACHED_VALUE } : toCellValue(result as ExcelValue);
    }
    if ('text' in v) {
      const t = (v as { text: unknown }).text;
      return typeof t === 'string' ? t : toCellValue(t as ExcelValue);
    }
  }
  return String(v);
}

/** What the preflight learnt of each sheet loadWorkbook read (exceljs was not shown its merged areas). */
const checkedFacts = new WeakMap<ExcelJS.Worksheet, SheetFacts>();

const EMPTY_ROW: CellValue[] = Object.freeze([]) as unknown as CellValue[];

/**
 * A worksheet as a grid. Rows and cells are as sparse as the sheet: a cell at row 1,000,000 adds
 * one row, not a million. Merged areas come from the preflight when given (exceljs never saw them),
 * else from exceljs.
 */
export function sheetToGrid(ws: ExcelJS.Worksheet, facts: SheetFacts | undefined = checkedFacts.get(ws)): SheetGrid {
  const merges: MergedArea[] = facts ? [...facts.merges] : [];
  if (!facts) {
    const internal = (ws as unknown as { _merges: Record<string, { top: number; left: number; bottom: number; right: number }> })._merges ?? {};
    for (const m of Object.values(internal)) {
      if (m) merges.push({ top: m.top - 1, left: m.left - 1, bottom: m.bottom - 1, right: m.right - 1 });
    }
  }
  const lookup = merges.length ? new MergedGrid({ name: ws.name, rows: [], merges }) : null;
  const rows: CellValue[][] = [];
  const numberFormats: (string | null)[][] = [];
  const hiddenRows: number[] = facts ? [...facts.hiddenRows] : [];
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const values: CellValue[] = [];
    const formats: (string | null)[] = [];
    row.eachCell({ includeEmpty: false }, (cell, col) => {
      const m = lookup?.mergeAt(rowNumber - 1, col - 1);
      const isSlave = m ? m.top !== rowNumber - 1 || m.left !== col - 1 : false;
      const value = isSlave ? null : toCellValue(cell.value);
      if (value === null) return;
      values[col - 1] = value;
      // Only a number needs its format (a date serial, or a year); the lookup is not free.
      formats[col - 1] = typeof value === 'number' ? (cell.numFmt ?? null) : null;
    });
    rows[rowNumber - 1] = values;
    numberFormats[rowNumber - 1] = formats;
    if (!facts && row.hidden) hiddenRows.push(rowNumber - 1);
  });
  for (let r = 0; r < rows.length; r++) if (!rows[r]) rows[r] = EMPTY_ROW;
  const grid: SheetGrid = { name: ws.name, rows, merges, numberFormats };
  if (ws.state === 'hidden' || ws.state === 'veryHidden') grid.hidden = ws.state;
  if (hiddenRows.length) grid.hiddenRows = hiddenRows;
  return grid;
}

export interface LoadOptions {
  limits?: ReadLimits;
  /**
   * The workbook will be written back (the pane's download): merged areas are given to exceljs,
   * which stores a cell for each merged cell, so they are bounded by limits.mergedCellsToWrite.
   */
  forWriting?: boolean;
  /** How the zip's parts are inflated (the command line gives Node's zlib); fflate by default. */
  inflater?: Inflater;
  /** Told as each step starts: checking and unpacking the zip, exceljs's parse, the sheets' grids. */
  onPhase?: (phase: 'unpacking' | 'parsing' | 'sheets') => void;
}

/** Reads an .xlsx within the limits; throws WorkbookRefused naming the cause, or exceljs's error. */
export async function loadWorkbook(data: ArrayBuffer | Uint8Array, options: LoadOptions = {}): Promise<{ workbook: ExcelJS.Workbook; grid: WorkbookGrid }> {
  const limits = options.limits ?? DEFAULT_LIMITS;
  options.onPhase?.('unpacking');
  const checked = preflight(data instanceof Uint8Array ? data : new Uint8Array(data), limits, options.inflater);
  if (options.forWriting) {
    for (const facts of checked.sheets.values()) {
      let cells = 0;
      for (const m of facts.merges) {
        cells += (m.bottom - m.top + 1) * (m.right - m.left + 1);
        if (cells > limits.mergedCellsToWrite)
          throw new WorkbookRefused('merges_too_large', { sheet: facts.name, area: areaRef(m), limit: limits.mergedCellsToWrite });
      }
    }
  }
  options.onPhase?.('parsing');
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(checked.zip as unknown as ArrayBuffer);
  options.onPhase?.('sheets');
  const sheets: SheetGrid[] = [];
  workbook.eachSheet((ws) => {
    const facts = checked.sheets.get(ws.name);
    if (facts) checkedFacts.set(ws, facts);
    if (options.forWriting && facts) {
      for (const m of facts.merges) ws.mergeCellsWithoutStyle(m.top + 1, m.left + 1, m.bottom + 1, m.right + 1);
    }
    sheets.push(sheetToGrid(ws, facts));
  });
  return { workbook, grid: { sheets } };
}
