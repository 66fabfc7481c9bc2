/// <reference types="office-js" />
import { createRoot } from 'react-dom/client';
import { officeLang } from '../excel/office-host';
import { Root } from './Root';
import { prewarmAnalyzer } from './analyze-in-worker';

prewarmAnalyzer();

Office.onReady((info) => {
  const container = document.getElementById('root')!;
  createRoot(container).render(<Root inExcel={info.host === Office.HostType.Excel} lang={officeLang()} />);
});
