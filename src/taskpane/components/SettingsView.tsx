import { Button, Checkbox, Field, Input, Select, makeStyles, tokens } from '@fluentui/react-components';
import { SaveRegular } from '@fluentui/react-icons';
import { useEffect, useState } from 'react';
import { Analysis } from '../../core/analyze';
import { stateLabel } from '../../core/messages';
import { pane } from '../../core/messages/pane';
import { parsePeriodOption } from '../../core/period';
import { ROLES, Role } from '../../core/roles';
import { Lang, STATES, State } from '../../core/status';
import { Settings } from '../../host/settings';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, maxWidth: '480px' },
  states: { display: 'flex', flexDirection: 'column' },
});

function columnsText(c: Settings['columns']): string {
  return Object.entries(c)
    .map(([role, col]) => `${role}=${col}`)
    .join(', ');
}

function parseColumns(text: string): Settings['columns'] | null {
  const out: Settings['columns'] = {};
  for (const part of text.split(',').map((p) => p.trim()).filter(Boolean)) {
    const m = /^(\w+)\s*=\s*([A-Za-z]{1,3})$/.exec(part);
    if (!m || !(ROLES as readonly string[]).includes(m[1])) return null;
    out[m[1] as Role] = m[2].toUpperCase();
  }
  return out;
}

export function SettingsView({ analysis, settings, lang, onSave }: { analysis: Analysis | null; settings: Settings; lang: Lang; onSave: (s: Settings) => void }) {
  const styles = useStyles();
  const t = (k: Parameters<typeof pane>[1]) => pane(lang, k);
  const [draft, setDraft] = useState(settings);
  const [columns, setColumns] = useState(columnsText(settings.columns));
  useEffect(() => {
    setDraft(settings);
    setColumns(columnsText(settings.columns));
  }, [settings]);
  const sheets = analysis ? [...new Set([analysis.sheet, ...(draft.sheet ? [draft.sheet] : [])])] : draft.sheet ? [draft.sheet] : [];
  const periodOk = !draft.period || parsePeriodOption(draft.period) !== null;
  const parsedColumns = parseColumns(columns);
  const toggle = (s: State, on: boolean) => setDraft({ ...draft, allowedStates: on ? STATES.filter((x) => x === s || draft.allowedStates.includes(x)) : draft.allowedStates.filter((x) => x !== s) });

  return (
    <form
      className={styles.root}
      aria-label={t('tab_settings')}
      onSubmit={(e) => {
        e.preventDefault();
        if (periodOk && parsedColumns) onSave({ ...draft, columns: parsedColumns });
      }}
    >
      <Field label={t('sheet')}>
        <Select value={draft.sheet ?? ''} onChange={(_, d) => setDraft({ ...draft, sheet: d.value || null })}>
          <option value="">{t('auto')}</option>
          {sheets.map((s) => (
            <option key={s} value={s}>
              {s}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={t('header_row')}>
        <Input type="number" min={1} value={draft.headerRow ? String(draft.headerRow) : ''} onChange={(_, d) => setDraft({ ...draft, headerRow: d.value ? Math.max(1, Math.floor(Number(d.value))) : null })} />
      </Field>
      <Field label={t('period')} validationState={periodOk ? 'none' : 'error'} validationMessage={periodOk ? undefined : 'S1-2022, Q3-2022, 2022'}>
        <Input value={draft.period ?? ''} onChange={(_, d) => setDraft({ ...draft, period: d.value.trim() || null })} />
      </Field>
      <Field label={t('plan_year')}>
        <Input type="number" min={1990} max={2100} value={draft.planYear ? String(draft.planYear) : ''} onChange={(_, d) => setDraft({ ...draft, planYear: d.value ? Math.floor(Number(d.value)) : null })} />
      </Field>
      <Field label={t('columns')} validationState={parsedColumns ? 'none' : 'error'} validationMessage={parsedColumns ? undefined : ROLES.join(', ')}>
        <Input value={columns} onChange={(_, d) => setColumns(d.value)} />
      </Field>
      <fieldset className={styles.states}>
        <legend>{t('allowed_states')}</legend>
        {STATES.map((s) => (
          <Checkbox key={s} label={stateLabel(lang, s)} checked={draft.allowedStates.includes(s)} onChange={(_, d) => toggle(s, !!d.checked)} />
        ))}
      </fieldset>
      <Button appearance="primary" type="submit" icon={<SaveRegular />} disabled={!periodOk || !parsedColumns}>
        {t('save_settings')}
      </Button>
    </form>
  );
}
