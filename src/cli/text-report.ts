import { Analysis } from '../core/analyze';
import { Finding, SEVERITIES, Severity, isReadingFinding } from '../core/findings';
import { formatDate, formatPercent, formatPeriod } from '../core/format';
import { counts, findingMessage, stateLabel, ui } from '../core/messages';
import { Lang, STATES, State } from '../core/status';
import { oneLine } from '../report/inert';
import { qualified } from '../core/sheet-context';
import { GroupStats } from '../core/stats';
import { renderReading, renderSheets, sheetsRead } from './explain';

const HEADING: Record<Severity, 'errors' | 'warnings' | 'infos'> = { error: 'errors', warning: 'warnings', info: 'infos' };

function clip(s: string, n: number): string {
  const one = oneLine(s).replace(/\s+/g, ' ').trim();
  return one.length > n ? `${one.slice(0, n - 1)}…` : one;
}

function findingLine(f: Finding, lang: Lang, several: boolean): string {
  const fix = f.suggestion !== undefined ? `  → ${ui(lang, 'fix')}: ${clip(f.suggestion, 60)}` : '';
  const cell = several ? oneLine(qualified(f.sheet, f.cell)) : f.cell;
  return `  ${cell.padEnd(6)} ${oneLine(f.rowId ?? '').padEnd(7)} ${oneLine(findingMessage(f, lang, { cli: true }))}${fix}  [${f.code}]`;
}

/** The findings by section: the reading's own doubts first, then errors, warnings, notes. Over several sheets each cell names its sheet. */
export function renderFindings(findings: Finding[], lang: Lang, several = false): string[] {
  if (findings.length === 0) return [ui(lang, 'no_findings')];
  const lines: string[] = [];
  const sections: [string, Finding[]][] = [
    [ui(lang, 'reading_findings'), findings.filter(isReadingFinding)],
    ...SEVERITIES.map((sev): [string, Finding[]] => [ui(lang, HEADING[sev]), findings.filter((f) => f.severity === sev && !isReadingFinding(f))]),
  ];
  for (const [heading, list] of sections) {
    if (!list.length) continue;
    lines.push(`${heading} (${list.length})`);
    for (const f of list) lines.push(findingLine(f, lang, several));
    lines.push('');
  }
  return lines;
}

export function renderTable(title: string, groups: GroupStats[], total: GroupStats | null, lang: Lang, label: (g: GroupStats) => string): string[] {
  const states: (State | 'unknown')[] = [...STATES, 'unknown'].filter((s) => groups.some((g) => g.byState[s as State | 'unknown'] > 0)) as (
    State | 'unknown'
  )[];
  const head = [ui(lang, 'rows'), ...states.map((s) => stateLabel(lang, s)), ui(lang, 'completion'), ui(lang, 'started'), ui(lang, 'due'), ui(lang, 'overdue')];
  const rows = [...groups, ...(total ? [total] : [])].map((g) => [
    g === total ? ui(lang, 'total') : label(g),
    String(g.rows),
    ...states.map((s) => String(g.byState[s])),
    formatPercent(g.completionRate, lang),
    formatPercent(g.startedRate, lang),
    String(g.due),
    String(g.overdue),
  ]);
  const first = Math.min(48, Math.max(12, ...rows.map((r) => r[0].length)));
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i + 1].length)));
  const line = (cells: string[]) => [clip(cells[0], first).padEnd(first), ...cells.slice(1).map((c, i) => c.padStart(widths[i]))].join('  ');
  return [title, line(['', ...head]), ...rows.map(line), ''];
}

export function renderAnalysis(file: string, a: Analysis, lang: Lang, explain = false): string {
  const period = a.period
    ? `${formatPeriod(a.period, lang)} (${formatDate(a.period.start, lang)} – ${formatDate(a.period.end, lang)})`
    : ui(lang, 'period_unknown');
  const errors = a.findings.filter((f) => f.severity === 'error').length;
  const warnings = a.findings.filter((f) => f.severity === 'warning').length;
  const lines = [
    `${ui(lang, 'file')}: ${oneLine(file)}`,
    `${ui(lang, 'sheet')}: ${oneLine(sheetsRead(a))} · ${ui(lang, 'period')}: ${period}`,
    counts(lang, [
      ['action', a.rows.length],
      ['error', errors],
      ['warning', warnings],
    ]),
    '',
    ...(explain ? renderSheets(a, lang) : []),
    ...(explain && a.reading ? renderReading(a.reading, lang) : []),
    ...renderFindings(a.findings, lang, a.parts.length > 1),
  ];
  if (a.rows.length) {
    lines.push(...renderTable(ui(lang, 'objectives'), a.stats.objectives, a.stats.total, lang, (g) => (g.title ? g.title : ui(lang, 'no_objective'))));
  }
  return lines.join('\n');
}
