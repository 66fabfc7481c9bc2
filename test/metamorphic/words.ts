/**
 * The base wordings the generator writes: header words per role, status spellings, deadlines,
 * period phrases and group titles in ro/ru/en (issue 19's new wordings are in vocab-*.ts).
 */
import { Period } from '../../src/core/period';
import { Role } from '../../src/core/roles';
import { State } from '../../src/core/status';
import { DeadlineSpec } from './plans';
import { Lang, ROMAN } from './vocab-period';

export type Numbering = 'word' | 'word_nr' | 'roman' | 'arabic' | 'letter' | 'none' | 'level';

export const HEADERS: Record<Lang, Partial<Record<Role, string[]>>> = {
  ro: {
    id: ['Nr.', 'Nr. d/o', 'Nr. crt.', 'Nr. d/r', '№'],
    objective: ['Obiectiv', 'Obiectivul general', 'Obiectivul specific', 'Obiective'],
    area: ['Domeniul', 'Direcția de acțiune', 'Domeniu de intervenție'],
    action: ['Acțiunea', 'Denumirea acțiunii', 'Măsura', 'Acțiuni', 'Activitatea', 'Măsuri / acțiuni'],
    responsible: [
      'Instituția responsabilă',
      'Responsabil',
      'Subdiviziunea responsabilă',
      'Executori',
      'Responsabili de implementare',
      'Autoritatea responsabilă',
    ],
    deadline: ['Termen de realizare', 'Termenul de executare', 'Termen', 'Termen limită', 'Perioada de implementare', 'Termenul de implementare'],
    cost: ['Costuri', 'Sursa de finanțare', 'Costul estimativ', 'Buget'],
    indicators: ['Indicatori de progres', 'Indicatori de monitorizare', 'Indicatori de rezultat', 'Indicatori'],
    status: ['Status', 'Statutul', 'Nivelul de realizare', 'Gradul de realizare', 'Stadiul implementării', 'Stadiul realizării', 'Starea'],
    description: ['Descrierea succintă', 'Informația privind realizarea', 'Comentarii', 'Mențiuni', 'Informații privind implementarea'],
    status_description: [
      'Nivelul de realizare a acțiunii / Descrierea succintă',
      'Statutul / Informația privind realizarea',
      'Stadiul implementării (descriere)',
    ],
  },
  en: {
    id: ['No.', 'ID', '#', 'No', 'Ref.'],
    objective: ['Objective', 'Goal', 'Commitment'],
    area: ['Area', 'Pillar', 'Areas'],
    action: ['Action', 'Measure', 'Activity', 'Actions', 'Milestone'],
    responsible: ['Responsible', 'Responsible party', 'Responsible institution', 'Lead agency', 'Implementing agency'],
    deadline: ['Deadline', 'Due', 'Due date', 'Target date', 'Timeline', 'Completion date'],
    cost: ['Cost', 'Funding', 'Budget'],
    indicators: ['Indicators', 'Progress indicators', 'Measurement', 'KPI'],
    status: ['Status', 'Implementation status', 'State', 'Completion level'],
    description: ['Comments', 'Progress', 'Narrative', 'Details', 'Remarks'],
    status_description: ['Status / Comments', 'Implementation status and comments'],
  },
  ru: {
    id: ['№', '№ п/п', 'N п/п'],
    objective: ['Цель', 'Задача', 'Цели'],
    area: ['Направление', 'Направление деятельности'],
    action: ['Мероприятие', 'Действие', 'Наименование мероприятия', 'Мероприятия'],
    responsible: ['Ответственный', 'Исполнитель', 'Ответственные исполнители', 'Ответственное учреждение'],
    deadline: ['Срок исполнения', 'Срок', 'Срок выполнения', 'Сроки реализации'],
    cost: ['Стоимость', 'Источник финансирования', 'Бюджет'],
    indicators: ['Индикаторы', 'Индикаторы прогресса', 'Показатели'],
    status: ['Статус', 'Степень выполнения', 'Отметка о выполнении', 'Состояние'],
    description: ['Информация о выполнении', 'Комментарии', 'Примечание', 'Пояснения'],
    status_description: ['Статус / Информация о выполнении', 'Степень выполнения (комментарии)'],
  },
};

