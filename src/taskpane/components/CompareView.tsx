import { Badge, Button, MessageBar, MessageBarActions, MessageBarBody, Select, Text, makeStyles, tokens } from '@fluentui/react-components';
import { ArrowDownloadRegular, DismissRegular, FolderOpenRegular, PinRegular, TableAddRegular } from '@fluentui/react-icons';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { Analysis, analyzeWorkbook } from '../../core/analyze';
import { MAX_STORED_CHARS, MatchOverrides, compareAnalyses, previousFromStored, storePrevious, storedIsEarlier, storedPeriod } from '../../core/compare';
import { newPeriodSheet } from '../../core/compare/new-period-sheet';
import { FindingCode } from '../../core/findings';
import { formatNumber, formatPercent, formatPeriod } from '../../core/format';
import { counts, fileErrorMessage, findingMessage, stateLabel, ui } from '../../core/messages';
import { ComparePaneKey, comparePane } from '../../core/messages/compare-pane';
import { Lang } from '../../core/status';
import { Host } from '../../host/host';
import { readReportBytes } from '../../host/read-report';
import { fromSetting, readsBack, toSetting } from '../../host/previous-setting';
import { Settings } from '../../host/settings';
import { buildNewPeriodWorkbook } from '../../xlsx/new-period';
import { platformKey, saveBlob } from '../download';
import { reportCheck } from '../../core/messages/report-check';
import { setLoadedPrevious } from '../report-comparison';
import { downloadName, periodAfter } from '../../report/file-names';
import { registerAllLangs } from '../../core/messages/all-langs';

registerAllLangs();

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  list: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, margin: 0, padding: 0, listStyleType: 'none' },
  head: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, marginTop: tokens.spacingVerticalS },
  item: { textAlign: 'left', justifyContent: 'flex-start', minWidth: 0, whiteSpace: 'normal', wordBreak: 'break-word', fontWeight: tokens.fontWeightRegular },
  match: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  block: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  id: { whiteSpace: 'nowrap', fontWeight: tokens.fontWeightSemibold },
  buttons: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

interface Item {
  key: string;
  id: string;
  text: string;
  /** The cell to go to on this workbook; none for a row of the previous report. */
  cell: string | null;
  /** The cell's sheet (a plan may be read over several). */
  sheet: string;
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
  onSaveSettings: (s: Settings) => Promise<void>;
  onError: (e: unknown) => void;
}

