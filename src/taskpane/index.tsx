/// <reference types="office-js" />
import { createRoot } from 'react-dom/client';
import { officeLang } from '../excel/office-host';
import { Root } from './Root';
import { prewarmAnalyzer } from './analyze-in-worker';
import { rememberedLang } from './lang-memory';

prewarmAnalyzer();

/** Outside Office, how long office.js may take to say there is no host before standalone mode starts without it. */
export const OFFICE_WAIT_SECONDS = 8;

function start(inExcel: boolean, officeMissing = false) {
  const container = document.getElementById('root')!;
  createRoot(container).render(<Root inExcel={inExcel} lang={rememberedLang() ?? officeLang()} officeMissing={officeMissing ? OFFICE_WAIT_SECONDS : undefined} />);
}

// Office opens the pane with _host_Info in its URL: there, wait for Office as long as it takes.
const inOffice = /[?&]_host_Info=/i.test(window.location.search);
if (typeof Office === 'undefined' || typeof Office.onReady !== 'function') start(false, true);
else {
  let started = false;
  const timer = inOffice
    ? undefined
    : setTimeout(() => {
        started = true;
        start(false, true);
      }, OFFICE_WAIT_SECONDS * 1000);
  void Office.onReady((info) => {
    if (started) return;
    clearTimeout(timer);
    started = true;
    start(info.host === Office.HostType.Excel);
  });
}
