import { Analysis } from '../core/analyze';
import { formatDate, formatPercent, formatPeriod } from '../core/format';
import { cellText } from '../core/grid';
import { stateLabel, ui } from '../core/messages';
import { Lang, STATES, State } from '../core/status';

/** Everything a report shows, as text: the same for Markdown, plain text and Word. */
export interface ReportModel {
  lang: Lang;
  title: string;
  subtitle: string;
  narrative: string;
  labels: { narrative: string; actionsTable: string; statsTable: string; columns: string[]; statsColumns: string[] };
  groups: { title: string; rows: string[][] }[];
  stats: string[][];
}

export function buildReportModel(a: Analysis, narrative: string, lang: Lang): ReportModel {
  const states = ([...STATES, 'unknown'] as (State | 'unknown')[]).filter((s) => a.stats.total.byState[s] > 0);
  const groups: ReportModel['groups'] = [];
  for (const r of a.rows) {
    const title = r.objective?.title ?? ui(lang, 'no_objective');
    let g = groups[groups.length - 1];
    if (!g || g.title !== title) groups.push((g = { title, rows: [] }));
    const deadline = cellText(r.deadline);
    g.rows.push([r.id ?? '', r.parent ? `${r.parent.title} — ${r.action}` : r.action, r.responsible, deadline, r.statusText, r.description]);
  }
  const statRow = (label: string, s: (typeof a.stats.objectives)[number]) => [
    label,
    String(s.rows),
    ...states.map((st) => String(s.byState[st])),
    formatPercent(s.completionRate, lang),
    String(s.due),
    String(s.overdue),
  ];
  return {
    lang,
    title: a.title || ui(lang, 'report_title'),
    subtitle: [
      a.period ? `${formatPeriod(a.period, lang)} (${formatDate(a.period.start, lang)} – ${formatDate(a.period.end, lang)})` : '',
      ui(lang, 'generated_from', { sheet: a.sheet }),
    ]
      .filter(Boolean)
      .join(' · '),
    narrative,
    labels: {
      narrative: ui(lang, 'narrative'),
      actionsTable: ui(lang, 'actions_table'),
      statsTable: ui(lang, 'stats_by_objective'),
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
    stats: [...a.stats.objectives.map((o) => statRow(o.title || ui(lang, 'no_objective'), o)), statRow(ui(lang, 'total'), a.stats.total)],
  };
}
