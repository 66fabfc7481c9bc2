import type { AnalyzeOptions, Analysis } from '../core/analyze';
import { WorkbookGrid } from '../core/grid';

export type Analyzer = (grid: WorkbookGrid, options: AnalyzeOptions, signal?: AbortSignal) => Promise<Analysis>;

/**
 * In the same thread: for Node (command line, tests) and where Workers are missing. The engine is
 * loaded when first used, so that the task pane (which analyses in a Worker) does not carry it.
 */
export const analyzeHere: Analyzer = async (grid, options) => (await import(/* webpackChunkName: "engine" */ '../core/analyze')).analyzeWorkbook(grid, options);
