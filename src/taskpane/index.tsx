/// <reference types="office-js" />
import { createRoot } from 'react-dom/client';
import { isLang } from '../core/messages';
import { loadLang } from '../core/messages/langs';
import type { Lang } from '../core/status';
import { Root } from './Root';
import { prewarmAnalyzer } from './analyze-in-worker';
import { rememberedLang } from './lang-memory';

prewarmAnalyzer();

/** Outside Office, how long office.js may take to say there is no host before standalone mode starts without it. */
export const OFFICE_WAIT_SECONDS = 8;

/** Standalone mode speaks the browser's language; Excel's host code is loaded only in Excel. */
function browserLang(): Lang {
  const base = (navigator.language || 'ro').slice(0, 2).toLowerCase();
  return isLang(base) ? base : 'ro';
}

async function start(inExcel: boolean, officeMissing = false) {
  const lang = rememberedLang() ?? (inExcel ? (await import(/* webpackChunkName: "excel-host" */ '../excel/office-host')).officeLang() : browserLang());
  // A language that does not load is shown in Romanian; the pane says so once it has its settings.
  await loadLang(lang).catch(() => undefined);
  createRoot(document.getElementById('root')!).render(<Root inExcel={inExcel} lang={lang} officeMissing={officeMissing ? OFFICE_WAIT_SECONDS : undefined} />);
}

// Office opens the pane with _host_Info in its URL: there, wait for Office as long as it takes.
const inOffice = /[?&]_host_Info=/i.test(window.location.search);
if (typeof Office === 'undefined' || typeof Office.onReady !== 'function') void start(false, true);
else {
  let started = false;
  const timer = inOffice
    ? undefined
    : setTimeout(() => {
        started = true;
        void start(false, true);
      }, OFFICE_WAIT_SECONDS * 1000);
  void Office.onReady((info) => {
    if (started) return;
    clearTimeout(timer);
    started = true;
    void start(info.host === Office.HostType.Excel);
  });
}
