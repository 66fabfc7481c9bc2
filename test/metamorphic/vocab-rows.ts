/**
 * Issue 19's row vocabularies: tracker statuses (words, RAG colours, percentages), group level
 * words, the notes under a table, totals rows, second header rows.
 *
 * The tracker statuses, by the state each is written for:
 *   done ← Complete/Completed/Finalizat/Завершено, "100%"
 *   in_progress ← Ongoing/On track/În derulare/В работе; RAG colours and delays (Green, Amber, Red,
 *     At risk, Delayed, Off track and their ro/ru words); "25%"–"75%" (value percent_between)
 *   not_started ← Not yet started/Nu a început/Не приступили, "0%"
 * States without a tracker word keep the plan's usual wording. Whether a phrase is counted
 * (certain) or only proposed (inferred) is not decided here: docs/statuses.md documents it, and
 * expect.ts's asDocumented takes the expected reading from that table.
 */
import { State } from '../../src/core/status';
import { Lang } from './vocab-period';

export type StatusStyle = 'tracker' | 'rag' | 'percent' | 'percent_between';

const TRACKER: Record<Lang, Partial<Record<State, string[]>>> = {
  en: { done: ['Complete', 'Completed', 'completed'], in_progress: ['Ongoing', 'On track', 'On-going'], not_started: ['Not yet started', 'Not started yet'] },
  ro: { done: ['Finalizat', 'Finalizată', 'Complet'], in_progress: ['În derulare', 'În lucru'], not_started: ['Nu a început', 'Neînceput'] },
  ru: { done: ['Завершено', 'Исполнено'], in_progress: ['В работе', 'Ведется работа'], not_started: ['Не приступили', 'Еще не начато'] },
};
const RAG: Record<Lang, Partial<Record<State, string[]>>> = {
  en: { in_progress: ['Green', 'Amber', 'Red', 'At risk', 'Delayed', 'Off track'] },
  ro: { in_progress: ['Verde', 'Galben', 'Roșu', 'Cu întârziere', 'Întârziat'] },
  ru: { in_progress: ['Зеленый', 'Желтый', 'Красный', 'С отставанием', 'С задержкой'] },
};
const PERCENT: Partial<Record<State, string[]>> = { done: ['100%', '100 %'], not_started: ['0%', '0 %'] };
/** Between 0 and 100: in progress, an inference the issue wants shown (kept apart so it is measured apart). */
const PERCENT_BETWEEN: Partial<Record<State, string[]>> = { in_progress: ['50%', '75 %', '25%'] };

export function styledStatus(style: StatusStyle, state: State, lang: Lang, variant: number): string | null {
  const forms = style === 'percent' ? PERCENT[state] : style === 'percent_between' ? PERCENT_BETWEEN[state] : (style === 'rag' ? RAG : TRACKER)[lang][state];
  return forms ? forms[variant % forms.length] : null;
}

/** Level words: [objective, area] heading prefixes ("{n}" is the number). */
export const LEVEL_WORDS: Record<Lang, [string, string][]> = {
  ro: [
    ['Prioritatea {n}. ', 'Direcția de acțiune {n}. '],
    ['Prioritate {n}: ', 'Direcția de acțiune {n}: '],
  ],
  en: [
    ['Pillar {n}: ', 'Outcome {n}: '],
    ['Outcome {n}: ', 'Output {n}: '],
  ],
  ru: [['Направление {n}. ', 'Задача {n}. ']],
};
/** With one level only, any level word names the objective. */
export const SINGLE_LEVEL_WORDS: Record<Lang, string[]> = {
  ro: ['Prioritatea {n}. ', 'Direcția de acțiune {n}. ', 'Prioritate {n}: '],
  en: ['Outcome {n}: ', 'Pillar {n}: ', 'Output {n}: '],
  ru: ['Задача {n}. ', 'Направление {n}. '],
};

export type NotesStyle = 'signatures' | 'executor' | 'legend' | 'footnotes';

/** Rows under the table: each a list of [column, text] (column -1: the last column). */
export function noteRows(style: NotesStyle, lang: Lang): [number, string][][] {
  const t = {
    signatures: {
      ro: [
        [
          [0, 'Director general'],
          [-1, '__________ (semnătura)'],
        ],
        [[0, 'Întocmit: specialist principal, tel. 022-000-000']],
      ],
      ru: [
        [
          [0, 'Директор'],
          [-1, '__________ (подпись)'],
        ],
        [[0, 'Исполнитель: главный специалист, тел. 022-000-000']],
      ],
      en: [
        [
          [0, 'Director'],
          [-1, '__________ (signature)'],
        ],
        [[0, 'Prepared by: senior specialist, tel. 022-000-000']],
      ],
    },
    executor: {
      ro: [[[0, 'Executor: Direcția analiză, monitorizare și evaluare a politicilor']]],
      ru: [[[0, 'Исп.: отдел мониторинга и оценки политик']]],
      en: [[[0, 'Executor: Policy Monitoring and Evaluation Unit']]],
    },
    legend: {
      ro: [
        [[0, 'Legendă:']],
        [[0, 'Realizat – acțiunea este îndeplinită integral']],
        [[0, 'În proces de realizare – acțiunea a început, dar nu este finalizată']],
        [[0, 'Neinițiat – acțiunea nu a început']],
      ],
      ru: [[[0, 'Условные обозначения:']], [[0, 'Выполнено – мероприятие выполнено полностью']], [[0, 'Не начато – работа не начиналась']]],
      en: [[[0, 'Key:']], [[0, 'Completed – the action is fully done']], [[0, 'Ongoing – work has started and continues']], [[0, 'Not started – no work yet']]],
    },
    footnotes: {
      ro: [
        [[0, '* Acțiunile marcate cu asterisc sunt finanțate din surse externe.']],
        [[0, 'Notă: informația este prezentată cumulativ, de la începutul anului.']],
      ],
      ru: [
        [[0, '* Мероприятия, отмеченные звездочкой, финансируются из внешних источников.']],
        [[0, 'Примечание: информация представлена нарастающим итогом.']],
      ],
      en: [[[0, '* Actions marked with an asterisk are funded by development partners.']], [[0, 'Note: figures are cumulative since the start of the plan.']]],
    },
  } as Record<NotesStyle, Record<Lang, [number, string][][]>>;
  return t[style][lang];
}

export type TotalsStyle = 'total' | 'subtotals' | 'itogo';

/** The first cell of a totals row: a grand total, or the subtotal of objective n. */
export function totalLabel(style: TotalsStyle, lang: Lang, n: number | null): string {
  if (style === 'itogo') return { ro: 'TOTAL GENERAL', en: 'Grand total', ru: 'Итого:' }[lang];
  if (n !== null) return { ro: `Total pe obiectivul ${n}`, en: `Subtotal objective ${n}`, ru: `Всего по цели ${n}` }[lang];
  return { ro: 'Total', en: 'Total', ru: 'Всего' }[lang];
}

/** The units row under a header: a unit under cost and deadline, blanks elsewhere. */
export const UNITS: Record<Lang, { cost: string; deadline: string; indicators: string }> = {
  ro: { cost: 'mii lei', deadline: 'luna, anul', indicators: 'unități' },
  ru: { cost: 'тыс. леев', deadline: 'месяц, год', indicators: 'единиц' },
  en: { cost: 'MDL thousand', deadline: 'month, year', indicators: 'units' },
};

/** A deadline column split in two under its header: the plan's deadline and the date it was done. */
export const SPLIT: Record<Lang, [string, string]> = { ro: ['planificat', 'efectiv'], ru: ['план', 'факт'], en: ['planned', 'actual'] };
