import { ALL_CAPABILITIES, Capabilities, ExcelHost } from '../../src/excel/excel-host';
import { DocumentSettings, SyncCounter, WorkbookDouble, excelRun } from './excel-double';

/** The Excel host over the double, with the document's settings as one runtime sees them. */
export function hostOver(model: WorkbookDouble, caps: Capabilities = ALL_CAPABILITIES, settings = new DocumentSettings()) {
  const counter = new SyncCounter();
  const store = settings.runtime();
  const host = new ExcelHost(excelRun(model, counter), store, caps);
  return { host, counter, store, settings };
}
