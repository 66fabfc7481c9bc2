/// <reference types="office-js" />
import { candidatesOf, choosePlanSheets } from '../core/sheets';
import { SheetGrid, WorkbookGrid, parseAddress } from '../core/grid';
import { MergedGrid, detectLayout } from '../core/layout';
import { isAbbreviationsSheet } from '../core/responsible';
import { HostError, ReadProgress } from '../host/host';
import { Settings } from '../host/settings';
import { responseBytes } from './bytes';
import { RawCells, fromRaw, parseMergedAddresses, toGrid } from './convert';

/** Rows read with the sheet list, enough to find the header and pick the plan's sheet. */
export const HEAD_ROWS = 40;
/** Budget for one read's response (UTF-8 bytes), under Excel on the web's 5 MB payload limit. */
export const CHUNK_BYTES = 3_000_000;
/** The first chunk after the head rows: the head (titles, header) says little about how long the rows below are. */
const FIRST_CHUNK_ROWS = 1_000;
const MAX_CHUNK_ROWS = 50_000;
/** A chunk at most this many times its predecessor, so one short stretch of rows does not size a huge read. */
const GROWTH = 4;
const PROPS = 'values,valueTypes,numberFormat';

export interface Capabilities {
  /** Range.getMergedAreasOrNullObject: ExcelApi 1.13. */
  mergedAreas: boolean;
  /** WorksheetCollection.onChanged: ExcelApi 1.9. */
  changeEvents: boolean;
}

export interface ReadStats {
  /** Range reads answered (a refused read split in two counts its halves). */
  chunks: number;
  largestResponseBytes: number;
  /** Reads Excel refused as too large and split. */
  splits: number;
}

interface Block {
  ws: Excel.Worksheet;
  top: number;
  left: number;
  rows: number;
  cols: number;
}

function isPayloadError(e: unknown): boolean {
  return (e as { code?: string })?.code === 'ResponsePayloadSizeLimitExceeded';
}

function concat(a: RawCells, b: RawCells): RawCells {
  return { values: [...a.values, ...b.values], valueTypes: [...a.valueTypes, ...b.valueTypes], numberFormat: [...a.numberFormat, ...b.numberFormat] };
}

/**
 * Reads blocks of cells in one sync. When Excel refuses the response as too large
 * (ResponsePayloadSizeLimitExceeded), each half is read again: the blocks, then a block's rows.
 */
async function readBlocks(ctx: Excel.RequestContext, blocks: Block[], stats: ReadStats): Promise<RawCells[]> {
  if (blocks.length === 0) return [];
  const ranges = blocks.map((b) => b.ws.getRangeByIndexes(b.top, b.left, b.rows, b.cols).load(PROPS));
  try {
    await ctx.sync();
  } catch (e) {
    if (!isPayloadError(e)) throw e;
    stats.splits++;
    if (blocks.length > 1) {
      const mid = Math.ceil(blocks.length / 2);
      return [...(await readBlocks(ctx, blocks.slice(0, mid), stats)), ...(await readBlocks(ctx, blocks.slice(mid), stats))];
    }
    const b = blocks[0];
    if (b.rows === 1) throw new HostError('excel_error', `row ${b.top + 1} is larger than Excel can send at once`);
    const half = Math.ceil(b.rows / 2);
    const [top] = await readBlocks(ctx, [{ ...b, rows: half }], stats);
    const [bottom] = await readBlocks(ctx, [{ ...b, top: b.top + half, rows: b.rows - half }], stats);
    return [concat(top, bottom)];
  }
  return ranges.map((r) => {
    const raw = { values: r.values, valueTypes: r.valueTypes as string[][], numberFormat: r.numberFormat as string[][] };
    stats.chunks++;
    stats.largestResponseBytes = Math.max(stats.largestResponseBytes, responseBytes([raw.values, raw.valueTypes, raw.numberFormat]));
    return raw;
  });
}

function bytesPerRow(raw: RawCells): number {
  return responseBytes([raw.values, raw.valueTypes, raw.numberFormat]) / Math.max(raw.values.length, 1);
}

/**
 * The plan's columns: the header's (and the title rows' above it) extent, and any column the
 * settings name; never wider than the used range. A note far to the right of the table, below
 * the header, does not widen every read. Without a recognised header, the used range.
 */
