import { Analysis, AnalyzeOptions, analyzeWorkbook } from '../core/analyze';
import { Comparison, compareAnalyses } from '../core/compare';
import { sortFindings } from '../core/findings';
import { fileErrorMessage } from '../core/messages';
import { Lang } from '../core/status';
import { loadReportFile } from './load-report';

export type PreviousRead = { ok: true; analysis: Analysis } | { ok: false; error: { code: string; message: string } };

/**
 * The previous period's report, read with the current one's allowed states and language; its sheet,
 * period and plan year are its own (the options naming them are about the current file).
 */
export async function readPrevious(path: string, options: AnalyzeOptions, lang: Lang): Promise<PreviousRead> {
  const loaded = await loadReportFile(path);
  if (!loaded.ok) return { ok: false, error: { code: loaded.error, message: fileErrorMessage(lang, loaded.error, loaded.params) } };
  const analysis = analyzeWorkbook(loaded.grid, { allowedStates: options.allowedStates, lang: options.lang });
  if (analysis.findings.some((f) => f.code === 'header_not_found' || f.code === 'sheet_not_found'))
    return { ok: false, error: { code: 'no_plan', message: fileErrorMessage(lang, 'no_plan') } };
  return { ok: true, analysis };
}

/** The current analysis with the comparison's findings among its own. */
export function withComparison(current: Analysis, previous: Analysis): { analysis: Analysis; comparison: Comparison } {
  const comparison = compareAnalyses(previous, current);
  return { analysis: { ...current, findings: sortFindings([...current.findings, ...comparison.findings]) }, comparison };
}
