import { Button, Checkbox, Field, Input, Select, makeStyles, tokens } from '@fluentui/react-components';
import { SaveRegular } from '@fluentui/react-icons';
import { useEffect, useRef, useState } from 'react';
import { Analysis } from '../../core/analyze';
import { formatPeriod } from '../../core/format';
import { LANGS, roleLabel, stateLabel, ui } from '../../core/messages';
import { pane } from '../../core/messages/pane';
import { ROLES, Role } from '../../core/roles';
import { Lang, STATES, State } from '../../core/status';
import { detectedHeaderRow } from '../../host/commands';
import { periodSource } from '../../host/period-source';
import { Settings } from '../../host/settings';
import { LANG_NAMES } from '../lang-memory';
import { FIRST_PLAN_YEAR, InputProblem, headerRowProblem, lastPlanYear, periodCode, periodProblem, planYearProblem, readPeriodInput } from '../settings-input';
import { registerAllLangs } from '../../core/messages/all-langs';
import { fold } from '../../core/text';
import { hostErrorText } from '../../host/host';
import { Notice } from '../Notice';

registerAllLangs();

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, maxWidth: '480px' },
  states: { display: 'flex', flexDirection: 'column' },
});

/** The columns chosen by hand, as the officer names the roles: "Descriere=F, Statut=G". */
export function columnsText(c: Settings['columns'], lang: Lang): string {
  return Object.entries(c)
    .map(([role, col]) => `${roleLabel(lang, role as Role)}=${col}`)
    .join(', ');
}

/** A role named in the interface's language (any case, with or without diacritics), or by its key. */
function roleNamed(name: string, lang: Lang): Role | null {
  const wanted = fold(name);
  return ROLES.find((r) => r === name || fold(roleLabel(lang, r)) === wanted) ?? null;
}

/** "Descriere=F, Statut=G" read back; null when a part is not a role and a column letter. */
export function parseColumns(text: string, lang: Lang): Settings['columns'] | null {
  const out: Settings['columns'] = {};
  for (const part of text
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean)) {
    const m = /^(.+?)\s*=\s*([A-Za-z]{1,3})$/u.exec(part);
    const role = m ? roleNamed(m[1].trim(), lang) : null;
    if (!m || !role) return null;
    out[role] = m[2].toUpperCase();
  }
  return out;
}

/** The example shown with the columns field: "Statut=G". */
const columnsExample = (lang: Lang) => `${roleLabel(lang, 'status')}=G`;

/**
 * The plan's sheets, several when the plan is kept over several: each sheet ticked when read (as
 * detected, or as chosen), with why a sheet was left or what its cover gives; "Automatic" goes back
 * to detection.
 */
function SheetChoices({ analysis, draft, lang, onChange }: { analysis: Analysis; draft: Settings; lang: Lang; onChange: (s: Settings) => void }) {
  const styles = useStyles();
  const t = (k: Parameters<typeof pane>[1], p?: Record<string, string | number>) => pane(lang, k, p);
  const names = analysis.sheets.map((s) => s.sheet);
  const auto = !draft.sheets.length && !draft.sheet;
  const chosen = draft.sheets.length ? draft.sheets : draft.sheet ? [draft.sheet] : analysis.sheets.filter((s) => s.use === 'read').map((s) => s.sheet);
  const toggle = (name: string, on: boolean) => {
    const next = names.filter((n) => (n === name ? on : chosen.includes(n)));
    onChange({ ...draft, sheet: null, sheets: next });
  };
  const why = (c: Analysis['sheets'][number]) =>
    c.use === 'cover' ? t('sheet_is_cover') : c.use === 'left' ? ui(lang, `sheet_why_${c.reason}` as Parameters<typeof ui>[1]) : '';
  return (
    <Field label={t('plan_sheets')} hint={t('plan_sheets_hint')}>
      <div className={styles.states}>
        {analysis.sheets.map((c) => (
          <Checkbox key={c.sheet} label={why(c) ? `${c.sheet} (${why(c)})` : c.sheet} checked={chosen.includes(c.sheet)} onChange={(_, d) => toggle(c.sheet, !!d.checked)} />
        ))}
      </div>
      <Button size="small" disabled={auto} onClick={() => onChange({ ...draft, sheet: null, sheets: [] })}>
        {t('auto')}
      </Button>
    </Field>
  );
}

/**
 * The settings, starting from what was detected: a field left as detected stays automatic; every
 * value that cannot be used is explained in a sentence.
 */
