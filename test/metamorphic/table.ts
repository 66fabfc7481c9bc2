/**
 * Renders a canonical plan in a drawn layout: one sheet, or (issue 19's sheets dimension) a cover
 * sheet with the title and period and one sheet per objective.
 */
import { CellValue, SheetGrid, WorkbookGrid } from '../../src/core/grid';
import { Role } from '../../src/core/roles';
import { area } from '../helpers/grid';
import { ActionSpec, ObjectiveSpec, PlanSpec } from './plans';
import type { LayoutChoice } from './render';
import { decoyTitles, periodWording } from './vocab-period';
import { styledDeadline } from './vocab-deadline';
import { SPLIT, UNITS, noteRows, styledStatus, totalLabel } from './vocab-rows';
import { STATUS_FORMS, UPPER, deadlineText, groupTitle, periodPhrases, periodSheetName } from './words';

/** A physical column: a role, or the "actual date" half of a split deadline column. */
type Col = Role | 'actual';

const letter = (i: number) => String.fromCharCode(65 + i);

class SheetBuilder {
  rows: CellValue[][] = [];
  merges: string[] = [];
  formats: (string | null)[][] = [];

  constructor(readonly cols: Col[]) {}

  get width() {
    return this.cols.length;
  }

  col(c: Col): number {
    return this.cols.indexOf(c);
  }

  push(row: CellValue[], formats?: (string | null)[]) {
    this.rows.push(row);
    if (formats) this.formats[this.rows.length - 1] = formats;
  }

  span(text: string, form: 'merged' | 'first_cell' | 'repeated') {
    const r = this.rows.length + 1;
    this.push(form === 'repeated' ? this.cols.map(() => text) : [text]);
    if (form === 'merged' && this.width > 1) this.merges.push(`A${r}:${letter(this.width - 1)}${r}`);
  }

  sheet(name: string): SheetGrid {
    const s: SheetGrid = { name, rows: this.rows, merges: this.merges.map(area) };
    if (this.formats.length) s.numberFormats = this.rows.map((_, i) => this.formats[i] ?? []);
    return s;
  }
}

function columns(l: LayoutChoice): Col[] {
  return l.order.flatMap((r): Col[] => (r === 'deadline' && l.dims.header2 === 'deadline_split' ? ['deadline', 'actual'] : [r]));
}

/** The title rows: the usual titles and the period, in the style drawn, with decoys around it. */
export function titleLines(plan: PlanSpec, l: LayoutChoice): string[] {
  const titles = {
    ro: ['Raport privind implementarea Planului de acțiuni pentru anii 2021-2023', 'Agenția de Guvernare Electronică', 'Aprobat prin ordinul nr. 12'],
    en: ['Action Plan implementation report', 'E-Government Agency', 'Approved by order no. 12'],
    ru: ['Отчёт о выполнении плана мероприятий на 2021-2023 годы', 'Агентство электронного управления', 'Утверждено приказом № 12'],
  }[l.lang];
  const p = l.period ?? plan.period;
  const phrases = periodPhrases(p, l.lang);
  const period = (l.dims.period && periodWording(l.dims.period, p, l.lang, l.periodWording)) || phrases[l.periodWording % phrases.length];
  const lines = [...titles.slice(0, l.titleRows - 1), period];
  if (l.dims.period !== 'decoys') return lines;
  const decoys = decoyTitles(p, l.lang);
  // The decoys before and after the period, in an order drawn from the wording's number.
  const at = l.periodWording % (decoys.length + 1);
  return [...lines.slice(0, -1), ...decoys.slice(0, at), period, ...decoys.slice(at)];
}

