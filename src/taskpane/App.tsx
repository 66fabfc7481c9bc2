import { Select, Spinner, Tab, TabList, Text, makeStyles, tokens } from '@fluentui/react-components';
import { ReactNode, Suspense, lazy, useCallback, useEffect, useRef, useState } from 'react';
import { Analysis } from '../core/analyze';
import { LANGS } from '../core/messages';
import { usableLang } from '../core/messages/langs';
import { PaneKey, pane } from '../core/messages/pane';
import { Lang } from '../core/status';
import { Host, HostError, ReadProgress, hostErrorText } from '../host/host';
import { revalidateOnChange } from '../host/watch';
import { applyWrites, undoOf, validate } from '../host/commands';
import { analyzeInWorker } from './analyze-in-worker';
import type { Settings } from '../host/settings';
import type { StandaloneSession } from '../standalone/session';
import { Change, FindingsView } from './components/FindingsView';
import { LANG_NAMES, rememberLang } from './lang-memory';
import type { StandaloneBar } from './StandaloneShell';
import { Notice as NoticeView } from './Notice';
import { focusFindingWhenShown } from './go-to-finding';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, padding: tokens.spacingHorizontalM },
  // At 420 px the five tabs do not fit on one line (ru, ro): they wrap, each whole, all in the tab order.
  tabs: { flexWrap: 'wrap' },
  header: { display: 'flex', alignItems: 'center', justifyContent: 'space-between', gap: tokens.spacingHorizontalS },
});

// The report tab brings the template engine: loaded when first opened, not with the pane.
const ReportView = lazy(() => import(/* webpackChunkName: "report" */ './components/ReportView').then((m) => ({ default: m.ReportView })));
// Not on the first screen either: their Fluent UI components come with them.
const StatsView = lazy(() => import(/* webpackChunkName: "statistics" */ './components/StatsView').then((m) => ({ default: m.StatsView })));
const ReadingView = lazy(() => import(/* webpackChunkName: "settings" */ './components/ReadingView').then((m) => ({ default: m.ReadingView })));
const SettingsView = lazy(() => import(/* webpackChunkName: "settings" */ './components/SettingsView').then((m) => ({ default: m.SettingsView })));

// The compare tab brings the .docx reader and the comparison: loaded when first opened.
const CompareView = lazy(() => import(/* webpackChunkName: "compare" */ './components/CompareView').then((m) => ({ default: m.CompareView })));
const TABS = ['validate', 'statistics', 'report', 'compare', 'settings'] as const;
type TabName = (typeof TABS)[number];

export interface Notice {
  intent: 'success' | 'warning' | 'error' | 'info';
  text: string;
}

/** A notice belongs to the tab it was given on: it is shown there, above the tab's content, and goes when the tab is left. */
type TabNotice = Notice & { tab: TabName | null };

