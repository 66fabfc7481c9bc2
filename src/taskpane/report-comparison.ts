import { useSyncExternalStore } from 'react';
import { Analysis } from '../core/analyze';
import { Comparison, ComparisonVars, MatchOverrides, compareAnalyses, comparisonVars, storedPeriod } from '../core/compare';
import { formatPeriod } from '../core/format';
import { Lang } from '../core/status';
import { fromSetting } from '../host/previous-setting';
import { keptComparison } from '../host/kept-comparison';
import { Settings } from '../host/settings';

/** The previous report picked on the Compare tab (not yet kept with the workbook): the Report tab offers it too. */
export interface LoadedPrevious {
  name: string;
  analysis: Analysis;
  overrides: MatchOverrides;
}

let loaded: LoadedPrevious | null = null;
const listeners = new Set<() => void>();

export function setLoadedPrevious(p: LoadedPrevious | null): void {
  loaded = p;
  listeners.forEach((l) => l());
}

export function useLoadedPrevious(): LoadedPrevious | null {
  return useSyncExternalStore(
    (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    () => loaded,
  );
}

export interface ReportComparison {
  name: string;
  period: string;
  comparison: Comparison;
  vars: ComparisonVars;
}

/**
 * The comparison the report can include: the one picked on the Compare tab when it is of an
 * earlier period, else the one kept with the workbook (what the ribbon uses).
 */
export function reportComparison(analysis: Analysis, settings: Settings, picked: LoadedPrevious | null, lang: Lang): ReportComparison | null {
  if (!analysis.layout) return null;
  const p = picked?.analysis.period;
  if (picked && (!p || !analysis.period || p.end < analysis.period.end)) {
    const comparison = compareAnalyses(picked.analysis, analysis, picked.overrides);
    return { name: picked.name, period: formatPeriod(p ?? null, lang), comparison, vars: comparisonVars(comparison, p ?? null, lang) };
  }
  const kept = keptComparison(analysis, settings, lang);
  if (!kept || !settings.previous) return null;
  const stored = fromSetting(settings.previous);
  return { name: stored.file, period: formatPeriod(storedPeriod(stored), lang), ...kept };
}
