import { Analysis } from '../core/analyze';
import { Comparison, storedPeriod } from '../core/compare';
import { sortFindings } from '../core/findings';
import { formatPeriod } from '../core/format';
import { comparePane } from '../core/messages/compare-pane';
import { writeNarrative } from '../core/narrative';
import { Lang } from '../core/status';
import { OutputSheets, buildOutputSheets } from '../report/sheets';
import { validate } from './commands';
import { Host } from './host';
import { keptComparison } from './kept-comparison';
import { fromSetting } from './previous-setting';
import { Settings } from './settings';

export interface GenerateOutcome {
  analysis: Analysis;
  sheets: { statistics: string; report: string } | null;
  templateIssues: number;
  /**
   * The previous report kept with the workbook: compared with (its changes among the findings, in
   * the narrative and the statistics), or not because it is not of an earlier period.
   */
  previous: { file: string; period: string; compared: boolean; changes: number } | null;
}

/** The statistics with the previous report's completion beside this one's, per objective and in total. */
export function withCompletionBefore(out: OutputSheets, analysis: Analysis, c: Comparison, lang: Lang): OutputSheets {
  const before = new Map(c.objectives.map((o) => [o.key, o.completionBefore]));
  const keys = analysis.stats.objectives.map((o) => o.key);
  const s = out.statistics;
  return {
    ...out,
    statistics: {
      ...s,
      header: [...s.header, comparePane(lang, 'completion_before')],
      rows: s.rows.map((row, i) => [...row, i < keys.length ? (before.get(keys[i]) ?? null) : c.total.completionBefore]),
      percentColumns: [...s.percentColumns, s.header.length],
    },
  };
}

/**
 * Validates, then writes the statistics and report sheets (the ribbon's one click). With a previous
 * report kept in the settings, and of an earlier period, the comparison's findings join the
 * analysis and the narrative and statistics say what changed since.
 */
export async function generateReport(host: Host, s: Settings, lang: Lang): Promise<GenerateOutcome> {
  let analysis = await validate(host, s, lang);
  if (!analysis.layout) return { analysis, sheets: null, templateIssues: 0, previous: null };
  // The report's own language, else the workbook's; the caller's (the interface's) is for what it says of it.
  const reportLang = s.reportLang ?? analysis.lang;
  const stored = s.previous ? fromSetting(s.previous) : null;
  const kept = keptComparison(analysis, s, reportLang);
  const comparison = kept?.comparison ?? null;
  const vars = kept?.vars ?? null;
  if (comparison) analysis = { ...analysis, findings: sortFindings([...analysis.findings, ...comparison.findings]) };
  let narrative = writeNarrative(analysis, reportLang, s.template ?? undefined, {}, vars);
  let templateIssues = 0;
  if (!narrative.ok) {
    templateIssues = narrative.issues.length;
    narrative = writeNarrative(analysis, reportLang, undefined, {}, vars);
  }
  let out = buildOutputSheets(analysis, narrative.ok ? narrative.text : '', reportLang);
  if (comparison) out = withCompletionBefore(out, analysis, comparison, reportLang);
  const sheets = await host.writeOutputs(out);
  const previous = stored
    ? {
        file: stored.file,
        period: formatPeriod(storedPeriod(stored), lang),
        compared: comparison !== null,
        changes: comparison?.findings.length ?? 0,
      }
    : null;
  return { analysis, sheets, templateIssues, previous };
}
