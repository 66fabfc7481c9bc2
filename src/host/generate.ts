import { Analysis } from '../core/analyze';
import { writeNarrative } from '../core/narrative';
import { Lang } from '../core/status';
import { buildOutputSheets } from '../report/sheets';
import { validate } from './commands';
import { Host } from './host';
import { Settings } from './settings';

export interface GenerateOutcome {
  analysis: Analysis;
  sheets: { statistics: string; report: string } | null;
  templateIssues: number;
}

/** Validates, then writes the statistics and report sheets (the ribbon's one click). */
export async function generateReport(host: Host, s: Settings, lang: Lang): Promise<GenerateOutcome> {
  const analysis = await validate(host, s, lang);
  if (!analysis.layout) return { analysis, sheets: null, templateIssues: 0 };
  lang = s.reportLang ?? analysis.lang; // the report's own language, else the workbook's; the caller's is the interface's
  let narrative = writeNarrative(analysis, lang, s.template ?? undefined);
  let templateIssues = 0;
  if (!narrative.ok) {
    templateIssues = narrative.issues.length;
    narrative = writeNarrative(analysis, lang);
  }
  const sheets = await host.writeOutputs(buildOutputSheets(analysis, narrative.ok ? narrative.text : '', lang));
  return { analysis, sheets, templateIssues };
}