export const STATUS_FORMS: Record<Lang, Record<State, string[]>> = {
  ro: {
    done: ['Realizată', 'Realizat', 'realizata', 'REALIZAT', 'Îndeplinit', 'Executat', 'Realizată.', 'Realizat (activitate continuă)'],
    partially_done: ['Realizată parțial', 'Parțial realizat', 'Realizat partial'],
    in_progress: ['În proces de realizare', 'În curs de realizare', 'In proces de realizare', 'În desfăşurare', 'În curs de executare'],
    initiated: ['Inițiată', 'Iniţiat', 'Initiat'],
    not_started: ['Neinițiată', 'Neiniţiată', 'Neinitiat', 'Nu a fost inițiată'],
    not_done: ['Nerealizată', 'Nerealizat', 'Neîndeplinit'],
    suspended: ['Suspendată', 'Suspendat'],
    cancelled: ['Anulată', 'Anulat', 'Exclus'],
  },
  en: {
    done: ['Done', 'Completed', 'Achieved', 'DONE'],
    partially_done: ['Partially done', 'Partially completed'],
    in_progress: ['In progress', 'Ongoing', 'In Progress'],
    initiated: ['Initiated', 'Started'],
    not_started: ['Not started', 'Not initiated'],
    not_done: ['Not done', 'Not achieved'],
    suspended: ['Suspended', 'On hold'],
    cancelled: ['Cancelled', 'Canceled'],
  },
  ru: {
    done: ['Выполнено', 'Реализовано', 'выполнено'],
    partially_done: ['Частично выполнено', 'Выполнено частично'],
    in_progress: ['В процессе выполнения', 'Выполняется'],
    initiated: ['Начато', 'Инициировано'],
    not_started: ['Не начато', 'Не инициировано'],
    not_done: ['Не выполнено', 'Не реализовано'],
    suspended: ['Приостановлено'],
    cancelled: ['Отменено', 'Исключено'],
  },
};

