/// <reference types="office-js" />
import { isLang } from '../core/messages';
import { Lang } from '../core/status';
import { ExcelHost } from './excel-host';

/** Office's display language -> ro (default), ru or en. */
export function officeLang(): Lang {
  const tag = (typeof Office !== 'undefined' && Office.context?.displayLanguage) || (typeof navigator !== 'undefined' ? navigator.language : '') || 'ro';
  const base = tag.slice(0, 2).toLowerCase();
  return isLang(base) ? base : 'ro';
}

/** The Excel host over Excel.run and the workbook's own settings. */
export function createOfficeExcelHost(): ExcelHost {
  const settings = Office.context.document.settings;
  const store = {
    get: (name: string) => settings.get(name),
    set: (name: string, value: unknown) => settings.set(name, value),
    save: () =>
      new Promise<void>((resolve, reject) => settings.saveAsync((r) => (r.status === Office.AsyncResultStatus.Succeeded ? resolve() : reject(r.error)))),
  };
  const supports = (v: string) => Office.context.requirements.isSetSupported('ExcelApi', v);
  return new ExcelHost((batch) => Excel.run(batch), store, { mergedAreas: supports('1.13'), changeEvents: supports('1.9') });
}
