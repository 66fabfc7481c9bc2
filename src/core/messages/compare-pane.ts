import { Lang } from '../status';
import { interpolate } from './index';

/** The pane's Compare tab. */
const ro = {
  intro: 'Alegeți raportul perioadei precedente (.xlsx sau .docx) pentru a vedea ce s-a schimbat.',
  open_previous: 'Deschide raportul precedent',
  previous_file: 'Raportul precedent: {name} ({period})',
  previous_error: 'Raportul precedent nu poate fi citit: {message}',
  matched: 'Acțiuni regăsite: {matched} · noi: {added} · lipsă: {dropped}',
  moved_to_done: 'Realizate în această perioadă',
  regressed: 'Nu mai sunt realizate',
  postponed: 'Termen amânat',
  overdue_again: 'Termen depășit a doua oară',
  not_started_again: 'Neinițiate a doua oară',
  description_unchanged: 'Descriere copiată din raportul precedent',
  new_action: 'Acțiuni noi',
  dropped: 'Lipsesc din acest raport',
  from_to: '{from} → {to}',
  matches: 'Potriviri de verificat',
  matches_help: 'Acțiuni renumerotate, divizate sau noi: alegeți acțiunea din raportul precedent pe care o continuă.',
  continues: '{id} continuă',
  none: '— acțiune nouă —',
  by_objective: 'Realizarea pe obiective: anterior → acum',
  not_validated: 'Verificați mai întâi foaia planului.',
  new_period: 'Începe perioada următoare (.xlsx)',
  new_period_help: 'Un registru nou cu acțiunile raportului precedent, statutul și descrierea de completat, cele precedente alături.',
  keep: 'Păstrează cu acest registru pentru raport',
  keep_help:
    'Raportul (din panou și din panglică) va compara apoi cu el. În registru se păstrează doar rândurile planului (număr, acțiune, statut, termen, descriere), numele fișierului și perioada, nu fișierul.',
  kept: 'Păstrat cu acest registru: {name} ({period}). Raportul generat din panglică îl compară cu foaia planului.',
  forget: 'Uită raportul păstrat',
  too_large: 'Raportul precedent este prea mare pentru a fi păstrat în registru (peste {limit} caractere); comparați-l din acest panou.',
  not_earlier:
    'Raportul ales este pentru {period}, nu pentru o perioadă anterioară celei a planului ({current}): nu se compară. Alegeți raportul perioadei precedente.',
  cannot_keep: 'Raportul precedent nu poate fi păstrat în registru: o valoare a lui depășește ce pot ține setările registrului. Comparați-l din acest panou.',
  completion_before: 'Realizare în raportul precedent',
  ribbon_compared: 'Comparat cu raportul precedent „{file}” ({period}); schimbări de verificat în panou: {changes}.',
  ribbon_not_compared: 'Raportul precedent păstrat „{file}” ({period}) nu este al unei perioade anterioare acestui raport: nu a fost comparat.',
  new_period_sheet: 'Începe perioada următoare într-o foaie nouă',
  new_period_sheet_help:
    'O foaie nouă în acest registru, cu acțiunile raportului precedent: statutul (cu listă) și descrierea de completat, cele precedente alături.',
  new_period_sheet_written: 'A fost adăugată foaia „{sheet}” ({actions}). Pentru a o verifica, alegeți-o în Setări → foaia planului.',
};

type Key = keyof typeof ro;

const en: Record<Key, string> = {
  intro: 'Pick the previous period’s report (.xlsx or .docx) to see what changed.',
  open_previous: 'Open the previous report',
  previous_file: 'Previous report: {name} ({period})',
  previous_error: 'The previous report cannot be read: {message}',
  matched: 'Actions found again: {matched} · new: {added} · missing: {dropped}',
  moved_to_done: 'Done in this period',
  regressed: 'No longer done',
  postponed: 'Deadline postponed',
  overdue_again: 'Overdue a second time',
  not_started_again: 'Not started a second time',
  description_unchanged: 'Description copied from the previous report',
  new_action: 'New actions',
  dropped: 'Missing from this report',
  from_to: '{from} → {to}',
  matches: 'Matches to check',
  matches_help: 'Renumbered, split or new actions: choose the previous report’s action each one continues.',
  continues: '{id} continues',
  none: '— a new action —',
  by_objective: 'Completion by objective: before → now',
  not_validated: 'Validate the plan sheet first.',
  new_period: 'Start the next period (.xlsx)',
  new_period_help: 'A new workbook with the previous report’s actions, status and description to fill in, the previous ones beside them.',
  keep: 'Keep with this workbook for the report',
  keep_help:
    'The report (from the pane and the ribbon) then compares with it. Only the plan’s rows (number, action, status, deadline, description), the file name and the period are kept in the workbook, not the file.',
  kept: 'Kept with this workbook: {name} ({period}). The ribbon’s report compares the plan sheet with it.',
  forget: 'Forget the kept report',
  too_large: 'The previous report is too large to keep in the workbook (over {limit} characters); compare it from this pane.',
  not_earlier: "The chosen report is for {period}, not a period before the plan's ({current}): it is not compared. Choose the previous period's report.",
  cannot_keep: "The previous report cannot be kept in the workbook: one of its values exceeds what the workbook's settings hold. Compare it from this pane.",
  completion_before: 'Completion in the previous report',
  ribbon_compared: 'Compared with the previous report "{file}" ({period}); changes to check in the pane: {changes}.',
  ribbon_not_compared: 'The kept previous report "{file}" ({period}) is not of a period before this report’s: not compared.',
  new_period_sheet: 'Start the next period in a new sheet',
  new_period_sheet_help:
    'A new sheet in this workbook with the previous report’s actions: status (a dropdown) and description to fill in, the previous ones beside them.',
  new_period_sheet_written: 'Added the sheet "{sheet}" ({actions}). To validate it, choose it in Settings → plan sheet.',
};

