import { Button, Field, Input, ProgressBar, Select, Spinner, Text, makeStyles, tokens } from '@fluentui/react-components';
import { CheckmarkRegular, DismissRegular, EditRegular, ErrorCircleFilled, InfoFilled, PlayRegular, WarningFilled } from '@fluentui/react-icons';
import { Suspense, lazy, useEffect, useMemo, useReducer, useRef, useState } from 'react';
import { Analysis } from '../../core/analyze';
import { Finding, FindingCode, SEVERITIES, Severity, isReadingFinding } from '../../core/findings';
import { counts, findingMessage as messageOf, ui } from '../../core/messages';
import { groupText, pane } from '../../core/messages/pane';
import { Lang } from '../../core/status';
import { fold } from '../../core/text';
import { SAFE_FIX_CODES, applyAllOfCode, applyFix, applyWrites, editableFor, enforceStatuses, fixBlocked, fixOf, readAt, writeOf } from '../../host/commands';
import { CellFix, Host, ReadProgress, hostErrorText } from '../../host/host';
import { Settings } from '../../host/settings';
import type { StandaloneSession } from '../../standalone/session';
import type { Notice } from '../App';
import { Notice as NoticeView } from '../Notice';
import type { MenuAction } from './ActionsMenu';

// The menu and its popup positioning load after the first screen; a plain button stands in meanwhile.
const ActionsMenu = lazy(() => import(/* webpackChunkName: "actions-menu" */ './ActionsMenu'));
// The changes, each shown by its changed part, once there are some.
const ChangeList = lazy(() => import(/* webpackChunkName: "actions-menu" */ './ChangeList'));

