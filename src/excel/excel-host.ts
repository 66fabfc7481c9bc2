/// <reference types="office-js" />
import { WorkbookGrid } from '../core/grid';
import { Severity } from '../core/findings';
import { OutputSheets } from '../report/sheets';
import { CellFix, FixOutcome, Host, HostError, ReadProgress } from '../host/host';
import { SETTINGS_KEY, Settings, readSettings } from '../host/settings';
import { cellAsRead } from '../host/cell-text';
import { fromExcelCell } from './convert';
import { replaceOutputsIn } from './outputs';
import { addNewPeriodSheetIn } from './new-period-sheet';
import type { NewPeriodSheet } from '../core/compare/new-period-sheet';
import { Capabilities, ReadStats, readWorkbookIn } from './read';
import { highlightRuns } from './highlight';

export type { Capabilities } from './read';

export const ALL_CAPABILITIES: Capabilities = { mergedAreas: true, changeEvents: true };

/** Excel.run: a new request context per batch, or the one given (to remove an event handler in the context that added it). */
export type Run = <T>(batch: (ctx: Excel.RequestContext) => Promise<T>, context?: OfficeExtension.ClientRequestContext) => Promise<T>;

/** Where settings live: Office.context.document.settings in Excel, an in-memory copy per runtime. */
export interface SettingsStore {
  get(name: string): unknown;
  set(name: string, value: unknown): void;
  save(): Promise<void>;
  /** Re-reads the document's settings into this runtime's copy (Settings.refreshAsync). */
  refresh(): Promise<void>;
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
      if (e instanceof HostError) throw e;
      const code = (e as { code?: string }).code;
      const retriable = code === 'InvalidOperationInCellEditMode' || code === 'ActivityLimitReached' || code === 'ServiceNotAvailable';
      if (!retriable || i >= attempts - 1) {
        throw new HostError(code === 'InvalidOperationInCellEditMode' ? 'cell_edit_mode' : 'excel_error', (e as Error).message ?? String(e));
      }
      await sleep(500 * (i + 1));
    }
  }
}

/** Queues a load of each named sheet's protection; after sync, throws for the first protected one. */
function protectionOf(ctx: Excel.RequestContext, sheets: string[]): () => void {
  const loaded = [...new Set(sheets)].map((name) => {
    const p = ctx.workbook.worksheets.getItem(name).protection;
    p.load('protected');
    return { name, p };
  });
  return () => {
    const hit = loaded.find((x) => x.p.protected);
    if (hit) throw new HostError('sheet_protected', hit.name);
  };
}

export class ExcelHost implements Host {
  readonly kind = 'excel' as const;
  /** Which reads ran in the last readWorkbook: for tests and the benchmark. */
  lastRead: ReadStats = { chunks: 0, largestResponseBytes: 0, splits: 0 };
  /** The settings as the caller last saw them (loaded or saved), to tell what it changed. */
  private seen: Settings | null = null;

  constructor(
    private readonly run: Run,
    private readonly store: SettingsStore,
    private readonly caps: Capabilities,
  ) {}

  /** The workbook's settings as saved now: refreshed, so what another runtime (pane, ribbon) saved counts. */
  private async current(): Promise<{ settings: Settings; notice: 'settings_reset' | null }> {
    await this.store.refresh();
    return readSettings(this.store.get(SETTINGS_KEY));
  }

  async readWorkbook(onProgress?: (p: ReadProgress) => void, signal?: AbortSignal): Promise<WorkbookGrid> {
    const { settings } = await this.current();
    return withRetry(this.run, async (ctx) => {
      this.lastRead = { chunks: 0, largestResponseBytes: 0, splits: 0 };
      return readWorkbookIn(ctx, this.caps, settings, this.lastRead, onProgress, signal);
    });
  }