function headerRows(b: SheetBuilder, l: LayoutChoice): void {
  const head = (c: Col) => (c === 'actual' ? '' : (l.headers[c] ?? ''));
  const top = b.rows.length + 1;
  const split = l.dims.header2 === 'deadline_split';
  const upperAt = split ? b.col('deadline') : l.twoRowHeader && b.width >= 3 ? (l.upperAt ?? b.width - 2) : -1;
  if (upperAt < 0) b.push(b.cols.map(head));
  else {
    const under = (i: number) => i === upperAt || i === upperAt + 1;
    const upperText = split ? head('deadline') : UPPER[l.lang];
    b.push(b.cols.map((c, i) => (!under(i) ? head(c) : i === upperAt ? upperText : null)));
    b.push(b.cols.map((c, i) => (!under(i) ? null : split ? SPLIT[l.lang][i - upperAt] : head(c))));
    b.cols.forEach((_, i) => !under(i) && b.merges.push(`${letter(i)}${top}:${letter(i)}${top + 1}`));
    b.merges.push(`${letter(upperAt)}${top}:${letter(upperAt + 1)}${top}`);
  }
  if (l.dims.header2 === 'units_row') b.push(b.cols.map((c) => (c === 'cost' || c === 'deadline' || c === 'indicators' ? UNITS[l.lang][c] : null)));
  if (l.numberingRow) b.push(b.cols.map((_, i) => i + 1));
}

function actionRow(b: SheetBuilder, a: ActionSpec, l: LayoutChoice, variant: number, year: number, objective: string | null, areaTitle: string | null): void {
  const row: CellValue[] = b.cols.map(() => null);
  const formats: (string | null)[] = [];
  const set = (c: Col, v: CellValue) => b.col(c) >= 0 && (row[b.col(c)] = v);
  const leading = l.ids === 'leading' || l.ids === 'leading_dot';
  set('id', l.ids === 'column_dot' ? `${a.id}.` : a.id);
  set('action', leading ? leadingText(a, l) : a.title);
  set('responsible', typeof a.responsible === 'string' ? a.responsible : a.responsible.join(l.responsibleSep));
  const styled = l.dims.deadlines ? styledDeadline(l.dims.deadlines, a.deadline, l.lang, variant) : null;
  set('deadline', styled ? styled.value : deadlineText(a.deadline, l.lang, variant));
  if (styled?.format && b.col('deadline') >= 0) formats[b.col('deadline')] = styled.format;
  set('actual', a.state === 'done' ? `${String((variant % 27) + 1).padStart(2, '0')}.03.${year}` : null);
  set('cost', a.cost);
  set('indicators', a.indicators);
  const forms = STATUS_FORMS[l.lang][a.state];
  const status = (l.dims.statuses && styledStatus(l.dims.statuses, a.state, l.lang, variant)) || a.status || forms[variant % forms.length];
  if (l.combined) set('status_description', a.description ? `${status.replace(/\.$/, '')}. ${a.description}` : status);
  else {
    set('status', status);
    set('description', a.description);
  }
  set('objective', objective);
  set('area', areaTitle);
  b.push(row, formats.length ? formats : undefined);
}

const ACTION_WORD = { ro: 'Acțiunea', en: 'Action', ru: 'Мероприятие' };

/** The action's title with its id in front, in the layout's form. */
export function leadingText(a: ActionSpec, l: LayoutChoice): string {
  if (l.dims.idforms === 'dash') return `${a.id} - ${a.title}`;
  if (l.dims.idforms === 'paren') return `${a.id}) ${a.title}`;
  if (l.dims.idforms === 'word') return `${ACTION_WORD[l.lang]} ${a.id}: ${a.title}`;
  return `${a.id}${l.ids === 'leading_dot' ? '.' : ''} ${a.title}`;
}

/** A totals row: its label first, the count of actions, a cost sum, the count done under status. */
function totalsRow(b: SheetBuilder, l: LayoutChoice, actions: ActionSpec[], n: number | null): void {
  const style = l.dims.totals!;
  const doneCount = actions.filter((a) => a.state === 'done').length;
  const label = totalLabel(style, l.lang, n);
  const row: CellValue[] = b.cols.map(() => null);
  row[0] = label;
  const put = (c: Col, v: CellValue) => b.col(c) > 0 && (row[b.col(c)] = v);
  if (style === 'itogo') {
    // Counts in words where the actions and statuses stand: "12 мероприятий", "выполнено 5".
    put('action', { ro: `${actions.length} acțiuni`, en: `${actions.length} actions`, ru: `${actions.length} мероприятий` }[l.lang]);
    const done = { ro: `realizate ${doneCount}`, en: `completed ${doneCount}`, ru: `выполнено ${doneCount}` }[l.lang];
    put('status', done);
    put('status_description', done);
    b.push(row);
    return;
  }
  put('action', actions.length);
  put('cost', actions.length * 150000);
  put('status', doneCount);
  put('status_description', doneCount);
  b.push(row);
}