const ru: Record<Key, string> = {
  intro: 'Выберите отчёт за предыдущий период (.xlsx или .docx), чтобы увидеть изменения.',
  open_previous: 'Открыть предыдущий отчёт',
  previous_file: 'Предыдущий отчёт: {name} ({period})',
  previous_error: 'Предыдущий отчёт не читается: {message}',
  matched: 'Найдено снова: {matched} · новых: {added} · отсутствуют: {dropped}',
  moved_to_done: 'Выполнены в этом периоде',
  regressed: 'Больше не выполнены',
  postponed: 'Срок перенесён',
  overdue_again: 'Срок нарушен второй раз',
  not_started_again: 'Не начаты второй раз',
  description_unchanged: 'Описание скопировано из предыдущего отчёта',
  new_action: 'Новые мероприятия',
  dropped: 'Отсутствуют в этом отчёте',
  from_to: '{from} → {to}',
  matches: 'Сопоставления для проверки',
  matches_help: 'Перенумерованные, разделённые или новые мероприятия: выберите мероприятие предыдущего отчёта, которое каждое продолжает.',
  continues: '{id} продолжает',
  none: '— новое мероприятие —',
  by_objective: 'Выполнение по целям: ранее → сейчас',
  not_validated: 'Сначала проверьте лист плана.',
  new_period: 'Начать следующий период (.xlsx)',
  new_period_help: 'Новая книга с мероприятиями предыдущего отчёта: статус и описание заполнить, предыдущие рядом.',
  keep: 'Сохранить в этой книге для отчёта',
  keep_help:
    'Отчёт (из панели и с ленты) будет сравниваться с ним. В книге сохраняются только строки плана (номер, мероприятие, статус, срок, описание), имя файла и период, а не сам файл.',
  kept: 'Сохранён в этой книге: {name} ({period}). Отчёт с ленты сравнивает с ним лист плана.',
  forget: 'Забыть сохранённый отчёт',
  too_large: 'Предыдущий отчёт слишком велик, чтобы сохранить его в книге (более {limit} символов); сравнивайте его в этой панели.',
  not_earlier: 'Выбранный отчёт — за {period}, а не за период раньше периода плана ({current}): сравнение не проводится. Выберите отчёт за предыдущий период.',
  cannot_keep: 'Предыдущий отчёт нельзя сохранить в книге: одно из его значений больше, чем вмещают настройки книги. Сравнивайте его в этой панели.',
  completion_before: 'Выполнение в предыдущем отчёте',
  ribbon_compared: 'Сравнено с предыдущим отчётом «{file}» ({period}); изменений для проверки в панели: {changes}.',
  ribbon_not_compared: 'Сохранённый предыдущий отчёт «{file}» ({period}) не относится к периоду раньше этого отчёта: сравнение не выполнено.',
  new_period_sheet: 'Начать следующий период на новом листе',
  new_period_sheet_help: 'Новый лист в этой книге с мероприятиями предыдущего отчёта: статус (список) и описание заполнить, предыдущие рядом.',
  new_period_sheet_written: 'Добавлен лист «{sheet}» ({actions}). Чтобы проверить его, выберите его в Настройках → лист плана.',
};

const CATALOG: Record<Lang, Record<Key, string>> = { ro, en, ru };

export type ComparePaneKey = Key;
/** Every language's table, for tests that read the whole catalog. */
export const COMPARE_PANE_CATALOG: Readonly<Record<Lang, Readonly<Record<Key, string>>>> = CATALOG;

export function comparePane(lang: Lang, key: Key, params: Record<string, string | number> = {}): string {
  return interpolate(CATALOG[lang][key], params);
}
