/// <reference types="office-js" />
import { pane } from '../core/messages/pane';
import { counts, ui } from '../core/messages';
import { comparePane } from '../core/messages/compare-pane';
import { createOfficeExcelHost, officeLang } from '../excel/office-host';
import { GenerateOutcome, generateReport } from '../host/generate';
import { Finding } from '../core/findings';
import { openErrors, openErrorsSentence, reportCheck } from '../core/messages/report-check';
import { Lang } from '../core/status';
import { hostErrorText } from '../host/host';
import { registerAllLangs } from '../core/messages/all-langs';

registerAllLangs();

const DIALOG_WAIT_MS = 60_000;

/**
 * Shows the outcome in a small dialog and waits for the user to close it (or a minute). With a
 * `first` label the dialog offers a second button; the answer says which was pressed.
 */
function notify(title: string, message: string, first?: string): Promise<'close' | 'first'> {
  const url = new URL('dialog.html', window.location.href);
  url.searchParams.set('t', title);
  url.searchParams.set('m', message);
  if (first) url.searchParams.set('f', first);
  return new Promise((resolve) => {
    Office.context.ui.displayDialogAsync(url.toString(), { height: 30, width: 30, displayInIframe: true }, (r) => {
      if (r.status !== Office.AsyncResultStatus.Succeeded) return resolve('close');
      const dialog = r.value;
      let timer: ReturnType<typeof setTimeout> | undefined;
      const done = (answer: 'close' | 'first') => {
        clearTimeout(timer);
        dialog.close();
        resolve(answer);
      };
      dialog.addEventHandler(Office.EventType.DialogMessageReceived, (arg) => done((arg as { message?: string }).message === 'first' ? 'first' : 'close'));
      timer = setTimeout(() => done('close'), DIALOG_WAIT_MS);
    });
  });
}

/** The first open error: its cell selected in the sheet and the pane opened (it validates on opening and lists it first). */
async function goToFirst(host: ReturnType<typeof createOfficeExcelHost>, f: Finding): Promise<void> {
  await host.selectCell(f.sheet, f.cell).catch(() => undefined);
  await Office.addin?.showAsTaskpane?.().catch(() => undefined);
}

/**
 * The ribbon's "Generate report": validates, writes the statistics and report sheets, says how it
 * went. A ribbon command cannot pick a file: the previous report it compares with is the one the
 * officer kept with the workbook from the pane's Compare view (settings.previous).
 */
export async function generateReportCommand(event: Office.AddinCommands.Event): Promise<void> {
  let lang = officeLang();
  let message: string;
  let first: Finding | null = null;
  let host: ReturnType<typeof createOfficeExcelHost> | null = null;
  try {
    host = createOfficeExcelHost();
    const { settings } = await host.loadSettings();
    lang = settings.lang ?? lang;
    const out = await generateReport(host, settings, lang);
    first = openErrors(out.analysis.findings).first;
    message = out.sheets ? outcomeMessage(out, lang) : ui(lang, 'no_findings');
  } catch (e) {
    message = hostErrorText(lang, e);
  }
  const answer = await notify(pane(lang, 'app_title'), message, first ? reportCheck(lang, 'go_first') : undefined);
  if (answer === 'first' && first && host) await goToFirst(host, first);
  event.completed();
}

/** What the ribbon says it did: the sheets, the counts, the open errors by kind (and the first), the template, the comparison. */
function outcomeMessage(out: GenerateOutcome, lang: Lang): string {
  const errors = out.analysis.findings.filter((f) => f.severity === 'error').length;
  const warnings = out.analysis.findings.filter((f) => f.severity === 'warning').length;
  const first = openErrors(out.analysis.findings).first;
  return [
    pane(lang, 'generated', out.sheets!),
    counts(lang, [
      ['action', out.analysis.rows.length],
      ['error', errors],
      ['warning', warnings],
    ]),
    openErrorsSentence(lang, out.analysis.findings) ?? '',
    first ? reportCheck(lang, 'ribbon_first', { cell: first.cell }) : '',
    out.templateIssues ? pane(lang, 'generated_with_default') : '',
    out.previous
      ? comparePane(lang, out.previous.compared ? 'ribbon_compared' : 'ribbon_not_compared', {
          file: out.previous.file,
          period: out.previous.period || ui(lang, 'period_unknown'),
          changes: out.previous.changes,
        })
      : '',
  ]
    .filter(Boolean)
    .join(' ');
}

Office.onReady(() => {
  Office.actions.associate('generateReport', generateReportCommand);
});
