import { Badge, Button, MessageBar, MessageBarBody, Select, Text, makeStyles, tokens } from '@fluentui/react-components';
import { FolderOpenRegular } from '@fluentui/react-icons';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { Analysis, analyzeWorkbook } from '../../core/analyze';
import { MatchOverrides, compareAnalyses } from '../../core/compare';
import { FindingCode } from '../../core/findings';
import { formatPercent, formatPeriod } from '../../core/format';
import { fileErrorMessage, findingMessage, stateLabel, ui } from '../../core/messages';
import { ComparePaneKey, comparePane } from '../../core/messages/compare-pane';
import { Lang } from '../../core/status';
import { Host } from '../../host/host';
import { readReportBytes } from '../../host/read-report';
import { Settings } from '../../host/settings';
import { buildNewPeriodWorkbook } from '../../xlsx/new-period';
import { saveBlob } from '../download';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  list: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, margin: 0, padding: 0, listStyleType: 'none' },
  head: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, marginTop: tokens.spacingVerticalS },
  item: { textAlign: 'left', justifyContent: 'flex-start', minWidth: 0, whiteSpace: 'normal', wordBreak: 'break-word', fontWeight: tokens.fontWeightRegular },
  match: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  block: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  id: { whiteSpace: 'nowrap', fontWeight: tokens.fontWeightSemibold },
});

interface Item {
  key: string;
  id: string;
  text: string;
  /** The cell to go to on this workbook; none for a row of the previous report. */
  cell: string | null;
}

const GROUPS: ((FindingCode & ComparePaneKey) | 'moved_to_done')[] = [
  'moved_to_done',
  'regressed',
  'postponed',
  'overdue_again',
  'not_started_again',
  'description_unchanged',
  'new_action',
  'dropped',
];

/** Kept while the pane is open: the tab is unmounted when another one is shown. */
let kept: { previous: { name: string; analysis: Analysis } | null; overrides: MatchOverrides } = { previous: null, overrides: {} };

const clip = (s: string, n = 90) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

interface Props {
  host: Host;
  analysis: Analysis | null;
  settings: Settings;
  lang: Lang;
  onError: (e: unknown) => void;
}

