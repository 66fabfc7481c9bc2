import { Card, ProgressBar, Radio, RadioGroup, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { Analysis } from '../../core/analyze';
import { formatPercent } from '../../core/format';
import { stateLabel, ui } from '../../core/messages';
import { pane } from '../../core/messages/pane';
import { Lang, STATES, State } from '../../core/status';
import { GroupStats } from '../../core/stats';
import { registerAllLangs } from '../../core/messages/all-langs';

registerAllLangs();

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  list: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, margin: 0, padding: 0, listStyleType: 'none' },
  line: { display: 'flex', justifyContent: 'space-between', gap: tokens.spacingHorizontalS },
  states: { color: tokens.colorNeutralForeground2 },
});

type By = 'objectives' | 'areas' | 'responsible';
const LABEL: Record<By, 'by_objective' | 'by_area' | 'by_responsible'> = { objectives: 'by_objective', areas: 'by_area', responsible: 'by_responsible' };

/** One card per group: name, completion bar, counts per state, due and overdue. Fits a narrow pane. */
export function StatsView({ analysis, lang }: { analysis: Analysis | null; lang: Lang }) {
  const styles = useStyles();
  const [by, setBy] = useState<By>('objectives');
  if (!analysis) return <Text>{pane(lang, 'not_validated')}</Text>;
  const states = ([...STATES, 'unknown'] as (State | 'unknown')[]).filter((s) => analysis.stats.total.byState[s] > 0);
  const card = (g: GroupStats, name: string, total = false) => {
    const completion = formatPercent(g.completionRate, lang);
    return (
      <li key={`${total ? 'total' : g.key}-${name}`}>
        <Card size="small" appearance={total ? 'filled-alternative' : 'outline'}>
          <Text weight="semibold">{name}</Text>
          <div className={styles.line}>
            <Text>
              {ui(lang, 'rows')}: {g.rows}
            </Text>
            <Text weight="semibold">
              {ui(lang, 'completion')}: {completion}
            </Text>
          </div>
          <ProgressBar value={g.completionRate ?? 0} thickness="large" aria-label={`${name}: ${pane(lang, 'completion_of', { value: completion })}`} />
          <Text size={200} className={styles.states}>
            {states.filter((s) => g.byState[s] > 0).map((s) => `${stateLabel(lang, s)} ${g.byState[s]}`).join(' · ')}
          </Text>
          <Text size={200}>
            {ui(lang, 'due')}: {g.due} · {ui(lang, 'done_among_due')}: {g.doneAmongDue} · {ui(lang, 'overdue')}: {g.overdue}
          </Text>
        </Card>
      </li>
    );
  };
  return (
    <section className={styles.root} aria-label={pane(lang, 'tab_statistics')}>
      <RadioGroup layout="horizontal" value={by} onChange={(_, d) => setBy(d.value as By)} aria-label={pane(lang, 'group_by')}>
        {(Object.keys(LABEL) as By[]).map((b) => (
          <Radio key={b} value={b} label={pane(lang, LABEL[b])} />
        ))}
      </RadioGroup>
      {by === 'areas' && analysis.stats.areas.length === 0 && <Text>{pane(lang, 'no_areas')}</Text>}
      <ul className={styles.list} aria-label={pane(lang, LABEL[by])}>
        {analysis.stats[by].map((g) => card(g, g.title || g.key || ui(lang, 'no_objective')))}
        {card(analysis.stats.total, ui(lang, 'total'), true)}
      </ul>
    </section>
  );
}