export function SettingsView({ analysis, settings, lang, onSave }: { analysis: Analysis | null; settings: Settings; lang: Lang; onSave: (s: Settings) => Promise<void> }) {
  const styles = useStyles();
  const t = (k: Parameters<typeof pane>[1], p?: Record<string, string | number>) => pane(lang, k, p);
  const detected = {
    headerRow: analysis ? detectedHeaderRow(analysis) : null,
    period: analysis?.period ? periodCode(analysis.period) : null,
    planYear: analysis?.planYear ?? null,
  };
  const initial = () => ({
    headerRow: String(settings.headerRow ?? detected.headerRow ?? ''),
    period: settings.period ?? (analysis?.period ? formatPeriod(analysis.period, lang) : ''),
    planYear: String(settings.planYear ?? detected.planYear ?? ''),
  });
  const [draft, setDraft] = useState(settings);
  const [text, setText] = useState(initial);
  const [columns, setColumns] = useState(columnsText(settings.columns, lang));
  /** Whether the last save worked, said beside the save button for a few seconds. */
  const [saved, setSaved] = useState<{ intent: 'success' | 'error'; text: string } | null>(null);
  useEffect(() => {
    if (!saved) return;
    const timer = setTimeout(() => setSaved(null), 10_000);
    return () => clearTimeout(timer);
  }, [saved]);
  // The drafts restart from the saved and detected values when those change, not on every render.
  const initialRef = useRef(initial);
  useEffect(() => {
    initialRef.current = initial;
  });
  useEffect(() => {
    setDraft(settings);
    setText(initialRef.current());
    setColumns(columnsText(settings.columns, lang));
  }, [settings, analysis, lang]);

  const years = { from: FIRST_PLAN_YEAR, to: lastPlanYear() };
  const explain = (p: InputProblem | null, value = '') => (p ? t(p, { ...years, value }) : undefined);
  const problems = {
    headerRow: headerRowProblem(text.headerRow),
    period: periodProblem(text.period),
    planYear: planYearProblem(text.planYear),
  };
  const period = text.period.trim() ? readPeriodInput(text.period) : null;
  const parsedColumns = parseColumns(columns, lang);
  const ok = !problems.headerRow && !problems.period && !problems.planYear && parsedColumns !== null;
  const sheets = analysis ? [...new Set([analysis.sheet, ...(draft.sheet ? [draft.sheet] : [])])] : draft.sheet ? [draft.sheet] : [];
  const source = analysis ? periodSource(analysis) : null;
  const toggle = (s: State, on: boolean) => setDraft({ ...draft, allowedStates: on ? STATES.filter((x) => x === s || draft.allowedStates.includes(x)) : draft.allowedStates.filter((x) => x !== s) });

  const save = () => {
    const headerRow = text.headerRow.trim() ? Number(text.headerRow) : null;
    const planYear = text.planYear.trim() ? Number(text.planYear) : null;
    const code = period ? periodCode(period) : null;
    // What equals the detection stays automatic, so a changed sheet is detected again.
    onSave({
      ...draft,
      headerRow: headerRow === detected.headerRow ? null : headerRow,
      period: code === detected.period ? null : code,
      planYear: planYear === detected.planYear ? null : planYear,
      columns: parsedColumns ?? {},
    }).then(
      () => setSaved({ intent: 'success', text: t('settings_saved') }),
      (e: unknown) => setSaved({ intent: 'error', text: hostErrorText(lang, e) }),
    );
  };

  const hint = (value: string | number | null, current: string) => (value === null ? t('nothing_detected') : String(value) === current ? t('detected_value', { value }) : undefined);

  return (
    <form
      className={styles.root}
      aria-label={t('tab_settings')}
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        if (ok) save();
      }}
    >
      {analysis && analysis.sheets.length > 1 ? (
        <SheetChoices analysis={analysis} draft={draft} lang={lang} onChange={setDraft} />
      ) : (
        <Field label={t('sheet')}>
          <Select value={draft.sheet ?? ''} onChange={(_, d) => setDraft({ ...draft, sheet: d.value || null, sheets: [] })}>
            <option value="">{t('auto')}</option>
            {sheets.map((s) => (
              <option key={s} value={s}>
                {s}
              </option>
            ))}
          </Select>
        </Field>
      )}
      <Field label={t('header_row')} validationState={problems.headerRow ? 'error' : 'none'} validationMessage={explain(problems.headerRow) ?? hint(detected.headerRow, text.headerRow)}>
        <Input inputMode="numeric" value={text.headerRow} onChange={(_, d) => setText({ ...text, headerRow: d.value })} />
      </Field>
      <Field
        label={t('period')}
        validationState={problems.period ? 'error' : period ? 'success' : 'none'}
        validationMessage={
          explain(problems.period) ??
          (period && analysis?.period && periodCode(period) === detected.period && source
            ? t('detected_period', { value: formatPeriod(period, lang), cell: source.cell, text: source.text.slice(0, 80) })
            : period
              ? t('period_understood', { value: formatPeriod(period, lang) })
              : t('nothing_detected'))
        }
      >
        <Input value={text.period} onChange={(_, d) => setText({ ...text, period: d.value })} />
      </Field>
      <Field label={t('plan_year')} validationState={problems.planYear ? 'error' : 'none'} validationMessage={explain(problems.planYear, text.planYear) ?? hint(detected.planYear, text.planYear)}>
        <Input inputMode="numeric" value={text.planYear} onChange={(_, d) => setText({ ...text, planYear: d.value })} />
      </Field>
      <Field label={t('sheet_lang')} hint={analysis ? t('detected_value', { value: LANG_NAMES[analysis.lang] }) : undefined}>
        <Select value={draft.sheetLang ?? ''} onChange={(_, d) => setDraft({ ...draft, sheetLang: (d.value || null) as Lang | null })}>
          <option value="">{t('lang_auto')}</option>
          {LANGS.map((l) => (
            <option key={l} value={l}>
              {LANG_NAMES[l]}
            </option>
          ))}
        </Select>
      </Field>
      <Field
        label={t('columns', { example: columnsExample(lang) })}
        validationState={parsedColumns ? 'none' : 'error'}
        validationMessage={parsedColumns ? undefined : t('columns_invalid', { example: columnsExample(lang), roles: ROLES.map((r) => roleLabel(lang, r)).join(', ') })}
      >
        <Input value={columns} onChange={(_, d) => setColumns(d.value)} />
      </Field>
      <fieldset className={styles.states}>
        <legend>{t('allowed_states')}</legend>
        {STATES.map((s) => (
          <Checkbox key={s} label={stateLabel(lang, s)} checked={draft.allowedStates.includes(s)} onChange={(_, d) => toggle(s, !!d.checked)} />
        ))}
      </fieldset>
      <Button appearance="primary" type="submit" icon={<SaveRegular />} disabled={!ok}>
        {t('save_settings')}
      </Button>
      <div aria-live="polite">{saved && <Notice intent={saved.intent} text={saved.text} />}</div>
    </form>
  );
}
