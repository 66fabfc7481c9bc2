import { Badge, Button, Field, Input, ProgressBar, Select, Text, Toolbar, makeStyles, tokens } from '@fluentui/react-components';
import { CheckmarkRegular, DismissRegular, HighlightRegular, ListRegular, PlayRegular } from '@fluentui/react-icons';
import { useEffect, useMemo, useReducer, useState } from 'react';
import { Analysis } from '../../core/analyze';
import { Finding, SEVERITIES, Severity } from '../../core/findings';
import { counts, findingMessage, ui } from '../../core/messages';
import { pane } from '../../core/messages/pane';
import { Lang } from '../../core/status';
import { SAFE_FIX_CODES, applyAllOfCode, applyFix, enforceStatuses } from '../../host/commands';
import { FixOutcome, Host, ReadProgress } from '../../host/host';
import { Settings } from '../../host/settings';
import type { StandaloneHost } from '../../standalone/standalone-host';
import type { Notice } from '../App';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  filters: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  group: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, margin: 0, padding: 0, listStyleType: 'none' },
  groupHead: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, marginTop: tokens.spacingVerticalS },
  item: { display: 'flex', alignItems: 'flex-start', gap: tokens.spacingHorizontalXS, flexWrap: 'wrap' },
  cellButton: { textAlign: 'left', justifyContent: 'flex-start', minWidth: 0, flexGrow: 1, flexBasis: '200px' },
  message: { whiteSpace: 'normal', wordBreak: 'break-word', fontWeight: tokens.fontWeightRegular },
});

const MAX_PER_GROUP = 300;
const SEVERITY_COLOR: Record<Severity, 'danger' | 'warning' | 'informative'> = { error: 'danger', warning: 'warning', info: 'informative' };
const HEADING = { error: 'errors', warning: 'warnings', info: 'infos' } as const;

interface Props {
  host: Host;
  analysis: Analysis | null;
  settings: Settings;
  lang: Lang;
  busy: boolean;
  progress: ReadProgress | null;
  onValidate: () => void;
  onCancel: () => void;
  onNotice: (n: Notice) => void;
  onError: (e: unknown) => void;
  standalone?: StandaloneHost;
}

