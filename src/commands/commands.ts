/// <reference types="office-js" />
import { pane } from '../core/messages/pane';
import { counts, ui } from '../core/messages';
import { comparePane } from '../core/messages/compare-pane';
import { createOfficeExcelHost, officeLang } from '../excel/office-host';
import { generateReport } from '../host/generate';
import { hostErrorText } from '../host/host';

const DIALOG_WAIT_MS = 60_000;

/** Shows the outcome in a small dialog and waits for the user to close it (or a minute). */
function notify(title: string, message: string): Promise<void> {
  const url = new URL('dialog.html', window.location.href);
  url.searchParams.set('t', title);
  url.searchParams.set('m', message);
  return new Promise((resolve) => {
    Office.context.ui.displayDialogAsync(url.toString(), { height: 25, width: 30, displayInIframe: true }, (r) => {
      if (r.status !== Office.AsyncResultStatus.Succeeded) return resolve();
      const dialog = r.value;
      let timer: ReturnType<typeof setTimeout> | undefined;
      const done = () => {
        clearTimeout(timer);
        dialog.close();
        resolve();
      };
      dialog.addEventHandler(Office.EventType.DialogMessageReceived, done);
      timer = setTimeout(done, DIALOG_WAIT_MS);
    });
  });
}

/**
 * The ribbon's "Generate report": validates, writes the statistics and report sheets, says how it
 * went. A ribbon command cannot pick a file: the previous report it compares with is the one the
 * officer kept with the workbook from the pane's Compare view (settings.previous).
 */
export async function generateReportCommand(event: Office.AddinCommands.Event): Promise<void> {
  let lang = officeLang();
  let message: string;
  try {
    const host = createOfficeExcelHost();
    const { settings } = await host.loadSettings();
    lang = settings.lang ?? lang;
    const out = await generateReport(host, settings, lang);
    const errors = out.analysis.findings.filter((f) => f.severity === 'error').length;
    const warnings = out.analysis.findings.filter((f) => f.severity === 'warning').length;
    message = out.sheets
      ? [
          pane(lang, 'generated', out.sheets),
          counts(lang, [
            ['action', out.analysis.rows.length],
            ['error', errors],
            ['warning', warnings],
          ]),
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
          .join(' ')
      : ui(lang, 'no_findings');
  } catch (e) {
    message = hostErrorText(lang, e);
  }
  await notify(pane(lang, 'app_title'), message);
  event.completed();
}

Office.onReady(() => {
  Office.actions.associate('generateReport', generateReportCommand);
});
