import { Button, Field, Select, Switch, Text, Toolbar, makeStyles, tokens } from '@fluentui/react-components';
import { ArrowDownloadRegular, ArrowResetRegular, ArrowUndoRegular, CopyRegular, DocumentTableRegular, SaveRegular } from '@fluentui/react-icons';
import { ReactElement, useEffect, useMemo, useRef, useState } from 'react';
import { Finding } from '../../core/findings';
import { openErrors, openIssuesAppendix, reportCheck } from '../../core/messages/report-check';
import { Analysis } from '../../core/analyze';
import { templateIssueMessage } from '../../core/messages/template-issue';
import { editor } from '../../core/messages/editor';
import { pane } from '../../core/messages/pane';
import { LANGS, ui } from '../../core/messages';
import { DEFAULT_TEMPLATES, writeNarrative } from '../../core/narrative';
import { Lang } from '../../core/status';
import { narrativeToClipboardText, narrativeToHtml } from '../../report/clipboard';
import { downloadName } from '../../report/file-names';
import { buildOutputSheets } from '../../report/sheets';
import { Host } from '../../host/host';
import { Settings } from '../../host/settings';
import { withCompletionBefore } from '../../host/generate';
import type { Notice } from '../App';
import { Notice as NoticeView } from '../Notice';
import { downloadsWork, platformKey, saveBlob, workbookFileName } from '../download';
import { reportComparison, useLoadedPrevious } from '../report-comparison';
import { LANG_NAMES } from '../lang-memory';
import { NarrativeText } from './NarrativeText';
import { RestoreDefaultDialog } from './RestoreDefaultDialog';
import { TemplateEditor, selectLine } from './TemplateEditor';
import { TemplateReference } from './TemplateReference';
import { useNarrative } from './useNarrative';
import { SubmitCheckDialog } from './SubmitCheckDialog';
import { CheckAnswer, ReportAction, answerWith, mustAsk, outgoingNarrative } from '../report-gate';
import { registerAllLangs } from '../../core/messages/all-langs';