  async selectCell(sheet: string, cell: string): Promise<void> {
    await withRetry(this.run, async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem(sheet);
      ws.activate();
      ws.getRange(cell).select();
      await ctx.sync();
    });
  }

  /** Writes each fix as text (a leading apostrophe, or as is in a cell formatted as text), only where the cell still holds what was validated. */
  async applyFixes(fixes: CellFix[]): Promise<FixOutcome> {
    if (fixes.length === 0) return { applied: 0, skipped: [] };
    return withRetry(this.run, async (ctx) => {
      const check = protectionOf(
        ctx,
        fixes.map((f) => f.sheet),
      );
      const ranges = fixes.map((f) => ctx.workbook.worksheets.getItem(f.sheet).getRange(f.cell).load('values,valueTypes,numberFormat'));
      await ctx.sync();
      check();
      const skipped: string[] = [];
      let applied = 0;
      fixes.forEach((f, i) => {
        const r = ranges[i];
        const format = r.numberFormat[0][0] as string;
        if (cellAsRead(fromExcelCell(r.values[0][0], r.valueTypes[0][0], format)) !== f.expected) {
          skipped.push(`${f.sheet}!${f.cell}`);
          return;
        }
        r.values = [[format === '@' ? f.value : `'${f.value}`]];
        applied++;
      });
      if (applied) await ctx.sync();
      return { applied, skipped };
    });
  }

  async enforceStatuses(sheet: string, range: string, allowed: string[]): Promise<void> {
    await withRetry(this.run, async (ctx) => {
      const check = protectionOf(ctx, [sheet]);
      await ctx.sync();
      check();
      const r = ctx.workbook.worksheets.getItem(sheet).getRange(range);
      r.dataValidation.clear();
      r.dataValidation.rule = { list: { inCellDropDown: true, source: allowed.join(',') } };
      r.dataValidation.errorAlert = { showAlert: true, style: 'Stop', title: '', message: allowed.join(', ') };
      await ctx.sync();
    });
  }

  /** Our conditional formats replaced by new ones: one per run of adjacent cells, at most MAX_HIGHLIGHTS. */
  async highlight(cells: { sheet: string; cell: string; severity: Severity }[]): Promise<void> {
    await withRetry(this.run, async (ctx) => {
      await this.clearIn(
        ctx,
        cells.map((c) => c.sheet),
      );
      for (const run of highlightRuns(cells)) {
        const cf = ctx.workbook.worksheets.getItem(run.sheet).getRange(run.range).conditionalFormats.add('Custom');
        cf.custom.rule.formula = HIGHLIGHT_FORMULA;
        cf.custom.format.fill.color = HIGHLIGHT_FILL[run.severity];
      }
      await ctx.sync();
    });
  }

  async clearHighlights(): Promise<void> {
    await withRetry(this.run, async (ctx) => {
      await this.clearIn(ctx, []);
      await ctx.sync();
    });
  }

  /** Queues the deletion of our conditional formats (three syncs to find them); a protected sheet that has some, or that is to be highlighted, stops it first. */
  private async clearIn(ctx: Excel.RequestContext, toHighlight: string[]): Promise<void> {
    const sheets = ctx.workbook.worksheets;
    sheets.load('items/name');
    await ctx.sync();
    const each = sheets.items.map((ws) => {
      const c = ws.getRange().conditionalFormats;
      c.load('items/type');
      const p = ws.protection;
      p.load('protected');
      return { ws, c, p };
    });
    await ctx.sync();
    const customs = each.flatMap(({ ws, c, p }) => c.items.filter((cf) => cf.type === 'Custom').map((cf) => ({ cf, ws, p })));
    for (const { cf } of customs) cf.custom.rule.load('formula');
    await ctx.sync();
    const ours = customs.filter(({ cf }) => cf.custom.rule.formula === HIGHLIGHT_FORMULA);
    const blocked = each.find(({ ws, p }) => p.protected && (toHighlight.includes(ws.name) || ours.some((o) => o.ws === ws)));
    if (blocked) throw new HostError('sheet_protected', blocked.ws.name);
    for (const { cf } of ours) cf.delete();
  }

  async writeOutputs(out: OutputSheets): Promise<{ statistics: string; report: string }> {
    const { settings } = await this.current();
    return withRetry(this.run, (ctx) => replaceOutputsIn(ctx, out, settings.ownedSheets));
  }

  async addNewPeriodSheet(sheet: NewPeriodSheet): Promise<string> {
    return withRetry(this.run, (ctx) => addNewPeriodSheetIn(ctx, sheet));
  }

  async loadSettings(): Promise<{ settings: Settings; notice: string | null }> {
    const loaded = await this.current();
    this.seen = loaded.settings;
    return loaded;
  }

  /**
   * Saves only what the caller changed since it last loaded or saved, over the workbook's current
   * settings: a stale copy (the pane's, while the ribbon or a co-author saved) overwrites nothing
   * else. The list of sheets earlier versions owned is kept as the workbook has it.
   */
  async saveSettings(settings: Settings): Promise<void> {
    const { settings: now } = await this.current();
    const base = (this.seen ?? now) as Record<string, unknown>;
    const merged: Record<string, unknown> = { ...now };
    for (const [k, v] of Object.entries(settings)) if (JSON.stringify(v) !== JSON.stringify(base[k])) merged[k] = v;
    merged.ownedSheets = now.ownedSheets;
    this.store.set(SETTINGS_KEY, JSON.stringify(merged));
    await this.store.save();
    this.seen = settings;
  }

  async onChanged(callback: () => void): Promise<() => void> {
    if (!this.caps.changeEvents) return () => undefined;
    return withRetry(this.run, async (ctx) => {
      const handler = ctx.workbook.worksheets.onChanged.add(async () => callback());
      await ctx.sync();
      // Removal must run in the context the handler was added in.
      return () =>
        this.run(async (c) => {
          handler.remove();
          await c.sync();
        }, handler.context).catch(() => undefined);
    });
  }
}
