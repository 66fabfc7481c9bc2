/// <reference types="office-js" />
import { choosePlanSheet } from '../core/analyze';
import { SheetGrid, WorkbookGrid } from '../core/grid';
import { isAbbreviationsSheet } from '../core/responsible';
import { Severity } from '../core/findings';
import { OutputSheets, freeSheetName } from '../report/sheets';
import { CellFix, FixOutcome, Host, HostError, ReadProgress } from '../host/host';
import { SETTINGS_KEY, Settings, readSettings } from '../host/settings';
import { cellAsRead } from '../host/cell-text';
import { fromExcelValue, parseMergedAddresses, toGrid } from './convert';
import { layOutReport, layOutStatistics } from './write-outputs';

/** API sets above the manifest's ExcelApi 1.8, as Office.context.requirements reports them. */
export interface Capabilities {
  /** Range.getMergedAreasOrNullObject: ExcelApi 1.13. */
  mergedAreas: boolean;
  /** WorksheetCollection.onChanged: ExcelApi 1.9. */
  changeEvents: boolean;
}

export const ALL_CAPABILITIES: Capabilities = { mergedAreas: true, changeEvents: true };

export type Run = <T>(batch: (ctx: Excel.RequestContext) => Promise<T>) => Promise<T>;

/** Where settings live: Office.context.document.settings in Excel. */
export interface SettingsStore {
  get(name: string): unknown;
  set(name: string, value: unknown): void;
  save(): Promise<void>;
}

/** Rows read with the sheet list, enough to find the header and pick the plan's sheet. */
export const HEAD_ROWS = 40;
/** Columns read with the head rows; a header further right than this is not found. */
export const HEAD_COLUMNS = 64;
/** Budget for one read's response, under Excel on the web's 5 MB payload limit with room for rows longer than those seen. */
export const CHUNK_BYTES = 3_000_000;
const MIN_CHUNK_ROWS = 100;
const MAX_CHUNK_ROWS = 50_000;

/** Rows per read so that one response stays within the budget, from the bytes per row seen so far. */
function rowsFor(bytesPerRow: number): number {
  return Math.max(MIN_CHUNK_ROWS, Math.min(MAX_CHUNK_ROWS, Math.floor(CHUNK_BYTES / Math.max(bytesPerRow, 1))));
}
/** Marks the add-in's own conditional formats, so clearing removes only them. */
export const HIGHLIGHT_FORMULA = '=N("action-plan-report")=0';
const HIGHLIGHT_FILL: Record<Severity, string> = { error: '#F4CCCC', warning: '#FFF2CC', info: '#DDEBF7' };

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Cell-edit mode and busy errors are retried; others are explained, never swallowed. */
async function withRetry<T>(run: Run, batch: (ctx: Excel.RequestContext) => Promise<T>, attempts = 4): Promise<T> {
  for (let i = 0; ; i++) {
    try {
      return await run(batch);
    } catch (e) {
      const code = (e as { code?: string }).code;
      const retriable = code === 'InvalidOperationInCellEditMode' || code === 'ActivityLimitReached' || code === 'ServiceNotAvailable';
      if (e instanceof HostError) throw e;
      if (!retriable || i >= attempts - 1) {
        throw new HostError(code === 'InvalidOperationInCellEditMode' ? 'cell_edit_mode' : 'excel_error', (e as Error).message ?? String(e));
      }
      await sleep(500 * (i + 1));
    }
  }
}

/** One read: load a range's values and sync. */
async function readValues(ctx: Excel.RequestContext, range: Excel.Range): Promise<unknown[][]> {
  range.load('values');
  await ctx.sync();
  return range.values;
}

function byteSize(values: unknown[][]): number {
  let n = 2;
  for (const row of values) for (const v of row) n += typeof v === 'string' ? v.length * 1.1 + 3 : 8;
  return n;
}

export class ExcelHost implements Host {
  readonly kind = 'excel' as const;
  /** Which reads ran in the last readWorkbook: for tests and the benchmark. */
  lastRead = { chunks: 0, largestResponseBytes: 0 };

  constructor(
    private readonly run: Run,
    private readonly store: SettingsStore,
    private readonly caps: Capabilities,
  ) {}

