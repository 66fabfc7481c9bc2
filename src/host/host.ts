import { WorkbookGrid } from '../core/grid';
import { pane } from '../core/messages/pane';
import { Lang } from '../core/status';
import { Severity } from '../core/findings';
import { OutputSheets } from '../report/sheets';
import type { NewPeriodSheet } from '../core/compare/new-period-sheet';
import { Settings } from './settings';

export interface ReadProgress {
  rowsRead: number;
  rowsTotal: number;
}

export interface CellFix {
  sheet: string;
  cell: string;
  /** The text the finding was made on; a cell that no longer holds it is not touched. */
  expected: string;
  value: string;
}

export interface FixOutcome {
  applied: number;
  /** Cells left alone because they changed since validation. */
  skipped: string[];
}

/** What the task pane asks of its host: Excel, or an .xlsx file in the browser (standalone). */
export interface Host {
  readonly kind: 'excel' | 'standalone';
  readWorkbook(onProgress?: (p: ReadProgress) => void, signal?: AbortSignal): Promise<WorkbookGrid>;
  selectCell(sheet: string, cell: string): Promise<void>;
  applyFixes(fixes: CellFix[]): Promise<FixOutcome>;
  /** Dropdown validation with the allowed statuses on a column range ("G5:G43"). */
  enforceStatuses(sheet: string, range: string, allowed: string[]): Promise<void>;
  highlight(cells: { sheet: string; cell: string; severity: Severity }[]): Promise<void>;
  clearHighlights(): Promise<void>;
  /** Writes (or replaces) the add-in's own statistics and report sheets. */
  writeOutputs(out: OutputSheets): Promise<{ statistics: string; report: string }>;
  /** Adds the next period's sheet to the workbook (Excel); returns its name. Absent: the pane offers an .xlsx instead. */
  addNewPeriodSheet?(sheet: NewPeriodSheet): Promise<string>;
  loadSettings(): Promise<{ settings: Settings; notice: string | null }>;
  saveSettings(settings: Settings): Promise<void>;
  /** Calls back when the user edits the workbook; returns the unsubscribe. */
  onChanged(callback: () => void): Promise<() => void>;
}

export type HostErrorCode = 'cell_edit_mode' | 'excel_error' | 'cancelled' | 'sheet_protected' | 'workbook_protected';

/** A failure the user can act on; for sheet_protected the detail is the sheet's name. */
export class HostError extends Error {
  constructor(
    readonly code: HostErrorCode,
    detail: string,
  ) {
    super(detail);
  }
}

/** What to tell the user about a failed host operation, in their language. */
export function hostErrorText(lang: Lang, e: unknown): string {
  if (!(e instanceof HostError)) return pane(lang, 'excel_error', { detail: String((e as Error)?.message ?? e) });
  switch (e.code) {
    case 'cancelled':
    case 'cell_edit_mode':
    case 'workbook_protected':
      return pane(lang, e.code);
    case 'sheet_protected':
      return pane(lang, 'sheet_protected', { sheet: e.message });
    default:
      return pane(lang, 'excel_error', { detail: e.message });
  }
}
