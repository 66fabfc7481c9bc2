import { Analysis } from '../core/analyze';
import { formatPercent, formatPeriod } from '../core/format';
import { cellText } from '../core/grid';
import { AnalyzedRow } from '../core/interpret';
import { stateLabel, ui } from '../core/messages';
import { hasObjectives } from '../core/narrative/context';
import { looksLikeCode } from '../core/responsible';
import { Lang, STATES, State, matchLeadingStatus } from '../core/status';
import { splitTitleBlock } from './title-block';

/** Everything a report shows, as text: the same for Markdown, plain text and Word. */
export interface ReportModel {
  lang: Lang;
  title: string;
  /** The title block's lines after the title (institution, period, date) joined by " · ", as the template wrote them. */
  subtitle: string;
  /** The same lines, one per paragraph, for Word. */
  titleLines: string[];
  /** The reporting period, for the page footer ("" when unknown). */
  period: string;
  /** The narrative after its title block. */
  narrative: string;
  labels: {
    narrative: string;
    actionsTable: string;
    statsTable: string;
    abbreviations: string;
    page: string;
    columns: string[];
    statsColumns: string[];
  };
  groups: { title: string; rows: string[][] }[];
  stats: string[][];
  /** The abbreviations the responsible cells use, code and name, in the list's order. */
  abbreviations: [string, string][];
}

/**
 * The status and description columns: the status phrase with its qualifiers ("În proces de
 * realizare (activitate continuă)") and the narrative, each once. From a combined status /
 * description cell the phrase goes to the status and the rest (already the row's description) to
 * the description; text typed after the phrase in a status column of its own leads the description.
 */
export function statusAndDescription(r: AnalyzedRow, combined: boolean): [string, string] {
  const m = matchLeadingStatus(r.statusText);
  if (!m) return combined ? ['', r.description] : [r.statusText.trim(), r.description];
  const phrase = r.statusText
    .slice(0, m.end)
    .replace(/[\s.,;:–-]+$/, '')
    .trim();
  const rest = combined ? '' : r.statusText.slice(m.end).trim();
  return [phrase, [rest, r.description].filter(Boolean).join('\n')];
}

function usedAbbreviations(a: Analysis): [string, string][] {
  if (!a.abbreviations) return [];
  const used = new Set(a.rows.flatMap((r) => r.responsibleUnits.filter(looksLikeCode)));
  return [...a.abbreviations].filter(([code]) => used.has(code));
}

export function buildReportModel(a: Analysis, narrative: string, lang: Lang): ReportModel {
  const states = ([...STATES, 'unknown'] as (State | 'unknown')[]).filter((s) => a.stats.total.byState[s] > 0);
  const combined = a.layout ? a.layout.columns.status === undefined && a.layout.columns.status_description !== undefined : false;
  const groups: ReportModel['groups'] = [];
  // Without objective headings the actions make one untitled group and there is no per-objective table.
  const byObjective = hasObjectives(a);
  for (const r of a.rows) {
    const title = byObjective ? (r.objective?.title ?? ui(lang, 'no_objective')) : '';
    let g = groups[groups.length - 1];
    if (!g || g.title !== title) groups.push((g = { title, rows: [] }));
    const deadline = cellText(r.deadline);
    g.rows.push([r.id ?? '', r.parent ? `${r.parent.title} — ${r.action}` : r.action, r.responsible, deadline, ...statusAndDescription(r, combined)]);
  }
  const statRow = (label: string, s: (typeof a.stats.objectives)[number]) => [
    label,
    String(s.rows),
    ...states.map((st) => String(s.byState[st])),
    formatPercent(s.completionRate, lang),
    String(s.due),
    String(s.overdue),
  ];
  const block = splitTitleBlock(narrative);
  return {
    lang,
    title: block.title ?? (a.title || ui(lang, 'report_title')),
    subtitle: block.lines.join(' · '),
    titleLines: block.lines,
    period: formatPeriod(a.period, lang),
    narrative: block.body,
    labels: {
      narrative: ui(lang, 'narrative'),
      actionsTable: ui(lang, 'actions_table'),
      statsTable: ui(lang, 'stats_by_objective'),
      abbreviations: ui(lang, 'abbreviations'),
      page: ui(lang, 'page_of'),
      columns: [
        ui(lang, 'col_id'),
        ui(lang, 'col_action'),
        ui(lang, 'col_responsible'),
        ui(lang, 'col_deadline'),
        ui(lang, 'col_status'),
        ui(lang, 'col_narrative'),
      ],
      statsColumns: [
        ui(lang, 'objective'),
        ui(lang, 'rows'),
        ...states.map((s) => stateLabel(lang, s)),
        ui(lang, 'completion'),
        ui(lang, 'due'),
        ui(lang, 'overdue'),
      ],
    },
    groups,
    stats: byObjective ? [...a.stats.objectives.map((o) => statRow(o.title || ui(lang, 'no_objective'), o)), statRow(ui(lang, 'total'), a.stats.total)] : [],
    abbreviations: usedAbbreviations(a),
  };
}