/** The Compare tab: the previous period's report beside this one, the changes grouped, matches to correct. */
export function CompareView({ host, analysis, settings, lang, onSaveSettings, onError }: Props) {
  const styles = useStyles();
  const t = useCallback((k: ComparePaneKey, p?: Record<string, string | number>) => comparePane(lang, k, p), [lang]);
  const [previous, setPrevious] = useState(kept.previous);
  const [error, setError] = useState<string | null>(null);
  const [overrides, setOverrides] = useState<MatchOverrides>(kept.overrides);
  useEffect(() => {
    kept = { previous, overrides };
    setLoadedPrevious(previous ? { ...previous, overrides } : null);
  }, [previous, overrides]);
  const [written, setWritten] = useState<string | null>(null);
  const input = useRef<HTMLInputElement>(null);

  // The report kept with the workbook stands in when no file is picked: what the ribbon compares with.
  const stored = useMemo(() => (settings.previous ? fromSetting(settings.previous) : null), [settings.previous]);
  const storedReport = useMemo(() => (stored ? previousFromStored(stored) : null), [stored]);
  const storedUsable = !stored || !analysis || storedIsEarlier(stored, analysis.period);
  // A report of the same or a later period is not a previous one: compared, it would call every overdue action overdue again.
  const pickedUsable = !previous || !analysis?.period || !previous.analysis.period || previous.analysis.period.end < analysis.period.end;
  const base = previous ? (pickedUsable ? previous.analysis : null) : storedUsable ? storedReport : null;
  const isKept = !!previous && !!stored && stored.file === previous.name && stored.rows.length === previous.analysis.rows.length;

  // The kept report's pairing corrections are kept with it: the ribbon's report applies them too.
  const usingKept = !!stored && (!previous || isKept);
  const activeOverrides = usingKept ? stored.overrides : overrides;
  const correct = (id: string, previousId: string | null) => {
    if (!usingKept || !settings.previous) return setOverrides((o) => ({ ...o, [id]: previousId }));
    const previous = { ...settings.previous, overrides: { ...stored.overrides, [id]: previousId } };
    if (!readsBack(previous)) return setError(t('cannot_keep'));
    void onSaveSettings({ ...settings, previous }).catch(onError);
  };

  const comparison = useMemo(
    // No plan read on this workbook (no header found): nothing to compare, rather than every action dropped.
    () => (base && analysis?.layout ? compareAnalyses(base, analysis, activeOverrides) : null),
    [base, analysis, activeOverrides],
  );

  const keep = async () => {
    if (!previous) return;
    const toKeep = storePrevious(previous.analysis, previous.name, overrides);
    if (!toKeep) {
      setError(t('too_large', { limit: formatNumber(MAX_STORED_CHARS, lang) }));
      return;
    }
    const setting = toSetting(toKeep);
    if (!readsBack(setting)) {
      setError(t('cannot_keep'));
      return;
    }
    await onSaveSettings({ ...settings, previous: setting });
  };

  const addSheet = async () => {
    if (!previous || !host.addNewPeriodSheet) return;
    const sheet = await host.addNewPeriodSheet(newPeriodSheet(previous.analysis, previous.analysis.lang, settings.allowedStates));
    setWritten(t('new_period_sheet_written', { sheet, actions: counts(lang, [['action', previous.analysis.rows.length]]) }));
  };

  const open = async (file: File | undefined) => {
    if (!file) return;
    const read = await readReportBytes(new Uint8Array(await file.arrayBuffer()));
    if (!read.ok) {
      setError(t('previous_error', { message: fileErrorMessage(lang, read.error) }));
      return;
    }
    // The report's own language (detected): the next period's sheet is written in it.
    const a = analyzeWorkbook(read.grid, { allowedStates: settings.allowedStates });
    if (a.findings.some((f) => f.code === 'header_not_found' || f.code === 'sheet_not_found')) {
      setError(t('previous_error', { message: fileErrorMessage(lang, 'no_plan') }));
      return;
    }
    setError(null);
    setWritten(null);
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
                key: `${r.current.sheet ?? analysis.sheet}!${r.current.sheetRow}`,
                sheet: r.current.sheet ?? analysis.sheet,
                id: r.current.id ?? '',
                text: `${clip(r.current.action)} (${t('from_to', { from: stateLabel(lang, r.fromState ?? 'unknown'), to: stateLabel(lang, r.toState ?? 'unknown') })})`,
                cell: r.current.cells.status ?? r.current.cells.status_description ?? null,
              }))
          : comparison.findings
              .filter((f) => f.code === code)
              .map((f) => ({ key: `${f.sheet}!${f.cell}`, sheet: f.sheet, id: f.rowId ?? '', text: findingMessage(f, lang), cell: f.code === 'dropped' ? null : f.cell }));
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
      {stored && (
        <MessageBar intent={storedUsable ? 'info' : 'warning'}>
          <MessageBarBody>
            {storedUsable
              ? t('kept', { name: stored.file, period: formatPeriod(storedPeriod(stored), lang) || ui(lang, 'period_unknown') })
              : t('ribbon_not_compared', { file: stored.file, period: formatPeriod(storedPeriod(stored), lang) || ui(lang, 'period_unknown') })}
          </MessageBarBody>
          <MessageBarActions>
            <Button size="small" icon={<DismissRegular />} onClick={() => void onSaveSettings({ ...settings, previous: null }).catch(onError)}>
              {t('forget')}
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}
      {previous && (
        <Text weight="semibold">
          {t('previous_file', { name: previous.name, period: formatPeriod(previous.analysis.period, lang) || ui(lang, 'period_unknown') })}
        </Text>
      )}
      {previous && !pickedUsable && (
        <MessageBar intent="warning">
          <MessageBarBody>
            {t('not_earlier', { period: formatPeriod(previous.analysis.period, lang), current: formatPeriod(analysis?.period ?? null, lang) })}
          </MessageBarBody>
        </MessageBar>
      )}
      {previous && !isKept && pickedUsable && (
        <div className={styles.block}>
          <div>
            <Button icon={<PinRegular />} onClick={() => void keep().catch(onError)}>
              {t('keep')}
            </Button>
          </div>
          <Text size={200}>{t('keep_help')}</Text>
        </div>
      )}
      {previous && (
        <div className={styles.block}>
          <div className={styles.buttons}>
            {host.addNewPeriodSheet && (
              <Button icon={<TableAddRegular />} onClick={() => void addSheet().catch(onError)}>
                {t('new_period_sheet')}
              </Button>
            )}
            <Button
              icon={<ArrowDownloadRegular />}
              onClick={() =>
                void (async () => {
                  const wb = buildNewPeriodWorkbook(previous.analysis, previous.analysis.lang, settings.allowedStates);
                  const name = downloadName('next_period', previous.analysis.lang, periodAfter(previous.analysis.period), previous.name, 'xlsx');
                  const saved = saveBlob(
                    new Blob([(await wb.xlsx.writeBuffer()) as ArrayBuffer], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' }),
                    name,
                  );
                  if (!saved.ok) setError(reportCheck(lang, 'no_download', { platform: reportCheck(lang, platformKey()) }));
                })().catch(onError)
              }
            >
              {t('new_period')}
            </Button>
          </div>
          <Text size={200}>{t(host.addNewPeriodSheet ? 'new_period_sheet_help' : 'new_period_help')}</Text>
          {written && (
            <MessageBar intent="success">
              <MessageBarBody>{written}</MessageBarBody>
            </MessageBar>
          )}
        </div>
      )}
      {(previous || stored) && !analysis?.layout && <Text>{t('not_validated')}</Text>}
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
                      <Button appearance="subtle" className={styles.item} onClick={() => void host.selectCell(item.sheet, item.cell!).catch(onError)}>
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
                      onChange={(_, d) => correct(r.id!, d.value || null)}
                    >
                      <option value="">{t('none')}</option>
                      {base!.rows
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
