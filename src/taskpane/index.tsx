/// <reference types="office-js" />
import { createRoot } from 'react-dom/client';
import { isLang } from '../core/messages';
import { Lang } from '../core/status';
import { Root } from './Root';
import { prewarmAnalyzer } from './analyze-in-worker';

prewarmAnalyzer();

/** Standalone mode speaks the browser's language; Excel's host code is loaded only in Excel. */
function browserLang(): Lang {
  const base = (navigator.language || 'ro').slice(0, 2).toLowerCase();
  return isLang(base) ? base : 'ro';
}

Office.onReady(async (info) => {
  const inExcel = info.host === Office.HostType.Excel;
  const lang = inExcel ? (await import(/* webpackChunkName: "excel-host" */ '../excel/office-host')).officeLang() : browserLang();
  createRoot(document.getElementById('root')!).render(<Root inExcel={inExcel} lang={lang} />);
});
