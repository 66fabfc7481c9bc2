/**
 * Renders a canonical plan in one of many layouts an institution might keep: header words in
 * ro/ru/en, columns in any order, optional columns absent, objectives as headings (merged, alone
 * in the first cell, repeated across) or a column, numbered by word, Roman or Arabic numeral,
 * letter or not at all, areas or none, ids in a column or leading the text, status separate or
 * combined with the narrative, statuses spelled many ways, title rows 0–4 naming the period in
 * any wording, a numbering row, empty rows.
 */
import { CellValue, SheetGrid } from '../../src/core/grid';
import { Period } from '../../src/core/period';
import { Role } from '../../src/core/roles';
import { State } from '../../src/core/status';
import { area } from '../helpers/grid';
import { ActionSpec, DeadlineSpec, PlanSpec } from './plans';
import { Rng } from './rng';

type Lang = 'ro' | 'en' | 'ru';
export type GroupForm = 'merged' | 'first_cell' | 'repeated' | 'column' | 'column_merged';
export type Numbering = 'word' | 'word_nr' | 'roman' | 'arabic' | 'letter' | 'none';

export interface LayoutChoice {
  lang: Lang;
  headers: Partial<Record<Role, string>>;
  order: Role[];
  objectiveForm: GroupForm;
  objectiveNumbering: Numbering;
  areaForm: 'merged' | 'first_cell' | 'column' | 'none';
  areaNumbering: Numbering;
  ids: 'column' | 'column_dot' | 'leading' | 'leading_dot';
  combined: boolean;
  statusSpelling: number;
  responsibleSep: ', ' | '; ' | '\n';
  titleRows: number;
  periodWording: number;
  numberingRow: boolean;
  emptyRows: boolean;
  /** A two-row header: two adjacent columns under a merged upper cell, the others merged down. */
  twoRowHeader: boolean;
}

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

