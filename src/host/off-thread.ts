import { AnalyzeOptions, Analysis, analyzeWorkbook } from '../core/analyze';
import { WorkbookGrid } from '../core/grid';

export type Analyzer = (grid: WorkbookGrid, options: AnalyzeOptions, signal?: AbortSignal) => Promise<Analysis>;

/** In the same thread: for Node (command line, tests) and where Workers are missing. */
export const analyzeHere: Analyzer = async (grid, options) => analyzeWorkbook(grid, options);
