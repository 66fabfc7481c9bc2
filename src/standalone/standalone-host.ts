import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { WorkbookGrid, cellText } from '../core/grid';
import { OutputSheets, freeSheetName } from '../report/sheets';
import { CellFix, FixOutcome, Host } from '../host/host';
import { cellAsRead } from '../host/cell-text';
import { Settings, readSettings } from '../host/settings';
import { readAddinSetting } from './addin-settings';
import { PaneMarks } from './marks';
import { NewSheet, PackagePatch, patchPackage } from './package';
import { OpenFailure, OpenPhase, StandaloneSession, XLSX_TYPE } from './session';
import { loadWorkbook, sheetToGrid, toCellValue } from '../xlsx/read';
import { WorkbookRefused } from '../xlsx/preflight';
import { sniffError } from '../xlsx/sniff';

export type OpenResult = { ok: true; host: StandaloneHost } | OpenFailure;

/**
 * The pane's host outside Excel: an .xlsx file held in the browser, read with exceljs. Selection
 * and highlights are shown in the pane, not written to the file. The download is the original
 * package with only the cells written, the status dropdown and the add-in's settings patched in
 * (see package.ts): parts exceljs does not know (pivots, charts, slicers) stay as they were.
 * In the pane it runs in a Web Worker behind a RemoteHost (remote-host.ts).
 */
export class StandaloneHost extends PaneMarks implements Host, StandaloneSession {
  readonly kind = 'standalone' as const;
  private settings: Settings | null = null;
  private settingsChanged = false;
  /** Cells written, by "sheet!cell", with the value they held in the file. */
  private readonly written = new Map<string, { sheet: string; cell: string; value: string; original: ExcelJS.CellValue }>();
  private readonly validations: PackagePatch['validations'] = [];
  /** The add-in's sheets written in this session: a new write replaces them. */
  private outputs: NewSheet[] = [];
  private ownIds: number[] = [];

  private constructor(
    private readonly workbook: ExcelJS.Workbook,
    readonly fileName: string,
    private readonly original: Uint8Array,
    /** The grid read at opening, handed to the first validation instead of being read again. */
    private opened: WorkbookGrid | null,
  ) {
    super();
  }

  static async open(data: ArrayBuffer, fileName: string, onPhase?: (phase: OpenPhase) => void): Promise<OpenResult> {
    const refused = sniffError(new Uint8Array(data));
    if (refused) return { ok: false, error: refused };
    let loaded: Awaited<ReturnType<typeof loadWorkbook>>;
    try {
      loaded = await loadWorkbook(data, { forWriting: true, onPhase });
    } catch (e) {
      return e instanceof WorkbookRefused ? { ok: false, error: e.error, params: e.params } : { ok: false, error: 'corrupt' };
    }
    if (loaded.workbook.worksheets.length === 0) return { ok: false, error: 'corrupt' };
    return { ok: true, host: new StandaloneHost(loaded.workbook, fileName, new Uint8Array(data.slice(0)), loaded.grid) };
  }

  async readWorkbook(): Promise<WorkbookGrid> {
    const opened = this.opened;
    this.opened = null;
    return opened ?? { sheets: this.workbook.worksheets.map((ws) => sheetToGrid(ws)) };
  }

  /** A cell's text as the pane shows it when the cell is selected; empty for a sheet not in the file. */
  textAt(sheet: string, cell: string): string {
    const ws = this.workbook.getWorksheet(sheet);
    return ws ? cellText(toCellValue(ws.getCell(cell).value)) : '';
  }

  async selectCell(sheet: string, cell: string): Promise<void> {
    this.select({ sheet, cell, value: this.textAt(sheet, cell) });
  }

  async applyFixes(fixes: CellFix[]): Promise<FixOutcome> {
    this.opened = null;
    const skipped: string[] = [];
    let applied = 0;
    for (const f of fixes) {
      const cell = this.workbook.getWorksheet(f.sheet)?.getCell(f.cell);
      if (!cell || cellAsRead(toCellValue(cell.value)) !== f.expected) {
        skipped.push(`${f.sheet}!${f.cell}`);
        continue;
      }
      const key = `${f.sheet}!${f.cell}`;
      const original = this.written.has(key) ? this.written.get(key)!.original : cell.value;
      if (cellAsRead(toCellValue(original)) === f.value) {
        // Back to what the file held: the file's own cell, not a copy of it, is downloaded.
        cell.value = original;
        this.written.delete(key);
      } else {
        cell.value = f.value;
        this.written.set(key, { sheet: f.sheet, cell: f.cell, value: f.value, original });
      }
      applied++;
    }
    return { applied, skipped };
  }