const MONTHS: Record<Lang, string[]> = {
  ro: ['', 'Ianuarie', 'Februarie', 'Martie', 'Aprilie', 'Mai', 'Iunie', 'Iulie', 'August', 'Septembrie', 'Octombrie', 'Noiembrie', 'Decembrie'],
  en: ['', 'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
  ru: ['', 'январь', 'февраль', 'март', 'апрель', 'май', 'июнь', 'июль', 'август', 'сентябрь', 'октябрь', 'ноябрь', 'декабрь'],
};

export function deadlineText(d: DeadlineSpec, lang: Lang, variant: number): string {
  switch (d.kind) {
    case 'text':
      return d.text;
    case 'quarter':
      return lang === 'en'
        ? `Q${d.n} ${d.year}`
        : lang === 'ru'
          ? `${ROMAN[d.n]} квартал ${d.year}`
          : [`Trimestrul ${ROMAN[d.n]}, ${d.year}`, `Trim. ${ROMAN[d.n]} ${d.year}`][variant % 2];
    case 'semester':
      return lang === 'en'
        ? `H${d.n} ${d.year}`
        : lang === 'ru'
          ? `${ROMAN[d.n]} полугодие ${d.year}`
          : [`Semestrul ${ROMAN[d.n]}, ${d.year}`, `sem. ${ROMAN[d.n]} ${d.year}`][variant % 2];
    case 'month':
      return `${MONTHS[lang][d.m]} ${d.year}`;
    case 'year':
      return lang === 'ro' && variant % 2 ? `anul ${d.year}` : String(d.year);
    case 'date':
      return `${String(d.d).padStart(2, '0')}.${String(d.m).padStart(2, '0')}.${d.year}`;
    case 'recurring':
      return d.every === 'semester'
        ? { ro: 'Semestrial', en: 'Semiannually', ru: 'ежеполугодно' }[lang]
        : { ro: 'Trimestrial', en: 'Quarterly', ru: 'ежеквартально' }[lang];
    case 'annual':
      return { ro: 'Anual', en: 'Annually', ru: 'ежегодно' }[lang];
    case 'ongoing':
      return { ro: 'Permanent', en: 'Ongoing', ru: 'постоянно' }[lang];
  }
}

/** Ways of naming the period in a title row, per language and kind. */
export function periodPhrases(p: Period, lang: Lang): string[] {
  const y = p.year;
  const r = ROMAN[p.n];
  if (p.kind === 'semester') {
    const first = p.n === 1;
    return {
      ro: [
        `pentru semestrul ${r}, ${y}`,
        `semestrul ${r} ${y}`,
        `${first ? 'primul' : 'al doilea'} semestru al anului ${y}`,
        `sem. ${r}/${y}`,
        `Raport pentru sem. ${r} ${y}`,
      ],
      ru: [`за ${r} полугодие ${y} года`, `${r} полугодие ${y}`, `за ${first ? 'первое' : 'второе'} полугодие ${y} года`],
      en: [`H${p.n} ${y}`, `${first ? 'first' : 'second'} half of ${y}`, `Progress report for the ${first ? 'first' : 'second'} half of ${y}`],
    }[lang];
  }
  if (p.kind === 'quarter') return { ro: [`trimestrul ${r} ${y}`, `Trim. ${r}, ${y}`], ru: [`за ${r} квартал ${y}`], en: [`Q${p.n} ${y}`] }[lang];
  const n = p.n;
  if (p.kind === 'months')
    return { ro: [`${n} luni ${y}`, `pentru ${n} luni ale anului ${y}`], ru: [`за ${n} месяцев ${y} года`], en: [`${n} months of ${y}`] }[lang];
  return { ro: [`anul ${y}`, `pentru ${y}`, `pentru anul ${y}`], ru: [`за ${y} год`], en: [`${y} Action Plan Progress`, `for ${y}`] }[lang];
}

/** The period for a sheet with no title rows: in the sheet's name. */
export function periodSheetName(p: Period): string {
  if (p.kind === 'semester') return `Raport S${p.n} ${p.year}`;
  if (p.kind === 'quarter') return `Raport Q${p.n} ${p.year}`;
  if (p.kind === 'months') return `${p.n} luni ${p.year}`;
  return `Raport ${p.year}`;
}

const OBJECTIVE_WORD: Record<Lang, [string, string]> = {
  ro: ['Obiectivul {n}. ', 'Obiectiv nr. {n}: '],
  en: ['Objective {n}: ', 'Objective {n}. '],
  ru: ['Цель {n}. ', 'Цель № {n}. '],
};
const AREA_WORD: Record<Lang, [string, string]> = {
  ro: ['Domeniul {n}. ', 'Domeniul nr. {n}: '],
  en: ['Area {n}: ', 'Area {n}. '],
  ru: ['Направление {n}. ', 'Направление № {n}. '],
};

export function groupTitle(kind: 'objective' | 'area', numbering: Numbering, lang: Lang, n: number, title: string, level?: string): string {
  const words = kind === 'objective' ? OBJECTIVE_WORD : AREA_WORD;
  switch (numbering) {
    case 'word':
      return words[lang][0].replace('{n}', String(n)) + title;
    case 'word_nr':
      return words[lang][1].replace('{n}', String(n)) + title;
    case 'roman':
      return `${ROMAN[n] ?? n}. ${title}`;
    case 'arabic':
      return `${n}. ${title}`;
    case 'letter':
      return `${'ABCDEFGHIJ'[n - 1]}. ${title}`;
    case 'none':
      return title;
    case 'level':
      return `${(level ?? '').replace('{n}', String(n))}${title}`;
  }
}

export const UPPER: Record<Lang, string> = { ro: 'Realizarea', en: 'Implementation', ru: 'Выполнение' };
