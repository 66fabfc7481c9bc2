/// <reference types="office-js" />
import { isLang } from '../core/messages';
import { Lang } from '../core/status';
import { ExcelHost, Run } from './excel-host';

/** Office's display language -> ro (default), ru or en. */
export function officeLang(): Lang {
  const tag = (typeof Office !== 'undefined' && Office.context?.displayLanguage) || (typeof navigator !== 'undefined' ? navigator.language : '') || 'ro';
  const base = tag.slice(0, 2).toLowerCase();
  return isLang(base) ? base : 'ro';
}

/** The Excel host over Excel.run and the workbook's own settings. */
export function createOfficeExcelHost(): ExcelHost {
  const settings = Office.context.document.settings;
  const settle = (resolve: () => void, reject: (e: unknown) => void) => (r: Office.AsyncResult<unknown>) =>
    r.status === Office.AsyncResultStatus.Succeeded ? resolve() : reject(r.error);
  const store = {
    get: (name: string) => settings.get(name),
    set: (name: string, value: unknown) => settings.set(name, value),
    save: () => new Promise<void>((resolve, reject) => settings.saveAsync(settle(resolve, reject))),
    refresh: () => new Promise<void>((resolve, reject) => settings.refreshAsync(settle(resolve, reject))),
  };
  const supports = (v: string) => Office.context.requirements.isSetSupported('ExcelApi', v);
  const run: Run = (batch, context) => (context ? Excel.run(context, batch) : Excel.run(batch));
  return new ExcelHost(run, store, { mergedAreas: supports('1.13'), changeEvents: supports('1.9') });
}