const STATUS_FORMS: Record<Lang, Record<State, string[]>> = {
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

const ROMAN = ['', 'I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X'];
const MONTHS: Record<Lang, string[]> = {
  ro: ['', 'Ianuarie', 'Februarie', 'Martie', 'Aprilie', 'Mai', 'Iunie', 'Iulie', 'August', 'Septembrie', 'Octombrie', 'Noiembrie', 'Decembrie'],
  en: ['', 'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
  ru: ['', 'январь', 'февраль', 'март', 'апрель', 'май', 'июнь', 'июль', 'август', 'сентябрь', 'октябрь', 'ноябрь', 'декабрь'],
};

function deadlineText(d: DeadlineSpec, lang: Lang, variant: number): string {
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
    case 'annual':
      return { ro: 'Anual', en: 'Annually', ru: 'ежегодно' }[lang];
    case 'ongoing':
      return { ro: 'Permanent', en: 'Ongoing', ru: 'постоянно' }[lang];
  }
}

/** Ways of naming the period in a title row, per language and kind. */
function periodPhrases(p: Period, lang: Lang): string[] {
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
  if (p.kind === 'months') return { ro: [`9 luni ${y}`, `pentru 9 luni ale anului ${y}`], ru: [`за 9 месяцев ${y} года`], en: [`9 months of ${y}`] }[lang];
  return { ro: [`anul ${y}`, `pentru ${y}`, `pentru anul ${y}`], ru: [`за ${y} год`], en: [`${y} Action Plan Progress`, `for ${y}`] }[lang];
}

/** The period for a sheet with no title rows: in the sheet's name. */
function periodSheetName(p: Period): string {
  if (p.kind === 'semester') return `Raport S${p.n} ${p.year}`;
  if (p.kind === 'quarter') return `Raport Q${p.n} ${p.year}`;
  if (p.kind === 'months') return `9 luni ${p.year}`;
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

function groupTitle(kind: 'objective' | 'area', numbering: Numbering, lang: Lang, n: number, title: string): string {
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
  }
}

const UPPER: Record<Lang, string> = { ro: 'Realizarea', en: 'Implementation', ru: 'Выполнение' };

const OPTIONAL: Role[] = ['cost', 'indicators', 'description'];

/** Draws one layout. Heading levels must be tellable apart: objectives and areas never share a style. */
/** knownLimits: also draw the layouts the engine is known to misread (to measure them, not to assert them). */
export function drawLayout(rng: Rng, plan: PlanSpec, knownLimits = false): LayoutChoice {
  const lang: Lang = plan.lang === 'any' ? rng.pick(['ro', 'en', 'ru'] as const) : rng.bool(0.8) ? plan.lang : rng.pick(['ro', 'en', 'ru'] as const);
  const combined = rng.bool(0.3);
  let objectiveForm = rng.pick<GroupForm>(['merged', 'merged', 'first_cell', 'repeated', 'column', 'column_merged']);
  const ids = rng.pick(['column', 'column_dot', 'leading', 'leading_dot'] as const);
  const roles: Role[] = ['action', 'responsible', 'deadline', ...(combined ? (['status_description'] as Role[]) : (['status'] as Role[]))];
  if (ids === 'column' || ids === 'column_dot') roles.push('id');
  const objectiveInColumn = objectiveForm === 'column' || objectiveForm === 'column_merged';
  if (objectiveInColumn) roles.push('objective');
  // With the objective in a column, the area is a column too (a heading row would cut through it).
  let areaForm: LayoutChoice['areaForm'] = !plan.hasAreas ? 'none' : objectiveInColumn ? 'column' : rng.pick(['merged', 'first_cell'] as const);
  if (areaForm === 'column') roles.push('area');
  for (const r of OPTIONAL) if (!(combined && r === 'description') && rng.bool(0.7)) roles.push(r);
  let order = rng.shuffle(roles);
  if (rng.bool(0.6) && roles.includes('id')) order = ['id', ...order.filter((r) => r !== 'id')];
  const headers: Partial<Record<Role, string>> = {};
  for (const r of roles) headers[r] = rng.pick(HEADERS[lang][r]!);
  let objectiveNumbering = rng.pick<Numbering>(['word', 'word_nr', 'roman', 'arabic', 'letter', 'none']);
  let areaNumbering = rng.pick<Numbering>(['word', 'word_nr', 'arabic', 'roman']);
  // Ids number by area in plans with areas: the area's number must be written for ids to agree.
  if (
    (areaForm === 'merged' || areaForm === 'first_cell') &&
    (areaNumbering === objectiveNumbering || (areaNumbering.startsWith('word') && objectiveNumbering.startsWith('word')))
  ) {
    if (objectiveNumbering.startsWith('word')) areaNumbering = 'word';
    else areaNumbering = objectiveNumbering === 'arabic' ? 'roman' : 'arabic';
  }
  // A heading alone in a narrative first column reads as the narrative going on (known limit): merged there.
  if (!knownLimits && (order[0] === 'description' || order[0] === 'status_description')) {
    if (objectiveForm === 'first_cell') objectiveForm = 'merged';
    if (areaForm === 'first_cell') areaForm = 'merged';
  }
  // An unnumbered heading alone in the action or narrative column reads as a title or a continuation: numbered there.
  if (!knownLimits && objectiveForm === 'first_cell' && objectiveNumbering === 'none' && ['action', 'description', 'status_description'].includes(order[0]))
    objectiveNumbering = 'word';
  return {
    lang,
    headers,
    order,
    objectiveForm,
    objectiveNumbering,
    areaForm,
    areaNumbering,
    ids,
    combined,
    statusSpelling: rng.int(0, 9),
    responsibleSep: rng.pick([', ', '; ', '\n'] as const),
    titleRows: rng.int(0, 4),
    periodWording: rng.int(0, 9),
    numberingRow: rng.bool(0.3),
    emptyRows: rng.bool(0.3),
    twoRowHeader: rng.bool(0.2),
  };
}

export function signature(l: LayoutChoice): string {
  return JSON.stringify(l);
}

/** The sheet for a plan in a layout. */
export function renderPlan(plan: PlanSpec, l: LayoutChoice): SheetGrid {
  const rows: CellValue[][] = [];
  const merges: string[] = [];
  const width = l.order.length;
  const last = String.fromCharCode(64 + width);
  const spanRow = (text: string, form: 'merged' | 'first_cell' | 'repeated') => {
    const r = rows.length + 1;
    if (form === 'repeated') rows.push(l.order.map(() => text));
    else rows.push([text]);
    if (form === 'merged' && width > 1) merges.push(`A${r}:${last}${r}`);
  };
  const titles = {
    ro: ['Raport privind implementarea Planului de acțiuni pentru anii 2021-2023', 'Agenția de Guvernare Electronică', 'Aprobat prin ordinul nr. 12'],
    en: ['Action Plan implementation report', 'E-Government Agency', 'Approved by order no. 12'],
    ru: ['Отчёт о выполнении плана мероприятий на 2021-2023 годы', 'Агентство электронного управления', 'Утверждено приказом № 12'],
  }[l.lang];
  let name = 'Raport';
  if (l.titleRows === 0) name = periodSheetName(plan.period);
  else {
    const phrases = periodPhrases(plan.period, l.lang);
    const period = phrases[l.periodWording % phrases.length];
    const lines = [...titles.slice(0, l.titleRows - 1), period];
    for (const t of lines) spanRow(t, 'merged');
  }
  if (l.twoRowHeader && width >= 3) {
    // The last two columns under one upper cell ("Realizarea"), the others' headers merged down.
    const top = rows.length + 1;
    const letter = (i: number) => String.fromCharCode(65 + i);
    rows.push(l.order.map((r, i) => (i < width - 2 ? (l.headers[r] ?? '') : i === width - 2 ? UPPER[l.lang] : null)));
    rows.push(l.order.map((r, i) => (i >= width - 2 ? (l.headers[r] ?? '') : null)));
    for (let i = 0; i < width - 2; i++) merges.push(`${letter(i)}${top}:${letter(i)}${top + 1}`);
    merges.push(`${letter(width - 2)}${top}:${letter(width - 1)}${top}`);
  } else rows.push(l.order.map((r) => l.headers[r] ?? ''));
  if (l.numberingRow) rows.push(l.order.map((_, i) => i + 1));
  const col = (role: Role) => l.order.indexOf(role);
  const objectiveInColumn = l.objectiveForm === 'column' || l.objectiveForm === 'column_merged';
  let spelling = l.statusSpelling;
  for (const o of plan.objectives) {
    const oTitle = groupTitle('objective', l.objectiveNumbering, l.lang, o.n, o.title);
    if (!objectiveInColumn) spanRow(oTitle, l.objectiveForm as 'merged' | 'first_cell' | 'repeated');
    const firstRow = rows.length + 1;
    for (const a of o.areas) {
      const aTitle = groupTitle('area', l.areaNumbering, l.lang, a.n, a.title);
      if (l.areaForm === 'merged' || l.areaForm === 'first_cell') spanRow(aTitle, l.areaForm);
      for (const action of a.actions) {
        const row = actionRow(action, l, col, spelling++, objectiveInColumn ? oTitle : null);
        if (l.areaForm === 'column') row[col('area')] = aTitle;
        rows.push(row);
        if (l.emptyRows && spelling % 5 === 0) rows.push([]);
      }
    }
    if (l.objectiveForm === 'column_merged') {
      const c = String.fromCharCode(65 + col('objective'));
      const lastRow = rows.length;
      for (let r = firstRow + 1; r <= lastRow; r++) {
        const row = rows[r - 1];
        if (row.length) row[col('objective')] = null;
      }
      if (lastRow > firstRow) merges.push(`${c}${firstRow}:${c}${lastRow}`);
    }
  }
  return { name, rows, merges: merges.map(area) };
}

function actionRow(a: ActionSpec, l: LayoutChoice, col: (r: Role) => number, spelling: number, objective: string | null): CellValue[] {
  const row: CellValue[] = l.order.map(() => null);
  const set = (role: Role, v: CellValue) => {
    if (col(role) >= 0) row[col(role)] = v;
  };
  const leading = l.ids === 'leading' || l.ids === 'leading_dot';
  set('id', l.ids === 'column_dot' ? `${a.id}.` : a.id);
  set('action', leading ? `${a.id}${l.ids === 'leading_dot' ? '.' : ''} ${a.title}` : a.title);
  set('responsible', typeof a.responsible === 'string' ? a.responsible : a.responsible.join(l.responsibleSep));
  set('deadline', deadlineText(a.deadline, l.lang, spelling));
  set('cost', a.cost);
  set('indicators', a.indicators);
  const forms = STATUS_FORMS[l.lang][a.state];
  const status = a.status ?? forms[spelling % forms.length];
  if (l.combined) set('status_description', a.description ? `${status.replace(/\.$/, '')}. ${a.description}` : status);
  else {
    set('status', status);
    set('description', a.description);
  }
  set('objective', objective);
  return row;
}