/** The Compare tab: the previous period's report beside this one, the changes grouped, matches to correct. */
export function CompareView({ host, analysis, settings, lang, onError }: Props) {
  const styles = useStyles();
  const t = useCallback((k: ComparePaneKey, p?: Record<string, string | number>) => comparePane(lang, k, p), [lang]);
  const [previous, setPrevious] = useState(kept.previous);
  const [error, setError] = useState<string | null>(null);
  const [overrides, setOverrides] = useState<MatchOverrides>(kept.overrides);
  useEffect(() => {
    kept = { previous, overrides };
  }, [previous, overrides]);
  const input = useRef<HTMLInputElement>(null);

  const comparison = useMemo(() => (previous && analysis ? compareAnalyses(previous.analysis, analysis, overrides) : null), [previous, analysis, overrides]);

  const open = async (file: File | undefined) => {
    if (!file) return;
    const read = await readReportBytes(new Uint8Array(await file.arrayBuffer()));
    if (!read.ok) {
      setError(t('previous_error', { message: fileErrorMessage(lang, read.error) }));
      return;
    }
    const a = analyzeWorkbook(read.grid, { allowedStates: settings.allowedStates, lang });
    if (a.findings.some((f) => f.code === 'header_not_found' || f.code === 'sheet_not_found')) {
      setError(t('previous_error', { message: fileErrorMessage(lang, 'no_plan') }));
      return;
    }
    setError(null);
    setOverrides({});
    setPrevious({ name: file.name, analysis: a });
  };

  const groups = useMemo(() => {
    if (!comparison || !analysis) return [];
    return GROUPS.map((code) => {
      const items: Item[] =
        code === 'moved_to_done'
          ? comparison.rows
              .filter((r) => r.movedToDone)
              .map((r) => ({
                key: `${r.current.sheetRow}`,
                id: r.current.id ?? '',
                text: `${clip(r.current.action)} (${t('from_to', { from: stateLabel(lang, r.fromState ?? 'unknown'), to: stateLabel(lang, r.toState ?? 'unknown') })})`,
                cell: r.current.cells.status ?? r.current.cells.status_description ?? null,
              }))
          : comparison.findings
              .filter((f) => f.code === code)
              .map((f) => ({ key: `${f.sheet}!${f.cell}`, id: f.rowId ?? '', text: findingMessage(f, lang), cell: f.code === 'dropped' ? null : f.cell }));
      return { code, items };
    }).filter((g) => g.items.length > 0);
  }, [comparison, analysis, lang, t]);

  const toCheck = comparison ? [...comparison.rows.filter((r) => r.by !== 'id').map((r) => r.current), ...comparison.added].filter((r) => r.id) : [];
  const pairedWith = new Map(comparison?.rows.map((r) => [r.current, r.previous.id ?? '']) ?? []);

  return (
    <section className={styles.root} aria-label={t('open_previous')}>
      <Text>{t('intro')}</Text>
      <div>
        <Button icon={<FolderOpenRegular />} onClick={() => input.current?.click()}>
          {t('open_previous')}
        </Button>
        <input
          ref={input}
          type="file"
          accept=".xlsx,.docx"
          hidden
          aria-label={t('open_previous')}
          onChange={(e) => void open(e.target.files?.[0]).catch(onError)}
        />
      </div>
      {error && (
        <MessageBar intent="error" role="alert">
          <MessageBarBody>{error}</MessageBarBody>
        </MessageBar>
      )}
      {previous && (
        <Text weight="semibold">
          {t('previous_file', { name: previous.name, period: formatPeriod(previous.analysis.period, lang) || ui(lang, 'period_unknown') })}
        </Text>
      )}
      {previous && (
        <div>
          <Button
            onClick={() =>
              void (async () => {
                const wb = buildNewPeriodWorkbook(previous.analysis, lang, settings.allowedStates);
                const name = `${previous.name.replace(/\.(xlsx|docx)$/i, '')}.next.xlsx`;
                saveBlob(
                  new Blob([(await wb.xlsx.writeBuffer()) as ArrayBuffer], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' }),
                  name,
                );
              })().catch(onError)
            }
          >
            {t('new_period')}
          </Button>
          <Text as="p" size={200}>
            {t('new_period_help')}
          </Text>
        </div>
      )}
      {previous && !analysis && <Text>{t('not_validated')}</Text>}
      {comparison && (
        <>
          <Text>{t('matched', { matched: comparison.rows.length, added: comparison.added.length, dropped: comparison.dropped.length })}</Text>
          {groups.map((g) => (
            <div key={g.code}>
              <div className={styles.head}>
                <Text as="h3" weight="semibold">
                  {t(g.code)}
                </Text>
                <Badge appearance="tint">{g.items.length}</Badge>
              </div>
              <ul className={styles.list}>
                {g.items.map((item) => (
                  <li key={item.key}>
                    {item.cell ? (
                      <Button appearance="subtle" className={styles.item} onClick={() => void host.selectCell(analysis!.sheet, item.cell!).catch(onError)}>
                        <span>
                          <span className={styles.id}>{item.id}</span> {item.text}
                        </span>
                      </Button>
                    ) : (
                      <Text>
                        <span className={styles.id}>{item.id}</span> {item.text}
                      </Text>
                    )}
                  </li>
                ))}
              </ul>
            </div>
          ))}
          {toCheck.length > 0 && (
            <div className={styles.block}>
              <Text as="h3" weight="semibold">
                {t('matches')}
              </Text>
              <Text as="p" size={200}>
                {t('matches_help')}
              </Text>
              <ul className={styles.list}>
                {toCheck.map((r) => (
                  <li key={r.sheetRow} className={styles.match}>
                    <Text size={200}>
                      <b>{t('continues', { id: r.id! })}</b> {clip(r.action, 60)}
                    </Text>
                    <Select
                      aria-label={t('continues', { id: r.id! })}
                      value={pairedWith.get(r) ?? ''}
                      onChange={(_, d) => setOverrides((o) => ({ ...o, [r.id!]: d.value || null }))}
                    >
                      <option value="">{t('none')}</option>
                      {previous!.analysis.rows
                        .filter((p) => p.id)
                        .map((p) => (
                          <option key={p.sheetRow} value={p.id!}>
                            {`${p.id} ${clip(p.action, 60)}`}
                          </option>
                        ))}
                    </Select>
                  </li>
                ))}
              </ul>
            </div>
          )}
          <Text as="h3" weight="semibold">
            {t('by_objective')}
          </Text>
          <ul className={styles.list}>
            {comparison.objectives.map((o) => (
              <li key={o.key}>
                <Text>
                  {clip(o.title || o.key, 60)}: {formatPercent(o.completionBefore, lang)} → {formatPercent(o.completionNow, lang)}
                </Text>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
