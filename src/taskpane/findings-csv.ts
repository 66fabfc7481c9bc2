import { Analysis } from '../core/analyze';
import { findingMessage } from '../core/messages';
import { groupText, pane } from '../core/messages/pane';
import { Lang } from '../core/status';

/** The export's header, from the catalog: "Foaia;Celula;Nr.;Constatarea;Mesaj;Corectura propusă". */
const head = (lang: Lang) => pane(lang, 'export_columns').split(';');

/**
 * The list separator of the language's Excel: Romanian and Russian Windows write decimals with a
 * comma, so their Excel reads ";" as the column separator; English Excel reads ",".
 */
export const LIST_SEPARATOR: Record<Lang, string> = { ro: ';', ru: ';', en: ',' };

/** A CSV field; a leading = + - @ is quoted as text so a spreadsheet never runs it as a formula. */
export function csvField(v: string): string {
  const safe = /^[=+\-@\t\r]/.test(v) ? `'${v}` : v;
  return /[",;\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** The name of the findings' sheet in the exported workbook. */
export const findingsSheetName = (lang: Lang): string => pane(lang, 'export_sheet');

/** The findings to send to responsible units, a header first: cell, id, message and the fix, in the interface language. */
export function findingsTable(a: Analysis, lang: Lang): string[][] {
  const rows = a.findings.map((f) => [f.sheet, f.cell, f.rowId ?? '', groupText(lang, f.code).title, findingMessage(f, lang), f.suggestion ?? '']);
  return [head(lang), ...rows];
}

/** The findings as a CSV file's text: a UTF-8 byte-order mark (Excel reads the letters right), the language's separator. */
export function findingsCsv(a: Analysis, lang: Lang): string {
  const sep = LIST_SEPARATOR[lang];
  return (
    '\ufeff' +
    findingsTable(a, lang)
      .map((r) => r.map(csvField).join(sep))
      .join('\r\n') +
    '\r\n'
  );
}