function planWidth(head: SheetGrid, settings: Settings, usedRight: number): number {
  const layout = detectLayout(new MergedGrid(head), { headerRow: settings.headerRow ?? undefined, columns: settings.columns });
  if (!layout) return usedRight;
  let width = 0;
  for (const c of Object.values(layout.columns)) if (c !== undefined) width = Math.max(width, c + 1);
  for (const row of head.rows.slice(0, layout.headerBottom + 1)) for (let c = row.length - 1; c >= width; c--) if (row[c] !== null) width = c + 1;
  for (const m of head.merges ?? []) if (m.top <= layout.headerBottom) width = Math.max(width, m.right + 1);
  for (const letters of Object.values(settings.columns)) {
    const a = letters ? parseAddress(`${letters}1`) : null;
    if (a) width = Math.max(width, a.col + 1);
  }
  return Math.max(1, Math.min(width, usedRight));
}

/**
 * The workbook as the engine reads it. Syncs: the sheet list; every sheet's used range and merged
 * areas; every sheet's first rows (values, types and number formats); then the plan's (and the
 * abbreviations sheet's) further rows in chunks sized in UTF-8 bytes from the rows already read.
 */
export async function readWorkbookIn(
  ctx: Excel.RequestContext,
  caps: Capabilities,
  settings: Settings,
  stats: ReadStats,
  onProgress?: (p: ReadProgress) => void,
  signal?: AbortSignal,
): Promise<WorkbookGrid> {
  const sheets = ctx.workbook.worksheets;
  sheets.load('items/name');
  await ctx.sync();
  const info = sheets.items.map((ws) => {
    const used = ws.getUsedRangeOrNullObject(true);
    used.load('rowIndex,columnIndex,rowCount,columnCount');
    const merges = caps.mergedAreas ? ws.getRange().getMergedAreasOrNullObject() : null;
    merges?.load('address');
    return { ws, used, merges };
  });
  await ctx.sync();
  const extent = (i: (typeof info)[number]) => ({ bottom: i.used.rowIndex + i.used.rowCount, right: i.used.columnIndex + i.used.columnCount });
  const present = info.filter((i) => !i.used.isNullObject);
  const heads = await readBlocks(
    ctx,
    present.map((i) => ({ ws: i.ws, top: 0, left: 0, rows: Math.min(HEAD_ROWS, extent(i).bottom), cols: extent(i).right })),
    stats,
  );
  const origin = { row: 0, col: 0 };
  const grids: SheetGrid[] = info.map((i) => {
    const at = present.indexOf(i);
    if (at < 0) return { name: i.ws.name, rows: [], merges: [] };
    const merges = i.merges && !i.merges.isNullObject ? parseMergedAddresses(i.merges.address, origin) : [];
    return toGrid(i.ws.name, heads[at], merges);
  });

  const plan = planSheetsOf({ sheets: grids }, settings);
  const toRead = present
    .map((i) => ({ i, g: grids[info.indexOf(i)], head: heads[present.indexOf(i)] }))
    .filter(({ i, g }) => (plan.has(g) || isAbbreviationsSheet(g.name)) && extent(i).bottom > HEAD_ROWS);
  const total = toRead.reduce((n, { i }) => n + extent(i).bottom, 0);
  let done = HEAD_ROWS * toRead.length;
  for (const { i, g, head } of toRead) {
    const { bottom, right } = extent(i);
    const width = plan.has(g) ? planWidth(g, settings, right) : right;
    let start = HEAD_ROWS;
    let rows = Math.min(FIRST_CHUNK_ROWS, rowsFor(bytesPerRow(head) * (width / right)));
    while (start < bottom) {
      if (signal?.aborted) throw new HostError('cancelled', 'cancelled');
      const count = Math.min(rows, bottom - start);
      const [raw] = await readBlocks(ctx, [{ ws: i.ws, top: start, left: 0, rows: count, cols: width }], stats);
      const { rows: cells, numberFormats } = fromRaw(raw);
      g.rows.push(...cells);
      g.numberFormats!.push(...numberFormats);
      start += count;
      done += count;
      onProgress?.({ rowsRead: done, rowsTotal: total });
      rows = Math.min(count * GROWTH, rowsFor(bytesPerRow(raw)));
    }
  }
  return { sheets: grids };
}

/**
 * The sheets read in full: those the settings or detection read as the plan, and every other sheet
 * whose head reads like a plan's (whether it is a part or a copy is told from all its rows).
 */
function planSheetsOf(workbook: WorkbookGrid, settings: Settings): Set<SheetGrid> {
  const selection = settings.sheets.length ? settings.sheets : settings.sheet ? [settings.sheet] : undefined;
  const out = new Set(choosePlanSheets(workbook, selection).read);
  for (const c of candidatesOf(workbook)) if (c.layout) out.add(c.grid);
  return out;
}

function rowsFor(bytesPerRow: number): number {
  return Math.max(1, Math.min(MAX_CHUNK_ROWS, Math.floor(CHUNK_BYTES / Math.max(bytesPerRow, 1))));
}