/** The pane: everything happens here, beside the sheet, in the user's language. */
export function App({ host, initialLang, standalone, standaloneBar }: { host: Host; initialLang: Lang; standalone?: StandaloneSession; standaloneBar?: StandaloneBar }) {
  const styles = useStyles();
  const [lang, setLang] = useState<Lang>(initialLang);
  const wantedLang = useRef<Lang | null>(null);
  // The host's settings; null until read (settings are parsed in the host's chunk, with zod).
  const [settings, setSettings] = useState<Settings | null>(null);
  const [tab, setTab] = useState<TabName>('validate');
  const [analysis, setAnalysis] = useState<Analysis | null>(null);
  const [progress, setProgress] = useState<ReadProgress | null>(null);
  const [busy, setBusy] = useState(false);
  const [notice, setTabNotice] = useState<TabNotice | null>(null);
  const tabRef = useRef<TabName>('validate');
  /** A notice for the tab in view; `everywhere` for what concerns the whole pane (its language, its settings). */
  const setNotice = useCallback((n: Notice | null, everywhere = false) => setTabNotice(n && { ...n, tab: everywhere ? null : tabRef.current }), []);
  /** The changes made from the pane in this workbook, newest last: the undo stack. */
  const [history, setHistory] = useState<Change[]>([]);
  const abort = useRef<AbortController | null>(null);
  const t = useCallback((key: PaneKey, params?: Record<string, string | number>) => pane(lang, key, params), [lang]);

  const explain = useCallback(
    (e: unknown) => setNotice({ intent: e instanceof HostError && e.code === 'cancelled' ? 'info' : 'error', text: hostErrorText(lang, e) }),
    [lang, setNotice],
  );

  const runValidation = useCallback(
    async (s: Settings | null = settings, l: Lang = lang) => {
      if (!s) return;
      abort.current?.abort();
      const controller = new AbortController();
      abort.current = controller;
      setBusy(true);
      setProgress(null);
      try {
        const a = await validate(host, s, l, setProgress, controller.signal, analyzeInWorker);
        if (!controller.signal.aborted) setAnalysis(a);
      } catch (e) {
        explain(e);
      } finally {
        if (abort.current === controller) {
          setBusy(false);
          setProgress(null);
        }
      }
    },
    [host, settings, lang, explain],
  );

  // The change handler outlives renders: it runs the latest validation, with the settings of the moment.
  const latest = useRef({ runValidation, explain });
  useEffect(() => {
    latest.current = { runValidation, explain };
  }, [runValidation, explain]);

  useEffect(() => {
    let unsubscribe: (() => void) | undefined;
    let closed = false;
    void (async () => {
      const loaded = await host.loadSettings();
      setSettings(loaded.settings);
      const usable = await usableLang(loaded.settings.lang ?? initialLang);
      const l = usable.lang;
      // A language the officer picked meanwhile stays.
      if (!wantedLang.current) setLang(l);
      if (usable.failed) setNotice({ intent: 'warning', text: pane(l, 'lang_unavailable') }, true);
      else if (loaded.notice) setNotice({ intent: 'warning', text: pane(l, 'settings_reset') }, true);
      await latest.current.runValidation(loaded.settings, l);
      const off = await revalidateOnChange(host, () => () => void latest.current.runValidation());
      if (closed) off();
      else unsubscribe = off;
    })().catch((e) => latest.current.explain(e));
    return () => {
      closed = true;
      unsubscribe?.();
    };
  }, [host, initialLang, setNotice]);

  /** Takes back the last change; says how, for the place the undo was asked from. */
  const undo = async (): Promise<Notice | null> => {
    const last = history[history.length - 1];
    if (!last) return null;
    const out = await applyWrites(host, undoOf(last.done));
    setHistory((h) => h.slice(0, -1));
    void runValidation();
    return out.skipped.length ? { intent: 'warning', text: t('fix_skipped', { cells: out.skipped.join(', ') }) } : { intent: 'success', text: t('undone', { label: last.label }) };
  };

  const changeLang = async (wanted: Lang) => {
    wantedLang.current = wanted;
    const usable = await usableLang(wanted);
    // Only the last choice counts when languages arrive out of order.
    if (wantedLang.current !== wanted) return;
    const l = usable.lang;
    setLang(l);
    if (usable.failed) {
      setNotice({ intent: 'warning', text: pane(l, 'lang_unavailable') }, true);
      return;
    }
    rememberLang(l);
    setNotice(null);
    if (!settings) return;
    const s = { ...settings, lang: l };
    setSettings(s);
    void host.saveSettings(s).catch(explain);
    void runValidation(s, l);
  };

  /** Saves the settings and checks again; the caller says "saved" beside its own button. An error is thrown to it. */
  const saveSettings = async (s: Settings) => {
    setSettings(s);
    await host.saveSettings(s);
    void runValidation(s);
  };
  const saveOrExplain = (s: Settings) => saveSettings(s).catch(explain);

  const panels: Record<TabName, ReactNode> | null = settings && {
    validate: (
      <FindingsView
        host={host}
        analysis={analysis}
        settings={settings}
        lang={lang}
        busy={busy}
        progress={progress}
        history={history}
        onValidate={() => runValidation()}
        onCancel={() => abort.current?.abort()}
        onNotice={setNotice}
        onChanged={(c) => setHistory((h) => [...h, c])}
        onUndo={undo}
        onError={explain}
        standalone={standalone}
      />
    ),
    statistics: (
      <Suspense fallback={<Spinner label={t('loading')} />}>
        <StatsView analysis={analysis} lang={lang} />
      </Suspense>
    ),
    report: (
      <Suspense fallback={<Spinner label={t('loading')} />}>
        <ReportView
          host={host}
          analysis={analysis}
          settings={settings}
          lang={lang}
          onSaveSettings={saveOrExplain}
          onNotice={(n) => setNotice(n)}
          onError={explain}
          onGoToFinding={(f) => {
            setTab('validate');
            void host.selectCell(f.sheet, f.cell).catch(() => undefined);
            focusFindingWhenShown(f);
          }}
        />
      </Suspense>
    ),
    compare: (
      <Suspense fallback={<Spinner label={t('loading')} />}>
        <CompareView host={host} analysis={analysis} settings={settings} lang={lang} onSaveSettings={saveOrExplain} onError={explain} />
      </Suspense>
    ),
    settings: (
      <Suspense fallback={<Spinner label={t('loading')} />}>
        <ReadingView
          analysis={analysis}
          settings={settings}
          lang={lang}
          onSave={(s) => void saveSettings(s).then(() => setNotice({ intent: 'success', text: t('settings_saved') }), explain)}
        />
        <SettingsView analysis={analysis} settings={settings} lang={lang} onSave={saveSettings} />
      </Suspense>
    ),
  };

  return (
    <main className={styles.root} lang={lang}>
      <div className={styles.header}>
        <Text as="h1" size={500} weight="semibold">
          {t('app_title')}
        </Text>
        {/* A native list: Fluent's Dropdown would bring its popup positioning (about 20 KB gzipped) to the first screen. */}
        <Select aria-label={t('language')} value={lang} onChange={(_, d) => void changeLang(d.value as Lang).catch(explain)} style={{ minWidth: '120px' }}>
          {LANGS.map((l) => (
            <option key={l} value={l}>
              {LANG_NAMES[l]}
            </option>
          ))}
        </Select>
      </div>
      {standaloneBar?.(lang)}
      {notice && notice.tab === null && <NoticeView intent={notice.intent} text={notice.text} role="status" />}
      <TabList
        className={styles.tabs}
        selectedValue={tab}
        onTabSelect={(_, d) => {
          tabRef.current = d.value as TabName;
          setTab(d.value as TabName);
          setTabNotice((n) => (n && n.tab !== null ? null : n));
        }}
        aria-label={t('app_title')}
      >
        {TABS.map((name) => (
          <Tab key={name} value={name} id={`tab-${name}`} aria-controls={`panel-${name}`}>
            {t(`tab_${name}` as PaneKey)}
          </Tab>
        ))}
      </TabList>
      <div role="tabpanel" id={`panel-${tab}`} aria-labelledby={`tab-${tab}`}>
        {notice && notice.tab === tab && <NoticeView intent={notice.intent} text={notice.text} role="status" />}
        {panels ? panels[tab] : <Spinner label={t('loading')} />}
      </div>
    </main>
  );
}
