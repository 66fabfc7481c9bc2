import { Finding, FindingCode } from '../findings';
import { agree, plural } from '../narrative/grammar';
import { Lang } from '../status';
import { interpolate } from './index';
import { groupText } from './pane';

/** The check before submission: what the Report tab and the ribbon say when errors are open. */
const ro = {
  platform_mac: 'Excel pentru Mac',
  platform_ios: 'Excel pentru iPad',
  platform_android: 'Excel pentru Android',
  platform_other: 'această aplicație Office',
  include_comparison: 'Include comparația cu raportul precedent „{name}” ({period})',
  edit_template: 'Editează șablonul',
  preview_kept:
    'Șablonul editat are erori: previzualizarea, documentul Word, copierea și foile folosesc ultimul șablon salvat. Corectați erorile din „Editează șablonul”.',
  saved_as: 'Documentul a fost descărcat: „{name}”. Dacă nu îl găsiți în Descărcări, copiați raportul pentru Word sau scrieți foaia Raport.',
  no_download:
    'Aici descărcarea nu funcționează ({platform}). Copiați raportul pentru Word (cu tabele) și lipiți-l într-un document nou, sau scrieți foaia Raport.',
  copy_report: 'Copiază raportul pentru Word',
  report_copied: 'Raportul (sinteza și tabelele) a fost copiat: lipiți-l într-un document Word nou.',
  title: 'Raportul are erori nerezolvate',
  go_first: 'Mergi la prima eroare',
  generate_anyway: 'Generează oricum',
  cancel: 'Anulează',
  appendix_choice: 'Adaugă la raport anexa „Probleme deschise”',
  appendix_title: 'Probleme deschise',
  appendix_intro: 'La data raportului, în foaia planului au rămas erori nerezolvate:',
  ribbon_first: 'Prima: celula {cell}.',
};
type Key = keyof typeof ro;
const en: Record<Key, string> = {
  platform_mac: 'Excel for Mac',
  platform_ios: 'Excel for iPad',
  platform_android: 'Excel for Android',
  platform_other: 'this Office application',
  include_comparison: 'Include the comparison with the previous report “{name}” ({period})',
  edit_template: 'Edit the template',
  preview_kept:
    'The edited template has errors: the preview, the Word document, the copy and the sheets use the last saved template. Fix them under “Edit the template”.',
  saved_as: 'The document was downloaded: “{name}”. If it is not in Downloads, copy the report for Word or write the Report sheet.',
  no_download:
    'Downloads do not work here ({platform}). Copy the report for Word (with its tables) and paste it into a new document, or write the Report sheet.',
  copy_report: 'Copy the report for Word',
  report_copied: 'The report (narrative and tables) was copied: paste it into a new Word document.',
  title: 'The report has open errors',
  go_first: 'Go to the first error',
  generate_anyway: 'Generate anyway',
  cancel: 'Cancel',
  appendix_choice: 'Add an “Open issues” appendix to the report',
  appendix_title: 'Open issues',
  appendix_intro: 'At the date of the report, the plan sheet still has open errors:',
  ribbon_first: 'The first: cell {cell}.',
};
const ru: Record<Key, string> = {
  platform_mac: 'Excel для Mac',
  platform_ios: 'Excel для iPad',
  platform_android: 'Excel для Android',
  platform_other: 'это приложение Office',
  include_comparison: 'Включить сравнение с предыдущим отчётом «{name}» ({period})',
  edit_template: 'Изменить шаблон',
  preview_kept:
    'В изменённом шаблоне есть ошибки: предпросмотр, документ Word, копирование и листы используют последний сохранённый шаблон. Исправьте их в разделе «Изменить шаблон».',
  saved_as: 'Документ скачан: «{name}». Если его нет в Загрузках, скопируйте отчёт для Word или запишите лист «Отчёт».',
  no_download: 'Здесь скачивание не работает ({platform}). Скопируйте отчёт для Word (с таблицами) и вставьте его в новый документ или запишите лист «Отчёт».',
  copy_report: 'Скопировать отчёт для Word',
  report_copied: 'Отчёт (текст и таблицы) скопирован: вставьте его в новый документ Word.',
  title: 'В отчёте остались ошибки',
  go_first: 'Перейти к первой ошибке',
  generate_anyway: 'Всё равно создать',
  cancel: 'Отмена',
  appendix_choice: 'Добавить к отчёту приложение «Нерешённые вопросы»',
  appendix_title: 'Нерешённые вопросы',
  appendix_intro: 'На дату отчёта на листе плана остались ошибки:',
  ribbon_first: 'Первая: ячейка {cell}.',
};
const CATALOG: Record<Lang, Record<Key, string>> = { ro, en, ru };

export function reportCheck(lang: Lang, key: Key, params: Record<string, string | number> = {}): string {
  return interpolate(CATALOG[lang][key], params);
}

/** The open errors, most frequent kind first, and the first of them in the sheet's order. */
export function openErrors(findings: Finding[]): { total: number; byCode: [FindingCode, number][]; first: Finding | null } {
  const errors = findings.filter((f) => f.severity === 'error');
  const byCode = new Map<FindingCode, number>();
  for (const f of errors) byCode.set(f.code, (byCode.get(f.code) ?? 0) + 1);
  return { total: errors.length, byCode: [...byCode].sort((a, b) => b[1] - a[1]), first: errors[0] ?? null };
}

/** A group's heading inside a sentence: "Statut lipsă" → "statut lipsă"; "ID …" stays. */
const inSentence = (title: string) => (/^\p{Lu}\p{Ll}/u.test(title) ? title[0].toLocaleLowerCase() + title.slice(1) : title);

const REMAIN: Record<Lang, (n: number) => string> = {
  ro: (n) => `${agree(n, 'ro', ['Rămâne', 'Rămân'])} ${plural(n, 'ro', ['eroare', 'erori'])}`,
  en: (n) => `${plural(n, 'en', ['error', 'errors'])} ${agree(n, 'en', ['remains', 'remain'])}`,
  ru: (n) => `${agree(n, 'ru', ['Осталась', 'Остались', 'Осталось'])} ${plural(n, 'ru', ['ошибка', 'ошибки', 'ошибок'])}`,
};

/**
 * "Rămân 20 de erori: statut lipsă (15), termen nerecunoscut (3), număr lipsă (2)."; null when
 * none is open. Each kind by its group's heading, as the Findings tab shows it.
 */
export function openErrorsSentence(lang: Lang, findings: Finding[]): string | null {
  const { total, byCode } = openErrors(findings);
  if (!total) return null;
  const kinds = byCode.map(([code, n]) => `${inSentence(groupText(lang, code).title)} (${n})`).join(', ');
  const head = REMAIN[lang](total);
  return `${head[0].toLocaleUpperCase()}${head.slice(1)}: ${kinds}.`;
}

/** The "open issues" appendix, in the narrative's Markdown: a heading and one line per error (cell, id, kind). */
export function openIssuesAppendix(lang: Lang, findings: Finding[]): string {
  const errors = findings.filter((f) => f.severity === 'error');
  if (!errors.length) return '';
  const lines = errors.map((f) => `- **${f.cell}**${f.rowId ? ` (${f.rowId})` : ''}: ${inSentence(groupText(lang, f.code).title)}`);
  return [`## ${reportCheck(lang, 'appendix_title')}`, '', reportCheck(lang, 'appendix_intro'), '', ...lines].join('\n');
}