  /** The workbook's own settings are the one source: what the pane saved, a colleague's too. */
  private get settings(): Settings {
    return readSettings(this.store.get(SETTINGS_KEY)).settings;
  }

  async readWorkbook(onProgress?: (p: ReadProgress) => void, signal?: AbortSignal): Promise<WorkbookGrid> {
    const settings = this.settings;
    return withRetry(this.run, async (ctx) => {
      this.lastRead = { chunks: 0, largestResponseBytes: 0 };
      const sheets = ctx.workbook.worksheets;
      sheets.load('items/name');
      await ctx.sync();
      // One sync reads every sheet's size, merged areas and first rows: enough to find the plan.
      const heads = sheets.items.map((ws) => {
        const used = ws.getUsedRangeOrNullObject(true);
        used.load('rowIndex,columnIndex,rowCount,columnCount');
        const merges = this.caps.mergedAreas ? ws.getRange().getMergedAreasOrNullObject() : null;
        merges?.load('address');
        const head = ws.getRangeByIndexes(0, 0, HEAD_ROWS, HEAD_COLUMNS);
        head.load('values');
        return { ws, used, merges, head };
      });
      await ctx.sync();
      const origin = { row: 0, col: 0 };
      const bytesPerRow = new Map<string, number>();
      const grids: SheetGrid[] = heads.map(({ ws, used, merges, head }) => {
        if (used.isNullObject) return { name: ws.name, rows: [], merges: [] };
        const width = Math.min(HEAD_COLUMNS, used.columnIndex + used.columnCount);
        const height = Math.min(HEAD_ROWS, used.rowIndex + used.rowCount);
        const values = head.values.slice(0, height).map((row) => row.slice(0, width));
        bytesPerRow.set(ws.name, this.track(values) / Math.max(height, 1));
        const mergedAreas = merges && !merges.isNullObject ? parseMergedAddresses(merges.address, origin) : [];
        return toGrid(ws.name, values, origin, mergedAreas);
      });

      const plan = choosePlanSheet({ sheets: grids }, settings.sheet ?? undefined);
      const toRead = grids
        .map((g, i) => ({ g, used: heads[i].used, ws: heads[i].ws }))
        .filter(({ g, used }) => !used.isNullObject && (g === plan || isAbbreviationsSheet(g.name)) && used.rowIndex + used.rowCount > HEAD_ROWS);
      const total = toRead.reduce((n, { used }) => n + used.rowIndex + used.rowCount, 0);
      let done = HEAD_ROWS * toRead.length;
      for (const { g, used, ws } of toRead) {
        const end = used.rowIndex + used.rowCount;
        const width = used.columnIndex + used.columnCount;
        let start = HEAD_ROWS;
        let chunkRows = rowsFor(bytesPerRow.get(g.name) ?? 0);
        while (start < end) {
          if (signal?.aborted) throw new HostError('cancelled', 'cancelled');
          const count = Math.min(chunkRows, end - start);
          const values = await readValues(ctx, ws.getRangeByIndexes(start, 0, count, width));
          const bytes = this.track(values);
          for (const row of values) g.rows.push(row.map(fromExcelValue));
          start += count;
          done += count;
          onProgress?.({ rowsRead: done, rowsTotal: total });
          chunkRows = rowsFor(bytes / count);
        }
      }
      return { sheets: grids };
    });
  }

  private track(values: unknown[][]): number {
    const bytes = byteSize(values);
    this.lastRead.chunks++;
    this.lastRead.largestResponseBytes = Math.max(this.lastRead.largestResponseBytes, bytes);
    return bytes;
  }