// The editor (combobox, text area, the deadline parser) loads when a cell is first edited.
const CellEditor = lazy(() => import(/* webpackChunkName: "cell-editor" */ './CellEditor').then((m) => ({ default: m.CellEditor })));
const RowEditor = lazy(() => import(/* webpackChunkName: "cell-editor" */ './RowEditor').then((m) => ({ default: m.RowEditor })));

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  filters: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, marginTop: tokens.spacingVerticalM },
  sectionHead: { display: 'flex', alignItems: 'flex-start', gap: tokens.spacingHorizontalS },
  sectionIcon: { flexShrink: 0, fontSize: '20px', marginTop: '2px' },
  sectionTitle: { margin: 0 },
  group: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, margin: 0, padding: 0, listStyleType: 'none' },
  groupHead: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, marginTop: tokens.spacingVerticalS, flexWrap: 'wrap' },
  hint: { color: tokens.colorNeutralForeground2 },
  item: { display: 'flex', alignItems: 'flex-start', gap: tokens.spacingHorizontalXS, flexWrap: 'wrap' },
  // The message takes the whole line; its fix and edit buttons follow under it, so each button sits with its own finding.
  cellButton: { textAlign: 'left', justifyContent: 'flex-start', minWidth: 0, flexGrow: 1, flexBasis: '100%' },
  marked: { borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorPaletteYellowBorderActive}` },
  message: { whiteSpace: 'normal', wordBreak: 'break-word', fontWeight: tokens.fontWeightRegular },
  changes: { margin: 0, paddingLeft: tokens.spacingHorizontalL, wordBreak: 'break-word' },
  result: { flexBasis: '100%' },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  // Read by screen readers, not shown: the result is shown beside the action.
  live: { position: 'absolute', width: '1px', height: '1px', overflow: 'hidden', clipPath: 'inset(50%)', whiteSpace: 'nowrap' },
});

/** How long an action's result stays beside it once the findings are back. */
const RESULT_MS = 10_000;
/** The invalid deadline's message without the accepted forms: they are said once, under the group. */
const findingMessage = (f: Finding, lang: Lang) => messageOf(f, lang, { accepted: false });

const MAX_PER_GROUP = 300;
// The severity is said by the section's heading; its icon only marks where each section starts.
const SEVERITY_ICON = { error: ErrorCircleFilled, warning: WarningFilled, info: InfoFilled } as const;
const SEVERITY_COLOR: Record<Severity, string> = { error: tokens.colorPaletteRedForeground1, warning: tokens.colorPaletteDarkOrangeForeground1, info: tokens.colorBrandForeground1 };
const HEADING = { error: 'errors', warning: 'warnings', info: 'infos' } as const;
const SECTION = { error: 'section_errors', warning: 'section_warnings', info: 'section_infos' } as const;

function SeverityIcon({ severity, className }: { severity: Severity; className: string }) {
  const Icon = SEVERITY_ICON[severity];
  return <Icon aria-hidden className={className} style={{ color: SEVERITY_COLOR[severity] }} />;
}

export interface Change {
  label: string;
  done: CellFix[];
}

/** An action's result, told where it was done: `at` is the finding (its key) or group (`group:code`) acted on, `next` the one after it. */
interface Result {
  at: string;
  next: string | null;
  /** The place in the list of the finding acted on, where focus goes after the check. */
  after: number;
  text: string;
  intent: Notice['intent'];
}

interface Props {
  host: Host;
  analysis: Analysis | null;
  settings: Settings;
  lang: Lang;
  busy: boolean;
  progress: ReadProgress | null;
  history: Change[];
  onValidate: () => Promise<void> | void;
  onCancel: () => void;
  onNotice: (n: Notice | null) => void;
  onError: (e: unknown) => void;
  onChanged: (c: Change) => void;
  /** Takes back the last change; resolves to what to tell beside the undo button. */
  onUndo: () => Promise<Notice | null>;
  standalone?: StandaloneSession;
}

const keyOf = (f: Finding) => `${f.code}|${f.sheet}|${f.cell}`;

export function FindingsView({ host, analysis, settings, lang, busy, progress, history, onValidate, onCancel, onNotice, onError, onChanged, onUndo, standalone }: Props) {
  const styles = useStyles();
  const t = (k: Parameters<typeof pane>[1], p?: Record<string, string | number>) => pane(lang, k, p);
  const [severity, setSeverity] = useState<Severity | 'all'>('all');
  const [query, setQuery] = useState('');
  const [editing, setEditing] = useState<string | null>(null);
  const [rowsOpen, setRowsOpen] = useState(false);
  /** Where the last action's result is told and focus goes: the finding that followed the one acted on. */
  const [result, setResult] = useState<Result | null>(null);
  /** The result of an action of the toolbar or the changes list, told beside it. */
  const [note, setNote] = useState<{ where: 'toolbar' | 'changes'; notice: Notice } | null>(null);
  // An undo takes back what a fix's message announced: the message goes with it.
  const [changes, setChanges] = useState(history.length);
  if (history.length !== changes) {
    if (history.length < changes) setResult(null);
    setChanges(history.length);
  }
  const [, refresh] = useReducer((n: number) => n + 1, 0);
  const list = useRef<HTMLDivElement>(null);
  useEffect(() => standalone?.subscribe(refresh), [standalone]);

  const visible = useMemo(() => {
    if (!analysis) return [];
    const q = fold(query);
    return analysis.findings.filter((f) => (severity === 'all' || f.severity === severity) && (!q || fold(`${f.cell} ${f.rowId ?? ''} ${findingMessage(f, lang)} ${groupText(lang, f.code).title}`).includes(q)));
  }, [analysis, severity, query, lang]);

  // The reading's own doubts first, in a section of their own above the errors.
  const sections = useMemo(() => {
    const kinds = [
      { key: 'reading', heading: 'section_reading' as const, severity: 'warning' as Severity, has: isReadingFinding },
      ...SEVERITIES.map((s) => ({ key: s, heading: SECTION[s], severity: s, has: (f: Finding) => f.severity === s && !isReadingFinding(f) })),
    ];
    return kinds
      .map(({ key, heading, severity, has }) => {
        const byCode = new Map<FindingCode, Finding[]>();
        for (const f of visible.filter(has)) byCode.set(f.code, [...(byCode.get(f.code) ?? []), f]);
        return { key, heading, severity, groups: [...byCode.entries()].map(([code, items]) => ({ code, items })) };
      })
      .filter((s) => s.groups.length);
  }, [visible]);
  const order = useMemo(() => sections.flatMap((s) => s.groups.flatMap((g) => g.items.slice(0, MAX_PER_GROUP))), [sections]);

  // The latest outcome and callbacks, read by the focus effect below without re-running it.
  const latest = useRef({ result });
  useEffect(() => {
    latest.current = { result };
  });
  // After a re-validation (and only then), focus the finding now at the place of the one acted on.
  useEffect(() => {
    const { result } = latest.current;
    if (!result || busy) return;
    const buttons = list.current?.querySelectorAll<HTMLButtonElement>('[data-finding]');
    const target = buttons?.[Math.min(result.after, (buttons?.length ?? 1) - 1)];
    target?.focus();
  }, [analysis, busy]);
  // A result stays a few seconds once the findings are back; the changes list keeps what was done.
  useEffect(() => {
    if (!result || busy) return;
    const timer = setTimeout(() => setResult(null), RESULT_MS);
    return () => clearTimeout(timer);
  }, [result, busy]);
  useEffect(() => {
    if (!note) return;
    const timer = setTimeout(() => setNote(null), RESULT_MS);
    return () => clearTimeout(timer);
  }, [note]);

  const count = (s: Severity) => analysis?.findings.filter((f) => f.severity === s).length ?? 0;
  const act = (fn: () => Promise<void>) => () => void fn().catch(onError);

  /** Applies writes, tells the result beside the finding or group acted on, and re-validates. */
  const write = async (place: Omit<Result, 'text' | 'intent'>, label: string, run: () => Promise<{ applied: number; skipped: string[]; done: CellFix[] }>, all = false) => {
    const out = await run();
    if (out.done.length) onChanged({ label, done: out.done });
    const { doneText } = await import(/* webpackChunkName: "actions-menu" */ '../change-text');
    const text = [out.done.length ? doneText(lang, out.done, all) : '', out.skipped.length ? t('fix_skipped', { cells: out.skipped.join(', ') }) : ''].filter(Boolean).join(' ');
    setResult({ ...place, text: text || t('cell_unchanged', { cell: label.split(':')[0] }), intent: out.skipped.length ? 'warning' : 'success' });
    setEditing(null);
    onNotice(null);
    await onValidate();
  };
  /** Where a finding's result goes: the finding, else the one that followed it. */
  const placeOf = (f: Finding) => {
    const i = order.indexOf(f);
    return { at: keyOf(f), next: order[i + 1] ? keyOf(order[i + 1]) : null, after: i };
  };

  /** A cell of any plan row written from the row editor: on the undo stack, told beside the row. */
  const writeCell = async (sheet: string, cell: string, value: string): Promise<Notice> => {
    try {
      const w = writeOf(analysis!, sheet, cell, value);
      if (!w)
        return readAt(analysis!, sheet, cell) === null
          ? { intent: 'warning', text: t('fix_skipped', { cells: cell }) }
          : { intent: 'info', text: t('cell_unchanged', { cell }) };
      const out = await applyWrites(host, [w]);
      if (out.done.length) onChanged({ label: `${cell}: ${value}`, done: out.done });
      await onValidate();
      return out.skipped.length ? { intent: 'warning', text: t('fix_skipped', { cells: out.skipped.join(', ') }) } : { intent: 'success', text: t('row_written', { cell, value }) };
    } catch (e) {
      return { intent: 'error', text: hostErrorText(lang, e) };
    }
  };

  const exportCsv = async () => {
    if (!analysis) return;
    const name = (standalone?.fileName ?? analysis.sheet).replace(/\.xlsx$/i, '');
    const { findingsCsv } = await import(/* webpackChunkName: "findings-export" */ '../findings-csv');
    const { saveBlob } = await import(/* webpackChunkName: "report" */ '../download');
    saveBlob(new Blob([findingsCsv(analysis, lang)], { type: 'text/csv;charset=utf-8' }), `${name}.findings.csv`);
  };

  // A file of its own in Excel too: it is sent to the units, and the officer's workbook stays as it is.
  const exportXlsx = async () => {
    if (!analysis) return;
    const name = (standalone?.fileName ?? analysis.sheet).replace(/\.xlsx$/i, '');
    const { textTableWorkbook } = await import(/* webpackChunkName: "standalone" */ '../../xlsx/findings-book');
    const { findingsSheetName, findingsTable } = await import(/* webpackChunkName: "findings-export" */ '../findings-csv');
    const bytes = await textTableWorkbook(findingsSheetName(lang), findingsTable(analysis, lang));
    const { saveBlob } = await import(/* webpackChunkName: "report" */ '../download');
    saveBlob(new Blob([bytes as BlobPart], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' }), `${name}.findings.xlsx`);
  };

  const highlighted = new Set(standalone?.highlighted.map((h) => `${h.sheet}|${h.cell}`) ?? []);

  // Only what does something here: the sheet's colours are Excel's, so not offered without it.
  const menu: MenuAction[] = [
    {
      key: 'statuses',
      label: t('enforce_statuses'),
      icon: 'list',
      disabled: !analysis || busy,
      run: act(async () => {
        const ok = analysis ? await enforceStatuses(host, analysis, settings) : false;
        setNote({ where: 'toolbar', notice: ok ? { intent: 'success', text: t('statuses_enforced') } : { intent: 'warning', text: t('no_status_column') } });
      }),
    },
    ...(standalone
      ? []
      : ([
          { key: 'highlight', label: t('highlight'), icon: 'highlight', disabled: !analysis || busy, run: act(() => host.highlight(analysis!.findings)) },
          { key: 'clear', label: t('clear_highlights'), disabled: busy, run: act(() => host.clearHighlights()) },
        ] satisfies MenuAction[])),
    { key: 'csv', label: t('export_csv'), icon: 'download', disabled: !analysis, run: act(exportCsv) },
    { key: 'xlsx', label: t('export_xlsx'), icon: 'download', disabled: !analysis, run: act(exportXlsx) },
  ];

  const keys = new Set([...order.map(keyOf), ...sections.flatMap((s) => s.groups.map((g) => `group:${g.code}`))]);
  /** Where the last result is shown: the finding or group acted on, else the one after it, else the end of the list. */
  const resultAt = !result || busy ? null : keys.has(result.at) ? result.at : result.next && keys.has(result.next) ? result.next : 'end';
  // When nothing is left to fix, the result says so too.
  const resultText = result && (order.length ? result.text : `${result.text} ${t('nothing_left')}`);
  const resultView = (at: string) =>
    resultAt === at &&
    result && (
      <div className={styles.result} data-result>
        <NoticeView intent={result.intent} text={resultText!} />
      </div>
    );
  const noteView = (where: 'toolbar' | 'changes') => note?.where === where && <NoticeView intent={note.notice.intent} text={note.notice.text} />;

  return (
    <section className={styles.root} aria-label={t('tab_validate')}>
      <div aria-live="polite" className={styles.live}>
        {resultAt ? resultText : note?.notice.text}
      </div>
      {/* Two buttons, each in the tab order: a group, not a toolbar (whose code the first screen need not carry). */}
      <div role="group" aria-label={t('tab_validate')} className={styles.actions}>
        <Button appearance="primary" icon={<PlayRegular />} onClick={() => void onValidate()} disabled={busy}>
          {t('validate')}
        </Button>
        {busy && (
          <Button icon={<DismissRegular />} onClick={onCancel}>
            {t('cancel')}
          </Button>
        )}
        {/* Until the menu is there, its button cannot be pressed for nothing. */}
        <Suspense fallback={<Button disabled>{t('more_actions')}</Button>}>
          <ActionsMenu label={t('more_actions')} actions={menu} />
        </Suspense>
      </div>
      {noteView('toolbar')}
      {history.length > 0 && (
        <details>
          <summary>{t('changes_made', { count: history.reduce((n, c) => n + c.done.length, 0) })}</summary>
          <Suspense fallback={<Spinner size="tiny" />}>
            <ChangeList
              lang={lang}
              done={history.flatMap((c) => c.done)}
              className={styles.changes}
              busy={busy}
              onUndo={act(async () => {
                const told = await onUndo();
                if (told) setNote({ where: 'changes', notice: told });
              })}
            />
          </Suspense>
        </details>
      )}
      {noteView('changes')}
      {standalone && analysis && analysis.rows.length > 0 && (
        <details onToggle={(e) => setRowsOpen(e.currentTarget.open)}>
          <summary>{t('rows_title')}</summary>
          {rowsOpen && (
            <Suspense fallback={<Spinner size="tiny" />}>
              <RowEditor analysis={analysis} settings={settings} lang={lang} busy={busy} onWrite={writeCell} />
            </Suspense>
          )}
        </details>
      )}
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
      <div ref={list}>
        {sections.map((section, si) => (
          <section key={section.key} className={styles.section} aria-label={t(section.heading)}>
            <div className={styles.sectionHead}>
              <SeverityIcon severity={section.severity} className={styles.sectionIcon} />
              <Text as="h2" size={400} weight="semibold" className={styles.sectionTitle}>
                {t(section.heading)}
              </Text>
            </div>
            {section.groups.map((g, gi) => {
              const { title, hint } = groupText(lang, g.code);
              const fixes = analysis && SAFE_FIX_CODES.includes(g.code) ? g.items.filter((f) => fixOf(analysis, f)).length : 0;
              const nextGroup = section.groups[gi + 1] ?? sections[si + 1]?.groups[0];
              const place = { at: `group:${g.code}`, next: nextGroup ? `group:${nextGroup.code}` : null, after: order.indexOf(g.items[0]) };
              return (
                <div key={g.code}>
                  {resultView(`group:${g.code}`)}
                  <div className={styles.groupHead}>
                    <Text as="h3" size={300} weight="semibold">
                      {title} ({g.items.length})
                    </Text>
                    {fixes > 1 && (
                      <Button size="small" icon={<CheckmarkRegular />} disabled={busy} onClick={act(() => write(place, title, () => applyAllOfCode(host, analysis!, g.code), true))}>
                        {t('fix_all', { count: fixes })}
                      </Button>
                    )}
                  </div>
                  <Text size={200} className={styles.hint}>
                    {hint}
                  </Text>
                  {g.code === 'invalid_deadline' && (
                    <details>
                      <summary>
                        <Text size={200}>{t('accepted_forms')}</Text>
                      </summary>
                      <Text size={200}>{ui(lang, 'accepted_deadlines')}</Text>
                    </details>
                  )}
                  <ul className={styles.group} aria-label={title}>
                    {g.items.slice(0, MAX_PER_GROUP).map((f) => {
                      const fix = analysis ? fixOf(analysis, f) : null;
                      const edit = analysis ? editableFor(analysis, f) : null;
                      const key = keyOf(f);
                      return (
                        <li key={key} className={`${styles.item} ${highlighted.has(`${f.sheet}|${f.cell}`) ? styles.marked : ''}`}>
                          {resultView(key)}
                          <Button
                            appearance="subtle"
                            className={styles.cellButton}
                            data-finding={key}
                            aria-label={`${t('go_to_cell', { cell: f.cell })}: ${findingMessage(f, lang)}`}
                            onClick={act(() => host.selectCell(f.sheet, f.cell))}
                          >
                            <span className={styles.message}>
                              <strong>{f.cell}</strong> {f.rowId ? `(${f.rowId}) ` : ''}
                              {findingMessage(f, lang)}
                            </span>
                          </Button>
                          {fix && (
                            <Button size="small" disabled={busy} onClick={act(() => write(placeOf(f), `${f.cell}: ${fix.value}`, () => applyFix(host, analysis!, f)))}>
                              {t('apply_fix', { value: fix.value.length > 40 ? `${fix.value.slice(0, 39)}…` : fix.value })}
                            </Button>
                          )}
                          {!fix && analysis && fixBlocked(analysis, f) && (
                            // A fix that cannot be made says why, beside its greyed button.
                            <>
                              <Button size="small" disabledFocusable aria-describedby={`fix-why-${order.indexOf(f)}`}>
                                {t('apply_fix', { value: f.suggestion!.length > 40 ? `${f.suggestion!.slice(0, 39)}…` : f.suggestion! })}
                              </Button>
                              <Text id={`fix-why-${order.indexOf(f)}`} size={200} className={styles.hint} style={{ flexBasis: '100%' }}>
                                {t(fixBlocked(analysis, f)!, { cell: f.cell })}
                              </Text>
                            </>
                          )}
                          {edit && (
                            <Button size="small" icon={<EditRegular />} aria-label={t('edit_cell', { cell: f.cell })} onClick={() => setEditing(editing === key ? null : key)}>
                              {t('edit')}
                            </Button>
                          )}
                          {edit && editing === key && analysis && (
                            <Suspense fallback={<Spinner size="tiny" />}>
                              <CellEditor
                                analysis={analysis}
                                settings={settings}
                                lang={lang}
                                kind={edit.kind}
                                cell={f.cell}
                                current={readAt(analysis, f.sheet, f.cell) ?? ''}
                                onClose={() => setEditing(null)}
                                onWrite={(value) =>
                                  void write(placeOf(f), `${f.cell}: ${value.length > 60 ? `${value.slice(0, 59)}…` : value}`, async () => {
                                    const w = writeOf(analysis, f.sheet, f.cell, value);
                                    return applyWrites(host, w ? [w] : []);
                                  }).catch(onError)
                                }
                              />
                            </Suspense>
                          )}
                        </li>
                      );
                    })}
                    {g.items.length > MAX_PER_GROUP && <li>… +{g.items.length - MAX_PER_GROUP}</li>}
                  </ul>
                </div>
              );
            })}
          </section>
        ))}
        {resultView('end')}
      </div>
    </section>
  );
}