export function FindingsView({ host, analysis, settings, lang, busy, progress, onValidate, onCancel, onNotice, onError, standalone }: Props) {
  const styles = useStyles();
  const t = (k: Parameters<typeof pane>[1], p?: Record<string, string | number>) => pane(lang, k, p);
  const [severity, setSeverity] = useState<Severity | 'all'>('all');
  const [query, setQuery] = useState('');
  const [, refresh] = useReducer((n: number) => n + 1, 0);
  useEffect(() => standalone?.subscribe(refresh), [standalone]);

  const groups = useMemo(() => {
    if (!analysis) return [];
    const q = query.trim().toLowerCase();
    const visible = analysis.findings.filter((f) => (severity === 'all' || f.severity === severity) && (!q || `${f.cell} ${f.rowId ?? ''} ${findingMessage(f, lang)}`.toLowerCase().includes(q)));
    const bySeverityAndCode = new Map<string, Finding[]>();
    for (const f of visible) {
      const k = `${f.severity}|${f.code}`;
      const list = bySeverityAndCode.get(k) ?? [];
      list.push(f);
      bySeverityAndCode.set(k, list);
    }
    return [...bySeverityAndCode.entries()]
      .sort(([a], [b]) => SEVERITIES.indexOf(a.split('|')[0] as Severity) - SEVERITIES.indexOf(b.split('|')[0] as Severity))
      .map(([k, list]) => ({ severity: k.split('|')[0] as Severity, code: list[0].code, list }));
  }, [analysis, severity, query, lang]);

  const count = (s: Severity) => analysis?.findings.filter((f) => f.severity === s).length ?? 0;

  const fixed = (out: FixOutcome) => {
    onNotice(out.skipped.length ? { intent: 'warning', text: t('fix_skipped', { cells: out.skipped.join(', ') }) } : { intent: 'success', text: t('fixed', { count: out.applied }) });
    onValidate();
  };
  const act = (fn: () => Promise<void>) => () => void fn().catch(onError);

  return (
    <section className={styles.root} aria-label={t('tab_validate')}>
      <Toolbar aria-label={t('tab_validate')} style={{ flexWrap: 'wrap' }}>
        <Button appearance="primary" icon={<PlayRegular />} onClick={onValidate} disabled={busy}>
          {t('validate')}
        </Button>
        {busy && (
          <Button icon={<DismissRegular />} onClick={onCancel}>
            {t('cancel')}
          </Button>
        )}
        <Button
          icon={<ListRegular />}
          disabled={!analysis || busy}
          onClick={act(async () => {
            const ok = analysis ? await enforceStatuses(host, analysis, settings, lang) : false;
            onNotice(ok ? { intent: 'success', text: t('statuses_enforced') } : { intent: 'warning', text: t('no_status_column') });
          })}
        >
          {t('enforce_statuses')}
        </Button>
        <Button icon={<HighlightRegular />} disabled={!analysis || busy} onClick={act(() => host.highlight(analysis!.findings))}>
          {t('highlight')}
        </Button>
        <Button disabled={busy} onClick={act(() => host.clearHighlights())}>
          {t('clear_highlights')}
        </Button>
      </Toolbar>
      {busy && (
        <Field validationMessage={progress ? t('validating', { read: progress.rowsRead, total: progress.rowsTotal }) : t('loading')} validationState="none">
          <ProgressBar value={progress ? progress.rowsRead / Math.max(progress.rowsTotal, 1) : undefined} aria-label={t('loading')} />
        </Field>
      )}
      {standalone?.selected && (
        <Text role="status" size={200}>
          {t('selected_cell', { cell: `${standalone.selected.sheet}!${standalone.selected.cell}`, value: standalone.selected.value.slice(0, 120) })}
        </Text>
      )}
      {analysis ? (
        <Text role="status">
          {counts(lang, [['action', analysis.rows.length], ['error', count('error')], ['warning', count('warning')], ['info', count('info')]], ' · ')}
        </Text>
      ) : (
        !busy && <Text>{t('not_validated')}</Text>
      )}
      {analysis && (
        <div className={styles.filters}>
          <Field label={t('filter_severity')}>
            <Select value={severity} onChange={(_, d) => setSeverity(d.value as Severity | 'all')}>
              <option value="all">{t('all')}</option>
              {SEVERITIES.map((s) => (
                <option key={s} value={s}>
                  {ui(lang, HEADING[s])} ({count(s)})
                </option>
              ))}
            </Select>
          </Field>
          <Field label={t('search')}>
            <Input value={query} onChange={(_, d) => setQuery(d.value)} type="search" />
          </Field>
        </div>
      )}
      {groups.map((g) => {
        const fixable = g.list.filter((f) => f.suggestion !== undefined);
        return (
          <div key={`${g.severity}-${g.code}`}>
            <div className={styles.groupHead}>
              <Badge appearance="filled" color={SEVERITY_COLOR[g.severity]}>
                {ui(lang, HEADING[g.severity])}
              </Badge>
              <Text as="h2" size={300} weight="semibold">
                {g.code} ({g.list.length})
              </Text>
              {SAFE_FIX_CODES.includes(g.code) && fixable.length > 1 && (
                <Button size="small" icon={<CheckmarkRegular />} onClick={act(async () => fixed(await applyAllOfCode(host, analysis!, g.code)))}>
                  {t('fix_all', { count: fixable.length })}
                </Button>
              )}
            </div>
            <ul className={styles.group} aria-label={`${ui(lang, HEADING[g.severity])}: ${g.code}`}>
              {g.list.slice(0, MAX_PER_GROUP).map((f) => (
                <li key={`${f.cell}-${f.code}`} className={styles.item}>
                  <Button
                    appearance="subtle"
                    className={styles.cellButton}
                    aria-label={`${t('go_to_cell', { cell: f.cell })}: ${findingMessage(f, lang)}`}
                    onClick={act(() => host.selectCell(f.sheet, f.cell))}
                  >
                    <span className={styles.message}>
                      <strong>{f.cell}</strong> {f.rowId ? `(${f.rowId}) ` : ''}
                      {findingMessage(f, lang)}
                    </span>
                  </Button>
                  {f.suggestion !== undefined && (
                    <Button size="small" onClick={act(async () => fixed(await applyFix(host, analysis!, f)))}>
                      {t('apply_fix', { value: f.suggestion.length > 40 ? `${f.suggestion.slice(0, 39)}…` : f.suggestion })}
                    </Button>
                  )}
                </li>
              ))}
              {g.list.length > MAX_PER_GROUP && <li>… +{g.list.length - MAX_PER_GROUP}</li>}
            </ul>
          </div>
        );
      })}
    </section>
  );
}
