import { Button, Field, Text, Textarea, Toolbar, makeStyles, tokens } from '@fluentui/react-components';
import { ArrowDownloadRegular, ArrowResetRegular, CopyRegular, DocumentTableRegular, SaveRegular } from '@fluentui/react-icons';
import { useEffect, useMemo, useState } from 'react';
import { Analysis } from '../../core/analyze';
import { templateIssueMessage } from '../../core/messages';
import { pane } from '../../core/messages/pane';
import { DEFAULT_TEMPLATES, buildContext, renderTemplate } from '../../core/narrative';
import { Lang } from '../../core/status';
import { buildOutputSheets } from '../../report/sheets';
import { Host } from '../../host/host';
import { Settings } from '../../host/settings';
import type { Notice } from '../App';
import { saveBlob } from '../download';
import { NarrativeText } from './NarrativeText';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  preview: {
    wordBreak: 'break-word',
    padding: tokens.spacingHorizontalS,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
    maxHeight: '50vh',
    overflowY: 'auto',
  },
  issues: { color: tokens.colorPaletteRedForeground1, margin: 0 },
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

/** The template editor with a live preview; the output is shown as text, never as HTML. */
export function ReportView({ host, analysis, settings, lang, onSaveSettings, onNotice, onError }: Props) {
  const styles = useStyles();
  const t = (k: Parameters<typeof pane>[1], p?: Record<string, string | number>) => pane(lang, k, p);
  const [source, setSource] = useState(settings.template ?? DEFAULT_TEMPLATES[lang]);
  useEffect(() => setSource(settings.template ?? DEFAULT_TEMPLATES[lang]), [settings.template, lang]);
  const result = useMemo(() => (analysis ? renderTemplate(source, buildContext(analysis, lang)) : null), [analysis, source, lang]);
  const text = result?.ok ? result.text : '';
  const act = (fn: () => Promise<void>) => () => void fn().catch(onError);

  return (
    <section className={styles.root} aria-label={t('tab_report')}>
      <Toolbar aria-label={t('tab_report')} style={{ flexWrap: 'wrap' }}>
        <Button
          appearance="primary"
          icon={<DocumentTableRegular />}
          disabled={!analysis || !text}
          onClick={act(async () => {
            // The narrative previewed, from the analysis the pane holds: no second read of the sheet.
            const sheets = await host.writeOutputs(buildOutputSheets(analysis!, text, lang));
            onNotice({ intent: 'success', text: t('generated', sheets) });
          })}
        >
          {t('insert')}
        </Button>
        <Button
          icon={<CopyRegular />}
          disabled={!text}
          onClick={act(async () => {
            await navigator.clipboard.writeText(text);
            onNotice({ intent: 'success', text: t('copied') });
          })}
        >
          {t('copy')}
        </Button>
        <Button
          icon={<ArrowDownloadRegular />}
          disabled={!text || !analysis}
          onClick={act(async () => {
            const [{ Packer }, { buildDocx }, { buildReportModel }] = await Promise.all([
              import(/* webpackChunkName: "docx" */ 'docx'),
              import(/* webpackChunkName: "docx" */ '../../report/docx'),
              import(/* webpackChunkName: "docx" */ '../../report/model'),
            ]);
            const blob = await Packer.toBlob(buildDocx(buildReportModel(analysis!, text, lang)));
            saveBlob(blob, `${analysis!.sheet}.report.docx`);
          })}
        >
          {t('download_docx')}
        </Button>
      </Toolbar>
      <Field label={t('template')} hint={t('template_help')}>
        <Textarea value={source} onChange={(_, d) => setSource(d.value)} resize="vertical" rows={10} textarea={{ spellCheck: false, style: { fontFamily: tokens.fontFamilyMonospace } }} />
      </Field>
      <Toolbar aria-label={t('template')}>
        <Button
          icon={<SaveRegular />}
          onClick={act(async () => {
            await onSaveSettings({ ...settings, template: source === DEFAULT_TEMPLATES[lang] ? null : source });
            onNotice({ intent: 'success', text: t('template_saved') });
          })}
        >
          {t('save_template')}
        </Button>
        <Button icon={<ArrowResetRegular />} onClick={() => setSource(DEFAULT_TEMPLATES[lang])}>
          {t('restore_default')}
        </Button>
      </Toolbar>
      {result && !result.ok && (
        <ul className={styles.issues} role="alert">
          {result.issues.map((i) => (
            <li key={`${i.line}:${i.column}:${i.code}`}>{templateIssueMessage(i, lang)}</li>
          ))}
        </ul>
      )}
      <Text as="h2" size={400} weight="semibold">
        {t('preview')}
      </Text>
      <div className={styles.preview} data-testid="preview" tabIndex={0} aria-label={t('preview')}>
        <NarrativeText text={text} />
      </div>
    </section>
  );
}
