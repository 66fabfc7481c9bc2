import { Analysis } from '../core/analyze';
import { Comparison } from '../core/compare';
import { formatPercent, formatPeriod } from '../core/format';
import { counts, ui } from '../core/messages';
import { Lang } from '../core/status';

/** The comparison after a file's check: counts, then completion per objective then and now. */
export function renderComparison(previousFile: string, previous: Analysis, c: Comparison, lang: Lang): string {
  const head = [ui(lang, 'objective'), ui(lang, 'completion_before'), ui(lang, 'completion_now')];
  const rows = c.objectives.map((o) => [
    o.title || o.key || ui(lang, 'no_objective'),
    formatPercent(o.completionBefore, lang),
    formatPercent(o.completionNow, lang),
  ]);
  const first = Math.min(60, Math.max(head[0].length, ...rows.map((r) => r[0].length)));
  const clip = (s: string) => (s.length > first ? `${s.slice(0, first - 1)}…` : s);
  const line = (r: string[]) => [clip(r[0]).padEnd(first), r[1].padStart(head[1].length), r[2].padStart(head[2].length)].join('  ');
  return [
    ui(lang, 'comparison'),
    // What the previous report's reading met (ids not found, statuses not understood) bears on the pairing.
    `${ui(lang, 'compared_with', { file: previousFile, period: formatPeriod(previous.period, lang) || ui(lang, 'period_unknown') })} · ${counts(lang, [
      ['action', previous.rows.length],
      ['error', previous.findings.filter((f) => f.severity === 'error').length],
    ])}`,
    ui(lang, 'comparison_counts', { matched: c.rows.length, added: c.added.length, dropped: c.dropped.length }),
    '',
    line(head),
    ...rows.map(line),
    '',
  ].join('\n');
}
