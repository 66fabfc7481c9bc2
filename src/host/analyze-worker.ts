/// <reference lib="webworker" />
// Runs the engine off the pane's UI thread: a 100,000-row plan does not freeze the pane.
import { AnalyzeOptions, analyzeWorkbook } from '../core/analyze';
import { WorkbookGrid } from '../core/grid';
import { registerAllLangs } from '../core/messages/all-langs';

registerAllLangs();

self.onmessage = (e: MessageEvent<{ grid: WorkbookGrid; options: AnalyzeOptions }>) => {
  try {
    self.postMessage({ ok: true, analysis: analyzeWorkbook(e.data.grid, e.data.options) });
  } catch (err) {
    self.postMessage({ ok: false, message: String((err as Error)?.message ?? err) });
  }
};
