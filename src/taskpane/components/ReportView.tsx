import { Button, Field, Select, Text, Toolbar, makeStyles, tokens } from '@fluentui/react-components';
import { ArrowDownloadRegular, ArrowResetRegular, ArrowUndoRegular, CopyRegular, DocumentTableRegular, SaveRegular } from '@fluentui/react-icons';
import { useEffect, useMemo, useRef, useState } from 'react';
import { Analysis } from '../../core/analyze';
import { templateIssueMessage } from '../../core/messages';
import { editor } from '../../core/messages/editor';
import { pane } from '../../core/messages/pane';
import { LANGS } from '../../core/messages';
import { DEFAULT_TEMPLATES } from '../../core/narrative';
import { Lang } from '../../core/status';
import { narrativeToClipboardText, narrativeToHtml } from '../../report/clipboard';
import { buildOutputSheets } from '../../report/sheets';
import { Host } from '../../host/host';
import { Settings } from '../../host/settings';
import { keptComparison } from '../../host/kept-comparison';
import { withCompletionBefore } from '../../host/generate';
import type { Notice } from '../App';
import { saveBlob } from '../download';
import { LANG_NAMES } from '../lang-memory';
import { NarrativeText } from './NarrativeText';
import { RestoreDefaultDialog } from './RestoreDefaultDialog';
import { TemplateEditor, selectLine } from './TemplateEditor';
import { TemplateReference } from './TemplateReference';
import { useNarrative } from './useNarrative';

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
});

interface Props {
  host: Host;
  analysis: Analysis | null;
  settings: Settings;
  lang: Lang;
  onSaveSettings: (s: Settings) => Promise<void>;
  onNotice: (n: Notice) => void;
  onError: (e: unknown) => void;
}

/** Rich text where the browser allows it (Word and Outlook keep headings, bold and lists), plain text otherwise. */
async function copyNarrative(text: string): Promise<void> {
  const plain = narrativeToClipboardText(text);
  if (typeof ClipboardItem !== 'undefined' && navigator.clipboard.write) {
    await navigator.clipboard.write([
      new ClipboardItem({ 'text/html': new Blob([narrativeToHtml(text)], { type: 'text/html' }), 'text/plain': new Blob([plain], { type: 'text/plain' }) }),
    ]);
  } else await navigator.clipboard.writeText(plain);
}

/**
 * The template editor (line numbers, errors by line, a reference list) with a preview filled in a
 * worker. A template with errors cannot be saved; the buttons that need the text say why they wait.
 */
export function ReportView({ host, analysis, settings, lang, onSaveSettings, onNotice, onError }: Props) {
  const styles = useStyles();
  const t = (k: Parameters<typeof pane>[1], p?: Record<string, string | number>) => pane(lang, k, p);
  // The report speaks its own language: chosen for this workbook, else the workbook's (not the interface's).
  const workbookLang = analysis?.lang ?? settings.sheetLang ?? lang;
  const reportLang = settings.reportLang ?? workbookLang;
  const saved = settings.template ?? DEFAULT_TEMPLATES[reportLang];
  const [source, setSource] = useState(saved);
  const [restoring, setRestoring] = useState(false);
  const textarea = useRef<HTMLTextAreaElement | null>(null);
  useEffect(() => setSource(settings.template ?? DEFAULT_TEMPLATES[reportLang]), [settings.template, reportLang]);
  // The previous report kept with the workbook (Compare view): the narrative says what changed since.
  const kept = useMemo(() => (analysis ? keptComparison(analysis, settings, reportLang) : null), [analysis, settings, reportLang]);
  const { result, pending, examples } = useNarrative(analysis, reportLang, source, kept?.vars ?? null);
  const issues = !pending && result && !result.ok ? result.issues : [];
  const text = result?.ok ? result.text : '';
  const why = !analysis
    ? editor(lang, 'why_no_analysis')
    : issues.length
      ? editor(lang, 'why_error', { line: issues[0].line })
      : pending || !result
        ? editor(lang, 'why_rendering')
        : null;
  const saveWhy = why ?? (source === saved ? editor(lang, 'why_unchanged') : null);
  const act = (fn: () => Promise<void>) => () => void fn().catch(onError);

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

  return (
    <section className={styles.root} aria-label={t('tab_report')}>
      <Field label={t('report_lang')} hint={t('report_lang_hint')}>
        <Select
          value={settings.reportLang ?? ''}
          onChange={(_, d) => {
            const chosen = (d.value || null) as Lang | null;
            void onSaveSettings({ ...settings, reportLang: chosen })
              .then(() => onNotice({ intent: 'success', text: t('report_lang_saved', { lang: LANG_NAMES[chosen ?? workbookLang] }) }))
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
      <Toolbar aria-label={t('tab_report')} style={{ flexWrap: 'wrap' }}>
        <Button
          appearance="primary"
          icon={<DocumentTableRegular />}
          disabled={!!why}
          title={why ?? undefined}
          aria-describedby={why ? 'report-why' : undefined}
          onClick={act(async () => {
            // The narrative previewed, from the analysis the pane holds: no second read of the sheet.
            const out = buildOutputSheets(analysis!, text, reportLang);
            const sheets = await host.writeOutputs(kept ? withCompletionBefore(out, analysis!, kept.comparison, reportLang) : out);
            onNotice({ intent: 'success', text: t('generated', sheets) });
          })}
        >
          {t('insert')}
        </Button>
        <Button
          icon={<CopyRegular />}
          disabled={!!why}
          title={why ?? undefined}
          aria-describedby={why ? 'report-why' : undefined}
          onClick={act(async () => {
            await copyNarrative(text);
            onNotice({ intent: 'success', text: t('copied') });
          })}
        >
          {t('copy')}
        </Button>
        <Button
          icon={<ArrowDownloadRegular />}
          disabled={!!why}
          title={why ?? undefined}
          aria-describedby={why ? 'report-why' : undefined}
          onClick={act(async () => {
            const [{ Packer }, { buildDocx }, { buildReportModel }] = await Promise.all([
              import(/* webpackChunkName: "docx" */ 'docx'),
              import(/* webpackChunkName: "docx" */ '../../report/docx'),
              import(/* webpackChunkName: "docx" */ '../../report/model'),
            ]);
            const blob = await Packer.toBlob(buildDocx(buildReportModel(analysis!, text, reportLang)));
            saveBlob(blob, `${analysis!.sheet}.report.docx`);
          })}
        >
          {t('download_docx')}
        </Button>
      </Toolbar>
      {why && (
        <Text id="report-why" size={200} className={styles.why} role="status">
          {why}
        </Text>
      )}
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
                onNotice({ intent: 'success', text: t('template_saved') });
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
      <Text as="h2" size={400} weight="semibold">
        {t('preview')}
      </Text>
      <div className={styles.preview} data-testid="preview" role="region" tabIndex={0} aria-label={t('preview')} aria-busy={pending}>
        <NarrativeText text={text} />
      </div>
    </section>
  );
}
