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
};

const CATALOG: Record<Lang, Record<Key, string>> = { ro, en, ru };

export type ComparePaneKey = Key;

export function comparePane(lang: Lang, key: Key, params: Record<string, string | number> = {}): string {
  return interpolate(CATALOG[lang][key], params);
}
