import { Analysis } from '../core/analyze';
import { Comparison, ComparisonVars, compareAnalyses, comparisonVars, previousFromStored, storedIsEarlier, storedPeriod } from '../core/compare';
import { Lang } from '../core/status';
import { fromSetting } from './previous-setting';
import { Settings } from './settings';

/**
 * The comparison with the previous report kept in the settings, when there is one and it is of an
 * earlier period than this analysis: what the report (pane and ribbon) says changed since.
 */
export function keptComparison(analysis: Analysis, s: Settings, lang: Lang): { comparison: Comparison; vars: ComparisonVars } | null {
  if (!s.previous) return null;
  const stored = fromSetting(s.previous);
  if (!storedIsEarlier(stored, analysis.period)) return null;
  const comparison = compareAnalyses(previousFromStored(stored), analysis, stored.overrides);
  return { comparison, vars: comparisonVars(comparison, storedPeriod(stored), lang) };
}
