import { Analysis } from '../core/analyze';
import { formatPeriod } from '../core/format';
import { stateLabel, ui } from '../core/messages';
import { hasObjectives } from '../core/narrative/context';
import { Lang, STATES, State } from '../core/status';
import { narrativeToPlain } from './markdown';
import { splitTitleBlock } from './title-block';

const NAMES: Record<Lang, { statistics: string; report: string }> = {
  ro: { statistics: 'Statistici', report: 'Raport' },
  en: { statistics: 'Statistics', report: 'Report' },
  ru: { statistics: 'Статистика', report: 'Отчёт' },
};

/** The add-in's two sheets, as values: the host lays them out and formats them. */
export interface OutputSheets {
  statistics: {
    name: string;
    title: string;
    header: string[];
    /** One row per objective, then the total; rates as ratios (0–1) in percentColumns. */
    rows: (string | number | null)[][];
    percentColumns: number[];
  };
  report: { name: string; title: string; lines: string[] };
}

export function buildOutputSheets(a: Analysis, narrative: string, lang: Lang): OutputSheets {
  const states = ([...STATES, 'unknown'] as (State | 'unknown')[]).filter((s) => a.stats.total.byState[s] > 0);
  const header = [
    ui(lang, 'objective'),
    ui(lang, 'rows'),
    ...states.map((s) => stateLabel(lang, s)),
    ui(lang, 'completion'),
    ui(lang, 'started'),
    ui(lang, 'due'),
    ui(lang, 'done_among_due'),
    ui(lang, 'overdue'),
  ];
  const row = (label: string, g: Analysis['stats']['total']) => [
    label,
    g.rows,
    ...states.map((s) => g.byState[s]),
    g.completionRate,
    g.startedRate,
    g.due,
    g.doneAmongDue,
    g.overdue,
  ];
  const period = formatPeriod(a.period, lang);
  // The template's title block heads the sheet: its title, then its lines (institution, period, date).
  const block = splitTitleBlock(narrative);
  return {
    statistics: {
      name: NAMES[lang].statistics,
      title: [ui(lang, 'stats_by_objective'), period].filter(Boolean).join(' · '),
      header,
      // Without objectives the total is the one row (a "(no objective)" row would repeat it).
      rows: [...(hasObjectives(a) ? a.stats.objectives.map((o) => row(o.title || ui(lang, 'no_objective'), o)) : []), row(ui(lang, 'total'), a.stats.total)],
      percentColumns: [2 + states.length, 3 + states.length],
    },
    report: {
      name: NAMES[lang].report,
      title: block.title ?? [a.title || ui(lang, 'report_title'), period].filter(Boolean).join(' · '),
      lines: [...block.lines, ...(block.lines.length ? [''] : []), ...narrativeToPlain(block.body).split('\n')],
    },
  };
}

/** The first of "Name", "Name (2)", "Name (3)"… not taken (case-insensitively); the name is then taken. */
export function freeSheetName(taken: Set<string>, base: string): string {
  let name = base;
  for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${base} (${n})`;
  taken.add(name.toLowerCase());
  return name;
}