registerAllLangs();

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  workbench: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalM, alignItems: 'flex-start' },
  editor: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, flex: '3 1 260px', minWidth: 0 },
  preview: {
    wordBreak: 'break-word',
    padding: tokens.spacingHorizontalS,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
    maxHeight: '50vh',
    overflowY: 'auto',
  },
  issues: { color: tokens.colorPaletteRedForeground1, margin: 0, paddingLeft: tokens.spacingHorizontalL },
  why: { color: tokens.colorNeutralForeground3 },
  kept: { color: tokens.colorPaletteRedForeground1 },
  fold: { borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`, paddingTop: tokens.spacingVerticalS },
  summary: { cursor: 'pointer', fontWeight: tokens.fontWeightSemibold, padding: `${tokens.spacingVerticalXS} 0` },
});

interface Props {
  host: Host;
  analysis: Analysis | null;
  settings: Settings;
  lang: Lang;
  onSaveSettings: (s: Settings) => Promise<void>;
  onNotice: (n: Notice) => void;
  onError: (e: unknown) => void;
  /** Shows the Findings tab on this finding (the check before submission's "go to the first"). */
  onGoToFinding?: (f: Finding) => void;
}

/** Rich text where the browser allows it (Word and Outlook keep headings, bold and lists), plain text otherwise. */
async function copyRich(html: string, plain: string): Promise<void> {
  if (typeof ClipboardItem !== 'undefined' && navigator.clipboard.write) {
    await navigator.clipboard.write([
      new ClipboardItem({ 'text/html': new Blob([html], { type: 'text/html' }), 'text/plain': new Blob([plain], { type: 'text/plain' }) }),
    ]);
  } else await navigator.clipboard.writeText(plain);
}

const copyNarrative = (text: string) => copyRich(narrativeToHtml(text), narrativeToClipboardText(text));

/** The report model, from the docx chunk (loaded when first needed, with the Word writer). */
const reportModule = () =>
  Promise.all([
    import(/* webpackChunkName: "docx" */ 'docx'),
    import(/* webpackChunkName: "docx" */ '../../report/docx'),
    import(/* webpackChunkName: "docx" */ '../../report/model'),
    import(/* webpackChunkName: "docx" */ '../../report/html'),
    import(/* webpackChunkName: "docx" */ '../../report/markdown'),
  ]);

type Action = ReportAction;

/**
 * The Report tab, in the order an officer works: the report's language, its preview, the actions
 * (Word, copy, sheets), then the template editor folded under "Edit the template". A template with
 * errors keeps the last good preview beside its errors. With errors open in the plan, the first
 * action that makes the report asks once (go to the first, or generate anyway with an appendix).
 */
export function ReportView({ host, analysis, settings, lang, onSaveSettings, onError, onGoToFinding }: Props) {
  const styles = useStyles();
  const t = (k: Parameters<typeof pane>[1], p?: Record<string, string | number>) => pane(lang, k, p);
  const rc = (k: Parameters<typeof reportCheck>[1], p?: Record<string, string | number>) => reportCheck(lang, k, p);
  // The report speaks its own language: chosen for this workbook, else the workbook's (not the interface's).
  const workbookLang = analysis?.lang ?? settings.sheetLang ?? lang;
  const reportLang = settings.reportLang ?? workbookLang;
  const saved = settings.template ?? DEFAULT_TEMPLATES[reportLang];
  const [source, setSource] = useState(saved);
  const [restoring, setRestoring] = useState(false);
  const [includeComparison, setIncludeComparison] = useState(true);
  const [outcome, setOutcome] = useState<{ intent: 'success' | 'warning'; text: string } | null>(null);
  const [asking, setAsking] = useState<Action | null>(null);
  // Said beside the choice, not in the pane's top bar where it would outlive the tab.
  const [langNote, setLangNote] = useState<string | null>(null);
  const answered = useRef<CheckAnswer | null>(null);
  const textarea = useRef<HTMLTextAreaElement | null>(null);
  useEffect(() => setSource(settings.template ?? DEFAULT_TEMPLATES[reportLang]), [settings.template, reportLang]);
  // The previous report picked on the Compare tab, else the one kept with the workbook: included at the officer's choice.
  const picked = useLoadedPrevious();
  const available = useMemo(() => (analysis ? reportComparison(analysis, settings, picked, reportLang) : null), [analysis, settings, picked, reportLang]);
  const comparison = includeComparison ? available : null;
  const { result, pending, examples } = useNarrative(analysis, reportLang, source, comparison?.vars ?? null);
  const issues = !pending && result && !result.ok ? result.issues : [];
  // While the edited template has an error, the preview and every action use the last saved template.
  const vars = comparison?.vars ?? null;
  const text = useMemo(
    () =>
      analysis && result
        ? outgoingNarrative(
            pending ? null : result,
            () => writeNarrative(analysis, reportLang, saved, {}, vars),
            () => writeNarrative(analysis, reportLang, undefined, {}, vars),
          )
        : null,
    [analysis, result, pending, reportLang, saved, vars],
  );
  const lastGood = useRef('');
  if (text !== null) lastGood.current = text;
  const shown = text ?? lastGood.current;
  const why = !analysis ? editor(lang, 'why_no_analysis') : text === null ? editor(lang, 'why_rendering') : null;
  const saveWhy = why ?? (issues.length ? editor(lang, 'why_error', { line: issues[0].line }) : source === saved ? editor(lang, 'why_unchanged') : null);
  const act = (fn: () => Promise<void>) => () => void fn().catch(onError);
  const canDownload = downloadsWork();
  const errorsOpen = analysis ? openErrors(analysis.findings).total : 0;

  const insertAtCursor = (code: string) => {
    const el = textarea.current;
    const start = el?.selectionStart ?? source.length;
    const end = el?.selectionEnd ?? source.length;
    setSource(source.slice(0, start) + code + source.slice(end));
    requestAnimationFrame(() => {
      el?.focus();
      el?.setSelectionRange(start + code.length, start + code.length);
    });
  };

  /** The narrative as it goes out: with the "open issues" appendix when the officer chose it. */
  const outgoing = (appendix: boolean) => (appendix && analysis ? `${text ?? ''}\n\n${openIssuesAppendix(reportLang, analysis.findings)}` : (text ?? ''));

  const run = async (action: Action, appendix: boolean) => {
    const a = analysis!;
    const narrative = outgoing(appendix);
    if (action === 'copy') {
      await copyNarrative(narrative);
      setOutcome({ intent: 'success', text: t('copied') });
      return;
    }
    if (action === 'insert') {
      const out = buildOutputSheets(a, narrative, reportLang);
      const sheets = await host.writeOutputs(comparison ? withCompletionBefore(out, a, comparison.comparison, reportLang) : out);
      setOutcome({ intent: 'success', text: t('generated', sheets) });
      return;
    }
    const [{ Packer }, { buildDocx }, { buildReportModel }, { reportToHtml }, { toPlainText }] = await reportModule();
    const model = buildReportModel(a, narrative, reportLang);
    if (action === 'copy_report') {
      await copyRich(reportToHtml(model), toPlainText(model));
      setOutcome({ intent: 'success', text: rc('report_copied') });
      return;
    }
    const name = downloadName('report', reportLang, a.period, workbookFileName(host, a.sheet), 'docx');
    const saved = saveBlob(await Packer.toBlob(buildDocx(model)), name);
    setOutcome(saved.ok ? { intent: 'success', text: rc('saved_as', { name }) } : { intent: 'warning', text: rc('no_download', { platform: rc(platformKey()) }) });
  };

  /** Asks once per analysis when errors are open; afterwards does what was asked, as answered. */
  const request = (action: Action) =>
    act(async () => {
      setOutcome(null);
      if (mustAsk(errorsOpen, answered.current, analysis, action)) return setAsking(action);
      await run(action, answered.current?.appendix ?? false);
    });

  const actionButton = (action: Action, icon: ReactElement, label: string, primary = false) => (
    <Button
      appearance={primary ? 'primary' : 'secondary'}
      icon={icon}
      disabled={!!why}
      title={why ?? undefined}
      aria-describedby={why ? 'report-why' : undefined}
      onClick={request(action)}
    >
      {label}
    </Button>
  );

  return (
    <section className={styles.root} aria-label={t('tab_report')}>
      <Field label={t('report_lang')} hint={t('report_lang_hint')}>
        <Select
          value={settings.reportLang ?? ''}
          onChange={(_, d) => {
            const chosen = (d.value || null) as Lang | null;
            setLangNote(null);
            void onSaveSettings({ ...settings, reportLang: chosen })
              .then(() => setLangNote(t('report_lang_saved', { lang: LANG_NAMES[chosen ?? workbookLang] })))
              .catch(onError);
          }}
        >
          <option value="">{t('report_lang_auto', { lang: LANG_NAMES[workbookLang] })}</option>
          {LANGS.map((l) => (
            <option key={l} value={l}>
              {LANG_NAMES[l]}
            </option>
          ))}
        </Select>
      </Field>
      {langNote && (
        <Text size={200} role="status">
          {langNote}
        </Text>
      )}
      {available && (
        <Switch
          checked={includeComparison}
          onChange={(_, d) => setIncludeComparison(d.checked)}
          label={rc('include_comparison', { name: available.name, period: available.period || ui(lang, 'period_unknown') })}
        />
      )}
      <Text as="h2" size={400} weight="semibold">
        {t('preview')}
      </Text>
      {issues.length > 0 && (
        <Text role="status" size={200} className={styles.kept} data-testid="preview-kept">
          {rc('preview_kept')}
        </Text>
      )}
      <div className={styles.preview} data-testid="preview" role="region" tabIndex={0} aria-label={t('preview')} aria-busy={pending}>
        <NarrativeText text={shown} />
      </div>
      <Toolbar aria-label={t('tab_report')} style={{ flexWrap: 'wrap' }}>
        {canDownload
          ? actionButton('docx', <ArrowDownloadRegular />, t('download_docx'), true)
          : actionButton('copy_report', <CopyRegular />, rc('copy_report'), true)}
        {actionButton('copy', <CopyRegular />, t('copy'))}
        {actionButton('insert', <DocumentTableRegular />, t('insert'))}
      </Toolbar>
      {why && (
        <Text id="report-why" size={200} className={styles.why} role="status">
          {why}
        </Text>
      )}
      {!canDownload && (
        <Text size={200} className={styles.why}>
          {rc('no_download', { platform: rc(platformKey()) })}
        </Text>
      )}
      {outcome && <NoticeView intent={outcome.intent} text={outcome.text} role="status" />}
      <details className={styles.fold}>
        <summary className={styles.summary}>{rc('edit_template')}</summary>
        <div className={styles.workbench}>
          <div className={styles.editor}>
            <label htmlFor="template-source">
              <Text weight="semibold">{t('template')}</Text>
            </label>
            <Text size={200}>{t('template_help')}</Text>
            <TemplateEditor
              id="template-source"
              value={source}
              onChange={setSource}
              errorLines={issues.map((i) => i.line)}
              textareaRef={textarea}
              describedBy={issues.length ? 'template-issues' : undefined}
            />
            {issues.length > 0 && (
              <div role="alert" id="template-issues">
                <Text weight="semibold">{editor(lang, 'errors_title')}</Text>
                <ul className={styles.issues}>
                  {issues.map((i) => (
                    <li key={`${i.line}:${i.column}:${i.code}`}>
                      {templateIssueMessage(i, lang)}{' '}
                      <Button size="small" appearance="transparent" onClick={() => textarea.current && selectLine(textarea.current, i.line)}>
                        {editor(lang, 'go_to_line', { line: i.line })}
                      </Button>
                    </li>
                  ))}
                </ul>
              </div>
            )}
            <Toolbar aria-label={t('template')} style={{ flexWrap: 'wrap' }}>
              <Button
                icon={<SaveRegular />}
                disabled={!!saveWhy}
                title={saveWhy ?? undefined}
                aria-describedby={saveWhy ? (saveWhy === why ? 'report-why' : 'save-why') : undefined}
                onClick={act(async () => {
                  await onSaveSettings({ ...settings, template: source === DEFAULT_TEMPLATES[reportLang] ? null : source });
                  setOutcome({ intent: 'success', text: t('template_saved') });
                })}
              >
                {t('save_template')}
              </Button>
              <Button icon={<ArrowUndoRegular />} disabled={source === saved} onClick={() => setSource(saved)}>
                {editor(lang, 'discard')}
              </Button>
              <Button icon={<ArrowResetRegular />} onClick={() => setRestoring(true)}>
                {t('restore_default')}
              </Button>
            </Toolbar>
            {saveWhy && saveWhy !== why && (
              <Text id="save-why" size={200} className={styles.why}>
                {saveWhy}
              </Text>
            )}
          </div>
          <TemplateReference lang={lang} examples={examples} onInsert={insertAtCursor} />
        </div>
      </details>
      <RestoreDefaultDialog
        lang={lang}
        open={restoring}
        current={source}
        fallback={DEFAULT_TEMPLATES[reportLang]}
        onCancel={() => setRestoring(false)}
        onConfirm={() => {
          setSource(DEFAULT_TEMPLATES[reportLang]);
          setRestoring(false);
        }}
      />
      {analysis && (
        <SubmitCheckDialog
          lang={lang}
          findings={analysis.findings}
          open={asking !== null}
          onCancel={() => setAsking(null)}
          onGoToFirst={(f) => {
            setAsking(null);
            onGoToFinding?.(f);
          }}
          onGenerate={(appendix) => {
            const action = asking!;
            answered.current = answerWith(answered.current, analysis, action, appendix);
            setAsking(null);
            void run(action, appendix).catch(onError);
          }}
        />
      )}
    </section>
  );
}
