import { Button, Caption1, Dropdown, Option, Text, makeStyles, tokens } from '@fluentui/react-components';
import { Analysis } from '../../core/analyze';
import { formatPeriod } from '../../core/format';
import { roleLabel, ui } from '../../core/messages';
import { PaneKey, pane } from '../../core/messages/pane';
import { evidenceText, periodSourceText, roleText, rowClassLabel } from '../../core/reading/describe';
import { ROLES, Role } from '../../core/roles';
import { Lang } from '../../core/status';
import { Settings } from '../../host/settings';
import { registerAllLangs } from '../../core/messages/all-langs';

registerAllLangs();

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  headings: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  columns: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  column: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  area: { marginLeft: tokens.spacingHorizontalL },
});

const AUTO = 'auto';

/** The officer's choice of role for one column (a letter), replacing whatever role that column or role had. */
export function chooseRole(columns: Settings['columns'], letter: string, role: Role | typeof AUTO): Settings['columns'] {
  const out: Settings['columns'] = {};
  for (const [r, l] of Object.entries(columns) as [Role, string][]) if (l !== letter && r !== role) out[r] = l;
  if (role !== AUTO) out[role] = letter;
  return out;
}

/** "How the sheet was read": each column's role with its evidence and confidence, the headings and the period, correctable in place. */
export function ReadingView({ analysis, settings, lang, onSave }: { analysis: Analysis | null; settings: Settings; lang: Lang; onSave: (s: Settings) => void }) {
  const styles = useStyles();
  const t = (k: PaneKey, params?: Record<string, string | number>) => pane(lang, k, params);
  const reading = analysis?.reading;
  if (!reading) return null;
  const chosen = new Map(Object.entries(settings.columns).map(([r, l]) => [l, r as Role]));
  const columns = reading.columns.filter((c) => c.header || c.role);

  return (
    <section className={styles.root} aria-labelledby="reading-title">
      <Text as="h2" id="reading-title" size={400} weight="semibold">
        {ui(lang, 'reading')}
      </Text>
      <Caption1>{ui(lang, 'header_row', { row: reading.headerRow, start: reading.dataStart })}</Caption1>
      <Caption1>{t('reading_help')}</Caption1>
      <ul className={styles.columns} aria-label={ui(lang, 'reading')}>
        {columns.map((c) => {
          const value = chosen.get(c.column) ?? AUTO;
          const evidence = [c.confidence !== null ? `${ui(lang, 'confidence')} ${Math.round(c.confidence * 100)}%` : '', evidenceText(c, lang)].filter(Boolean).join(' · ');
          return (
            <li key={c.column} className={styles.column}>
              <Text weight="semibold">
                {c.column} · {c.header || '—'}
              </Text>
              <Dropdown
                aria-label={t('reading_role_of', { column: c.column })}
                value={value === AUTO ? `${t('reading_auto')}: ${roleText(c, lang)}` : roleLabel(lang, value)}
                selectedOptions={[value]}
                onOptionSelect={(_, d) => {
                  if (d.optionValue && d.optionValue !== value) onSave({ ...settings, columns: chooseRole(settings.columns, c.column, d.optionValue as Role | typeof AUTO) });
                }}
              >
                <Option value={AUTO} text={t('reading_auto')}>
                  {t('reading_auto')}
                </Option>
                {ROLES.map((r) => (
                  <Option key={r} value={r} text={roleLabel(lang, r)}>
                    {roleLabel(lang, r)}
                  </Option>
                ))}
              </Dropdown>
              {evidence && <Caption1>{evidence}</Caption1>}
            </li>
          );
        })}
      </ul>
      {Object.keys(settings.columns).length > 0 && (
        <Button onClick={() => onSave({ ...settings, columns: {} })}>{t('reading_reset')}</Button>
      )}
      <Text as="h3" size={300} weight="semibold">
        {t('reading_headings')}
      </Text>
      {reading.headings.length ? (
        <ul className={styles.headings}>
          {reading.headings.map((h) => (
            <li key={h.cell} className={h.level === 'area' ? styles.area : undefined}>
              {h.cell} · {t(h.level === 'objective' ? 'reading_level_objective' : 'reading_level_area')} {h.key}: {h.title}
            </li>
          ))}
        </ul>
      ) : (
        <Caption1>{t('reading_no_headings')}</Caption1>
      )}
      <Text as="h3" size={300} weight="semibold">
        {ui(lang, 'rows_not_actions', { count: reading.rows.length })}
      </Text>
      <Caption1>{reading.tableEnd !== null ? ui(lang, 'table_end', { row: reading.tableEnd }) : ui(lang, 'table_end_none')}</Caption1>
      {reading.rows.length > 0 && (
        <ul className={styles.headings} aria-label={ui(lang, 'rows_not_actions', { count: reading.rows.length })}>
          {reading.rows.map((x) => (
            <li key={x.cell}>
              {x.cell} · {rowClassLabel(x.cls, lang)}: {x.text}
            </li>
          ))}
        </ul>
      )}
      <Text>
        {reading.period && reading.periodSource
          ? ui(lang, 'period_from', { period: formatPeriod(reading.period, lang), source: periodSourceText(reading.periodSource, lang) })
          : ui(lang, 'period_unknown')}
      </Text>
    </section>
  );
}