function objectiveRows(b: SheetBuilder, plan: PlanSpec, l: LayoutChoice, o: ObjectiveSpec, variant: { n: number }): void {
  const inColumn = l.objectiveForm === 'column' || l.objectiveForm === 'column_merged';
  const oTitle = groupTitle('objective', l.objectiveNumbering, l.lang, o.n, o.title, l.levelWords?.[0]);
  if (!inColumn) b.span(oTitle, l.objectiveForm as 'merged' | 'first_cell' | 'repeated');
  const firstRow = b.rows.length + 1;
  for (const a of o.areas) {
    const aTitle = groupTitle('area', l.areaNumbering, l.lang, a.n, a.title, l.levelWords?.[1]);
    if (l.areaForm === 'merged' || l.areaForm === 'first_cell') b.span(aTitle, l.areaForm);
    for (const action of a.actions) {
      actionRow(b, action, l, variant.n++, (l.period ?? plan.period).year, inColumn ? oTitle : null, l.areaForm === 'column' ? aTitle : null);
      if (l.emptyRows && variant.n % 5 === 0) b.push([]);
    }
  }
  if (l.objectiveForm === 'column_merged') {
    const c = b.col('objective');
    for (let r = firstRow + 1; r <= b.rows.length; r++) if (b.rows[r - 1].length) b.rows[r - 1][c] = null;
    if (b.rows.length > firstRow) b.merges.push(`${letter(c)}${firstRow}:${letter(c)}${b.rows.length}`);
  }
  if (l.dims.totals === 'subtotals')
    totalsRow(
      b,
      l,
      o.areas.flatMap((x) => x.actions),
      o.n,
    );
}

/** The rows under the table: totals, then notes after a blank row. */
function tailRows(b: SheetBuilder, plan: PlanSpec, l: LayoutChoice): void {
  if (l.dims.totals === 'total' || l.dims.totals === 'itogo')
    totalsRow(
      b,
      l,
      plan.objectives.flatMap((o) => o.areas.flatMap((a) => a.actions)),
      null,
    );
  if (!l.dims.notes) return;
  // Notes after a blank row, or straight under the last action.
  if (l.periodWording % 2) b.push([]);
  for (const cells of noteRows(l.dims.notes, l.lang)) {
    const row: CellValue[] = [];
    for (const [c, text] of cells) row[c < 0 ? b.width - 1 : c] = text;
    b.push(row);
  }
}

/** The sheet for a plan in a layout (all of the plan on one sheet). */
export function renderPlan(plan: PlanSpec, l: LayoutChoice): SheetGrid {
  const b = new SheetBuilder(columns(l));
  const p = l.period ?? plan.period;
  if (l.titleRows > 0) for (const t of titleLines(plan, l)) b.span(t, 'merged');
  headerRows(b, l);
  const variant = { n: l.statusSpelling };
  for (const o of plan.objectives) objectiveRows(b, plan, l, o, variant);
  tailRows(b, plan, l);
  return b.sheet(l.titleRows === 0 ? periodSheetName(p) : 'Raport');
}

const COVER = { ro: 'Copertă', en: 'Cover', ru: 'Титульный лист' };
const OBJECTIVE_SHEET = { ro: 'Obiectivul', en: 'Objective', ru: 'Цель' };

/** The workbook for a plan in a layout: one sheet, or a cover and a sheet per objective. */
export function renderWorkbook(plan: PlanSpec, l: LayoutChoice): WorkbookGrid {
  if (!l.dims.sheets) return { sheets: [renderPlan(plan, l)] };
  const cover = new SheetBuilder(['action']);
  for (const t of titleLines(plan, l)) cover.push([t]);
  const variant = { n: l.statusSpelling };
  const sheets = plan.objectives.map((o, i) => {
    const b = new SheetBuilder(columns(l));
    headerRows(b, l);
    objectiveRows(b, plan, l, o, variant);
    if (i === plan.objectives.length - 1) tailRows(b, plan, l);
    return b.sheet(`${OBJECTIVE_SHEET[l.lang]} ${o.n}`);
  });
  return { sheets: [cover.sheet(COVER[l.lang]), ...sheets] };
}
