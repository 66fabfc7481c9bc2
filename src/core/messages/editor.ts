import { Lang } from '../status';
import { interpolate } from './index';

/** The template editor's words: errors by line, why a button is disabled, the reference list, the restore dialog. */
const ro = {
  error_at_line: 'Rândul {line}, coloana {column}: {message}',
  go_to_line: 'Mergi la rândul {line}',
  errors_title: 'Șablonul are erori; ultimul șablon salvat rămâne în vigoare.',
  why_error: 'Corectați eroarea din rândul {line} al șablonului: un șablon cu erori nu poate fi salvat (raportul folosește ultimul șablon salvat).',
  why_rendering: 'Se pregătește previzualizarea…',
  why_no_analysis: 'Verificați mai întâi foaia planului (fila Verificare).',
  why_unchanged: 'Nimic de salvat: șablonul este cel salvat.',
  reference: 'Variabile și filtre',
  reference_help: 'Un clic inserează exemplul la cursor.',
  variables: 'Variabile',
  filters: 'Filtre',
  insert_item: 'Inserează {code}',
  restore_title: 'Reveniți la șablonul implicit?',
  restore_intro: 'Se vor pierde modificările de mai jos (− rânduri din șablonul actual, + rânduri din cel implicit).',
  restore_same: 'Șablonul este deja cel implicit.',
  restore_confirm: 'Revino la șablonul implicit',
  restore_cancel: 'Renunță',
  discard: 'Renunță la modificări',
  line_count: '{count} rânduri',
  rendering: 'Se actualizează…',
};
type EditorKey = keyof typeof ro;

const en: Record<EditorKey, string> = {
  error_at_line: 'Line {line}, column {column}: {message}',
  go_to_line: 'Go to line {line}',
  errors_title: 'The template has errors; the last saved template stays in use.',
  why_error: 'Correct the error on line {line} of the template: a template with errors cannot be saved (the report uses the last saved template).',
  why_rendering: 'The preview is being prepared…',
  why_no_analysis: 'Check the plan sheet first (Validate tab).',
  why_unchanged: 'Nothing to save: the template is the saved one.',
  reference: 'Variables and filters',
  reference_help: 'A click inserts the example at the cursor.',
  variables: 'Variables',
  filters: 'Filters',
  insert_item: 'Insert {code}',
  restore_title: 'Restore the default template?',
  restore_intro: 'The changes below will be lost (− lines of the current template, + lines of the default).',
  restore_same: 'The template is already the default.',
  restore_confirm: 'Restore the default template',
  restore_cancel: 'Cancel',
  discard: 'Discard changes',
  line_count: '{count} lines',
  rendering: 'Updating…',
};

const ru: Record<EditorKey, string> = {
  error_at_line: 'Строка {line}, столбец {column}: {message}',
  go_to_line: 'Перейти к строке {line}',
  errors_title: 'В шаблоне есть ошибки; действует последний сохранённый шаблон.',
  why_error: 'Исправьте ошибку в строке {line} шаблона: шаблон с ошибками нельзя сохранить (отчёт использует последний сохранённый шаблон).',
  why_rendering: 'Готовится предпросмотр…',
  why_no_analysis: 'Сначала проверьте лист плана (вкладка «Проверка»).',
  why_unchanged: 'Сохранять нечего: шаблон совпадает с сохранённым.',
  reference: 'Переменные и фильтры',
  reference_help: 'Щелчок вставляет пример в позицию курсора.',
  variables: 'Переменные',
  filters: 'Фильтры',
  insert_item: 'Вставить {code}',
  restore_title: 'Вернуть шаблон по умолчанию?',
  restore_intro: 'Изменения ниже будут потеряны (− строки текущего шаблона, + строки шаблона по умолчанию).',
  restore_same: 'Шаблон уже совпадает с шаблоном по умолчанию.',
  restore_confirm: 'Вернуть шаблон по умолчанию',
  restore_cancel: 'Отмена',
  discard: 'Отменить изменения',
  line_count: '{count} строк',
  rendering: 'Обновляется…',
};