  async selectCell(sheet: string, cell: string): Promise<void> {
    await withRetry(this.run, async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem(sheet);
      ws.activate();
      ws.getRange(cell).select();
      await ctx.sync();
    });
  }

  async applyFixes(fixes: CellFix[]): Promise<FixOutcome> {
    if (fixes.length === 0) return { applied: 0, skipped: [] };
    return withRetry(this.run, async (ctx) => {
      const ranges = fixes.map((f) => {
        const r = ctx.workbook.worksheets.getItem(f.sheet).getRange(f.cell);
        r.load('values');
        return r;
      });
      await ctx.sync();
      const skipped: string[] = [];
      let applied = 0;
      fixes.forEach((f, i) => {
        const current = fromExcelValue(ranges[i].values[0][0]);
        if (cellAsRead(current) !== f.expected) {
          skipped.push(`${f.sheet}!${f.cell}`);
          return;
        }
        ranges[i].values = [[f.value]];
        applied++;
      });
      if (applied) await ctx.sync();
      return { applied, skipped };
    });
  }

  async enforceStatuses(sheet: string, range: string, allowed: string[]): Promise<void> {
    await withRetry(this.run, async (ctx) => {
      const r = ctx.workbook.worksheets.getItem(sheet).getRange(range);
      r.dataValidation.clear();
      r.dataValidation.rule = { list: { inCellDropDown: true, source: allowed.join(',') } };
      r.dataValidation.errorAlert = { showAlert: true, style: 'Stop', title: '', message: allowed.join(', ') };
      await ctx.sync();
    });
  }

  async highlight(cells: { sheet: string; cell: string; severity: Severity }[]): Promise<void> {
    await this.clearHighlights();
    if (cells.length === 0) return;
    await withRetry(this.run, async (ctx) => {
      for (const c of cells) {
        const cf = ctx.workbook.worksheets.getItem(c.sheet).getRange(c.cell).conditionalFormats.add('Custom');
        cf.custom.rule.formula = HIGHLIGHT_FORMULA;
        cf.custom.format.fill.color = HIGHLIGHT_FILL[c.severity];
      }
      await ctx.sync();
    });
  }

  async clearHighlights(): Promise<void> {
    await withRetry(this.run, async (ctx) => {
      const sheets = ctx.workbook.worksheets;
      sheets.load('items/name');
      await ctx.sync();
      const collections = sheets.items.map((ws) => {
        const c = ws.getRange().conditionalFormats;
        c.load('items/type');
        return c;
      });
      await ctx.sync();
      const customs = collections.flatMap((c) => c.items.filter((cf) => cf.type === 'Custom'));
      for (const cf of customs) cf.custom.rule.load('formula');
      await ctx.sync();
      for (const cf of customs) if (cf.custom.rule.formula === HIGHLIGHT_FORMULA) cf.delete();
      await ctx.sync();
    });
  }

  async writeOutputs(out: OutputSheets): Promise<{ statistics: string; report: string }> {
    const settings = this.settings;
    const result = await withRetry(this.run, async (ctx) => {
      const sheets = ctx.workbook.worksheets;
      sheets.load('items/name,items/id');
      await ctx.sync();
      const owned = new Set(settings.ownedSheets);
      const ours = sheets.items.filter((ws) => owned.has(ws.id));
      const taken = new Set(sheets.items.filter((ws) => !owned.has(ws.id)).map((ws) => ws.name.toLowerCase()));
      const statsName = freeSheetName(taken, out.statistics.name);
      const reportName = freeSheetName(taken, out.report.name);
      for (const ws of ours) ws.name = `~apr-old-${ws.id.slice(0, 8)}`;
      const stats = sheets.add(statsName);
      const report = sheets.add(reportName);
      for (const ws of ours) ws.delete();
      layOutStatistics(stats, out.statistics);
      layOutReport(report, out.report);
      stats.load('id');
      report.load('id');
      await ctx.sync();
      return { statistics: statsName, report: reportName, ids: [stats.id, report.id] };
    });
    await this.saveSettings({ ...this.settings, ownedSheets: result.ids });
    return { statistics: result.statistics, report: result.report };
  }

  async loadSettings(): Promise<{ settings: Settings; notice: string | null }> {
    return readSettings(this.store.get(SETTINGS_KEY));
  }

  async saveSettings(settings: Settings): Promise<void> {
    this.store.set(SETTINGS_KEY, JSON.stringify(settings));
    await this.store.save();
  }

  async onChanged(callback: () => void): Promise<() => void> {
    if (!this.caps.changeEvents) return () => undefined;
    return withRetry(this.run, async (ctx) => {
      const handler = ctx.workbook.worksheets.onChanged.add(async () => callback());
      await ctx.sync();
      return () => {
        void this.run(async (c) => {
          handler.remove();
          await c.sync();
        }).catch(() => undefined);
      };
    });
  }
}
