import ExcelJS from 'exceljs';
import { CellValue, WorkbookGrid, cellText } from '../core/grid';
import { Severity } from '../core/findings';
import { FileError } from '../core/messages/catalog';
import { OutputSheets, freeSheetName } from '../report/sheets';
import { CellFix, FixOutcome, Host } from '../host/host';
import { Settings, defaultSettings } from '../host/settings';
import { loadWorkbook, sheetToGrid, toCellValue } from '../xlsx/read';
import { WorkbookRefused } from '../xlsx/preflight';
import { sniff } from '../xlsx/sniff';

export type OpenResult = { ok: true; host: StandaloneHost } | { ok: false; error: FileError; params?: Record<string, string | number> };

/**
 * The pane's host outside Excel: an .xlsx file held in the browser with exceljs. Selection and
 * highlights are shown in the pane, not written to the file; fixes, the status dropdown and the
 * add-in's sheets are, and the workbook can be downloaded.
 */
export class StandaloneHost implements Host {
  readonly kind = 'standalone' as const;
  selected: { sheet: string; cell: string; value: string } | null = null;
  highlighted: { sheet: string; cell: string; severity: Severity }[] = [];
  private settings: Settings = defaultSettings();
  private listeners = new Set<() => void>();

  private constructor(
    private readonly workbook: ExcelJS.Workbook,
    readonly fileName: string,
  ) {}

  static async open(data: ArrayBuffer, fileName: string): Promise<OpenResult> {
    const kind = sniff(new Uint8Array(data));
    if (kind !== 'zip')
      return { ok: false, error: kind === 'empty' ? 'empty' : kind === 'legacy_xls' ? 'legacy_xls' : kind === 'encrypted_ooxml' ? 'encrypted' : 'not_xlsx' };
    let workbook: ExcelJS.Workbook;
    try {
      workbook = (await loadWorkbook(data, { forWriting: true })).workbook;
    } catch (e) {
      return e instanceof WorkbookRefused ? { ok: false, error: e.error, params: e.params } : { ok: false, error: 'corrupt' };
    }
    if (workbook.worksheets.length === 0) return { ok: false, error: 'corrupt' };
    return { ok: true, host: new StandaloneHost(workbook, fileName) };
  }

  /** Tells the pane that the selection or highlights changed. */
  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private notify() {
    for (const l of this.listeners) l();
  }

  async readWorkbook(): Promise<WorkbookGrid> {
    return { sheets: this.workbook.worksheets.map((ws) => sheetToGrid(ws)) };
  }

  async selectCell(sheet: string, cell: string): Promise<void> {
    const ws = this.workbook.getWorksheet(sheet);
    this.selected = { sheet, cell, value: ws ? cellText(toCellValue(ws.getCell(cell).value)) : '' };
    this.notify();
  }

  async applyFixes(fixes: CellFix[]): Promise<FixOutcome> {
    const skipped: string[] = [];
    let applied = 0;
    for (const f of fixes) {
      const cell = this.workbook.getWorksheet(f.sheet)?.getCell(f.cell);
      const current: CellValue = cell ? toCellValue(cell.value) : null;
      if (!cell || cellText(current) !== f.expected) {
        skipped.push(`${f.sheet}!${f.cell}`);
        continue;
      }
      cell.value = f.value;
      applied++;
    }
    return { applied, skipped };
  }

  async enforceStatuses(sheet: string, range: string, allowed: string[]): Promise<void> {
    const ws = this.workbook.getWorksheet(sheet);
    if (!ws) return;
    const validations = (ws as unknown as { dataValidations: { add(range: string, v: ExcelJS.DataValidation): void } }).dataValidations;
    validations.add(range, { type: 'list', allowBlank: true, formulae: [`"${allowed.join(',')}"`], showErrorMessage: true, error: allowed.join(', ') });
  }

  async highlight(cells: { sheet: string; cell: string; severity: Severity }[]): Promise<void> {
    this.highlighted = cells;
    this.notify();
  }

  async clearHighlights(): Promise<void> {
    this.highlighted = [];
    this.notify();
  }

  async writeOutputs(out: OutputSheets): Promise<{ statistics: string; report: string }> {
    for (const id of this.settings.ownedSheets) {
      const ws = this.workbook.worksheets.find((w) => String(w.id) === id);
      if (ws) this.workbook.removeWorksheet(ws.id);
    }
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
    this.settings = { ...this.settings, ownedSheets: [String(stats.id), String(report.id)] };
    return { statistics: stats.name, report: report.name };
  }

  async loadSettings(): Promise<{ settings: Settings; notice: string | null }> {
    return { settings: this.settings, notice: null };
  }

  async saveSettings(settings: Settings): Promise<void> {
    this.settings = settings;
  }

  async onChanged(): Promise<() => void> {
    return () => undefined;
  }

  async download(): Promise<Blob> {
    const buffer = await this.workbook.xlsx.writeBuffer();
    return new Blob([buffer], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' });
  }
}