  async enforceStatuses(sheet: string, range: string, allowed: string[]): Promise<void> {
    const ws = this.workbook.getWorksheet(sheet);
    if (!ws) return;
    const validations = (ws as unknown as { dataValidations: { add(range: string, v: ExcelJS.DataValidation): void } }).dataValidations;
    validations.add(range, { type: 'list', allowBlank: true, formulae: [`"${allowed.join(',')}"`], showErrorMessage: true, error: allowed.join(', ') });
    this.validations.push({ sheet, range, allowed });
  }

  async writeOutputs(out: OutputSheets): Promise<{ statistics: string; report: string }> {
    this.opened = null;
    // Only the sheets written in this session are replaced: ids kept by another host name other sheets here.
    for (const id of this.ownIds) if (this.workbook.getWorksheet(id)) this.workbook.removeWorksheet(id);
    const taken = new Set(this.workbook.worksheets.map((w) => w.name.toLowerCase()));
    const stats = this.workbook.addWorksheet(freeSheetName(taken, out.statistics.name));
    stats.getCell('A1').value = out.statistics.title;
    stats.getCell('A1').font = { bold: true, size: 14 };
    stats.addTable({
      name: `APRStatistics${stats.id}`,
      ref: 'A3',
      headerRow: true,
      totalsRow: false,
      columns: out.statistics.header.map((name) => ({ name })),
      rows: out.statistics.rows.map((r) => r.map((v) => (v === null ? '' : v))),
    });
    for (const c of out.statistics.percentColumns) stats.getColumn(c + 1).numFmt = '0.0%';
    stats.getColumn(1).width = 60;
    const report = this.workbook.addWorksheet(freeSheetName(taken, out.report.name));
    report.getColumn(1).width = 120;
    report.addRow([out.report.title]).font = { bold: true, size: 14 };
    report.addRow([]);
    for (let i = 0; i < out.report.lines.length; i++) {
      const heading = /^=+$/.test(out.report.lines[i + 1] ?? '');
      const row = report.addRow([out.report.lines[i]]);
      row.alignment = { wrapText: true, vertical: 'top' };
      if (heading) {
        row.font = { bold: true };
        i++;
      }
    }
    this.ownIds = [stats.id, report.id];
    this.outputs = [
      {
        name: stats.name,
        rows: [[out.statistics.title], [], out.statistics.header, ...out.statistics.rows],
        widths: [60],
      },
      { name: report.name, rows: [[out.report.title], [], ...out.report.lines.filter((l) => !/^=+$/.test(l)).map((l) => [l])], widths: [120] },
    ];
    return { statistics: stats.name, report: report.name };
  }

  /** The settings the file carries where Excel keeps them; read once, then as saved. */
  async loadSettings(): Promise<{ settings: Settings; notice: string | null }> {
    if (this.settings) return { settings: this.settings, notice: null };
    let stored: unknown;
    try {
      stored = await readAddinSetting(await JSZip.loadAsync(this.original));
    } catch {
      stored = undefined;
    }
    const { settings, notice } = readSettings(stored);
    this.settings = settings;
    return { settings, notice };
  }

  async saveSettings(settings: Settings): Promise<void> {
    this.settings = settings;
    this.settingsChanged = true;
  }

  /** The cells written so far and their new text, in the order first written. */
  changes(): { sheet: string; cell: string; value: string }[] {
    return [...this.written.values()].map(({ sheet, cell, value }) => ({ sheet, cell, value }));
  }

  async onChanged(): Promise<() => void> {
    return () => undefined;
  }

  close(): void {}

  /** The original file with exactly the changes made here. */
  async downloadBytes(): Promise<Uint8Array> {
    return patchPackage(this.original, {
      cells: this.changes(),
      validations: this.validations,
      newSheets: this.outputs,
      settings: this.settingsChanged && this.settings ? JSON.stringify(this.settings) : null,
    });
  }

  async download(): Promise<Blob> {
    const bytes = await this.downloadBytes();
    return new Blob([bytes as BlobPart], { type: XLSX_TYPE });
  }
}
