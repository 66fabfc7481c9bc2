import { Button, Combobox, Field, Input, Option, Select, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import { useCallback, useMemo, useState } from 'react';
import { Analysis } from '../../core/analyze';
import { formatDeadline, parseDeadline } from '../../core/deadline';
import { catalog } from '../../core/messages';
import { pane } from '../../core/messages/pane';
import { Lang } from '../../core/status';
import { EditKind, allowedStatusTexts } from '../../host/commands';
import { joinStatusCell, splitStatusCell } from '../../core/status-edit';
import { Settings } from '../../host/settings';
import { formatDate } from '../../core/format';
import { registerAllLangs } from '../../core/messages/all-langs';

registerAllLangs();

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, padding: tokens.spacingVerticalS, flexBasis: '100%' },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS },
});

interface Props {
  analysis: Analysis;
  settings: Settings;
  lang: Lang;
  kind: EditKind;
  cell: string;
  current: string;
  onWrite: (value: string) => void;
  onClose: () => void;
}

/** Edits one plan cell from the pane: a status from the allowed list, a deadline read as typed, a unit from the abbreviations. */
export function CellEditor({ analysis, settings, lang, kind, cell, current, onWrite, onClose }: Props) {
  const styles = useStyles();
  const t = useCallback((k: Parameters<typeof pane>[1], p?: Record<string, string | number>) => pane(lang, k, p), [lang]);
  const statuses = allowedStatusTexts(analysis, settings);
  const isStatus = kind === 'status' || kind === 'status_text';
  // The status phrase is replaced, the text after it kept: nothing the officer wrote is lost.
  const parts = useMemo(() => (isStatus ? splitStatusCell(current, settings.allowedStates) : null), [isStatus, current, settings.allowedStates]);
  // Nothing chosen until the officer chooses: one careless click must not write a status.
  const [status, setStatus] = useState(parts ? (statuses.find((s) => s === parts.phrase) ?? '') : '');
  const [text, setText] = useState(parts ? parts.text : current);
  const value = parts ? (status ? joinStatusCell({ ...parts, text }, status) : '') : text;
  const setValue = setText;
  const codes = useMemo(() => [...(analysis.abbreviations?.keys() ?? [])], [analysis]);

  const deadline = useMemo(() => {
    if (kind !== 'deadline' || !value.trim()) return null;
    const d = parseDeadline(value, analysis.planYear ?? undefined);
    if (d.kind === 'date') return { ok: true, text: t('deadline_understood', { value: formatDeadline(d, lang), due: formatDate(d.due, lang) }) };
    if (d.kind === 'recurring' || d.kind === 'ongoing') return { ok: true, text: t('deadline_understood', { value: value.trim(), due: '—' }) };
    if (d.kind === 'invalid') return { ok: false, text: t('deadline_not_understood', { reason: catalog(lang).deadlineReason[d.reason] }) };
    return null;
  }, [kind, value, analysis, lang, t]);

  const label = `${t('new_value')} (${cell})`;
  return (
    <form
      className={styles.root}
      aria-label={t('edit_cell', { cell })}
      onSubmit={(e) => {
        e.preventDefault();
        if (value.trim()) onWrite(kind === 'deadline' ? value.trim() : value);
      }}
    >
      {parts && (
        <Field label={label} hint={status ? undefined : t('status_choose_first')}>
          <Select value={status} onChange={(_, d) => setStatus(d.value)}>
            <option value="">{t('status_choose')}</option>
            {statuses.map((s) => (
              <option key={s} value={s}>
                {s}
              </option>
            ))}
          </Select>
        </Field>
      )}
      {parts && (kind === 'status_text' || parts.text) && (
        <Field label={`${t('status_text_field')} (${cell})`}>
          <Textarea value={text} onChange={(_, d) => setText(d.value)} resize="vertical" />
        </Field>
      )}
      {kind === 'deadline' && (
        <Field label={label} validationState={deadline ? (deadline.ok ? 'success' : 'error') : 'none'} validationMessage={deadline?.text}>
          <Input value={value} onChange={(_, d) => setValue(d.value)} autoFocus />
        </Field>
      )}
      {kind === 'text' && (
        <Field label={label}>
          <Textarea value={value} onChange={(_, d) => setValue(d.value)} resize="vertical" />
        </Field>
      )}
      {kind === 'responsible' && (
        <Field label={label} hint={codes.length ? t('responsible_hint', { codes: codes.slice(0, 12).join(', ') }) : undefined}>
          <Combobox freeform expandIcon={{ 'aria-label': t('open_list') }} value={value} onChange={(e) => setValue((e.target as HTMLInputElement).value)} onOptionSelect={(_, d) => d.optionValue && setValue(d.optionValue)}>
            {codes.map((c) => (
              <Option key={c} value={c} text={c}>
                {`${c} – ${analysis.abbreviations!.get(c)}`}
              </Option>
            ))}
          </Combobox>
        </Field>
      )}
      <div className={styles.actions}>
        <Button appearance="primary" type="submit" disabled={!value.trim() || value === current || (deadline !== null && !deadline.ok)}>
          {t('write_cell')}
        </Button>
        <Button onClick={onClose}>{t('close')}</Button>
      </div>
    </form>
  );
}