const EDITOR: Record<Lang, Record<EditorKey, string>> = { ro, en, ru };
/** Every language's table, for tests that read the whole catalog. */
export const EDITOR_CATALOG: Readonly<Record<Lang, Readonly<Record<EditorKey, string>>>> = EDITOR;

export function editor(lang: Lang, key: EditorKey, params: Record<string, string | number> = {}): string {
  return interpolate(EDITOR[lang][key], params);
}

export interface ReferenceItem {
  /** What a click inserts. */
  code: string;
  /** What it gives, on a typical plan. */
  example: string;
}

const PLURAL: Record<Lang, string> = {
  ro: '{{ total.rows | plural: "acțiune", "acțiuni" }}',
  en: '{{ total.rows | plural: "action", "actions" }}',
  ru: '{{ total.rows | plural: "мероприятие", "мероприятия", "мероприятий" }}',
};
const AGREE: Record<Lang, string> = {
  ro: '{{ total.done | agree: "a fost realizată", "au fost realizate" }}',
  en: '{{ total.done | agree: "was", "were" }}',
  ru: '{{ total.done | agree: "выполнено", "выполнены", "выполнено" }}',
};

/** The variables and filters of the template language, each with an example, in the interface language. */
export function referenceItems(lang: Lang): { variables: ReferenceItem[]; filters: ReferenceItem[] } {
  const ex = {
    ro: [
      'semestrul I 2022',
      '30 iunie 2022',
      'Agenția de Guvernare Electronică',
      '42',
      '19',
      '45,2%',
      '3',
      '1.10, 3.1 și 6.2',
      'obiectivele 4 și 6',
      '15 iulie 2022',
    ],
    en: ['H1 2022', '30 June 2022', 'e-Government Agency', '42', '19', '45.2%', '3', '1.10, 3.1 and 6.2', 'objectives 4 and 6', '15 July 2022'],
    ru: ['I полугодие 2022 г.', '30 июня 2022', 'Агентство электронного управления', '42', '19', '45,2%', '3', '1.10, 3.1 и 6.2', 'цели 4 и 6', '15 июля 2022'],
  }[lang];
  return {
    variables: [
      { code: '{{ period }}', example: ex[0] },
      { code: '{{ period_end | long_date }}', example: ex[1] },
      { code: '{{ institution }}', example: ex[2] },
      { code: '{{ plan_title }}', example: '…' },
      { code: '{{ report_date | long_date }}', example: ex[9] },
      { code: '{{ total.rows }}', example: ex[3] },
      { code: '{{ total.done }}', example: ex[4] },
      { code: '{{ total.completion_rate | percent }}', example: ex[5] },
      { code: '{{ total.overdue }}', example: ex[6] },
      { code: '{{ overdue | map: "id" | join_list }}', example: ex[7] },
      { code: '{{ lowest_objectives | map: "key" | join_list }}', example: ex[8].replace(/^\S+ /, '') },
      { code: '{% for o in objectives %}{{ o.title }}: {{ o.completion_rate | percent }}\n{% endfor %}', example: '…' },
      { code: '{% for a in attention %}- **{{ a.id }}** {{ a.title }} — {{ a.units | units }}\n{% endfor %}', example: '…' },
    ],
    filters: [
      { code: PLURAL[lang], example: { ro: '42 de acțiuni', en: '42 actions', ru: '42 мероприятия' }[lang] },
      { code: AGREE[lang], example: { ro: 'au fost realizate', en: 'were', ru: 'выполнено' }[lang] },
      { code: '{{ total.completion_rate | percent }}', example: ex[5] },
      { code: '{{ period_end | long_date }}', example: ex[1] },
      { code: '{{ 2 | ordinal }}', example: { ro: 'a 2-a', en: '2nd', ru: '2-я' }[lang] },
      { code: '{{ overdue | map: "id" | join_list }}', example: ex[7] },
      {
        code: '{{ a.units | units }}',
        example: {
          ro: 'Direcția implementare proiecte (DIP), SRJU',
          en: 'Project implementation directorate (DIP), SRJU',
          ru: 'Управление реализации проектов (DIP), SRJU',
        }[lang],
      },
      { code: '{{ total.rows | number }}', example: { ro: '1.000', en: '1,000', ru: '1 000' }[lang] },
    ],
  };
}
