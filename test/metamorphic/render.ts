/**
 * Draws the layout a canonical plan is rendered in: header words in ro/ru/en, columns in any
 * order, optional columns absent, objectives as headings (merged, alone in the first cell,
 * repeated across) or a column, numbered by word, Roman or Arabic numeral, letter or not at all,
 * areas or none, ids in a column or leading the text, status separate or combined with the
 * narrative, statuses spelled many ways, title rows 0–4 naming the period in any wording, a
 * numbering row, empty rows; and issue 19's dimensions (dims.ts), each switchable on its own.
 */
import { Period } from '../../src/core/period';
import { Role } from '../../src/core/roles';
import { Dims, DrawMode, drawDims } from './dims';
import { PlanSpec } from './plans';
import { Rng } from './rng';
import { Numbering, HEADERS } from './words';
import { Lang, drawPeriod } from './vocab-period';
import { LEVEL_WORDS, SINGLE_LEVEL_WORDS } from './vocab-rows';

export { renderPlan, renderWorkbook } from './table';
export { HEADERS } from './words';
export type { Numbering } from './words';
export type GroupForm = 'merged' | 'first_cell' | 'repeated' | 'column' | 'column_merged';

export interface LayoutChoice {
  lang: Lang;
  headers: Partial<Record<Role, string>>;
  order: Role[];
  objectiveForm: GroupForm;
  objectiveNumbering: Numbering;
  areaForm: 'merged' | 'first_cell' | 'column' | 'none';
  areaNumbering: Numbering;
  /** 'none': no id anywhere (issue 19's missing id column). */
  ids: 'column' | 'column_dot' | 'leading' | 'leading_dot' | 'none';
  combined: boolean;
  statusSpelling: number;
  responsibleSep: ', ' | '; ' | '\n';
  titleRows: number;
  periodWording: number;
  numberingRow: boolean;
  emptyRows: boolean;
  /** A two-row header: two adjacent columns under a merged upper cell, the others merged down. */
  twoRowHeader: boolean;
  /** The first of the two columns under the upper cell (the last two in the old layouts). */
  upperAt?: number;
  /** Issue 19's dimensions drawn for this layout. */
  dims: Dims;
  /** The period the title names when the period dimension is on (else the plan's). */
  period?: Period;
  /** Level words of objective and area headings, when objectives are numbered 'level'. */
  levelWords?: [string, string];
}

const OPTIONAL: Role[] = ['cost', 'indicators', 'description'];

/** Draws one layout. Heading levels must be tellable apart: objectives and areas never share a style. */
/** knownLimits: also draw the layouts the engine is known to misread (to measure them, not to assert them). */
export function drawLayout(rng: Rng, plan: PlanSpec, knownLimits = false, mode: DrawMode = { kind: 'base' }): LayoutChoice {
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
  const layout: LayoutChoice = {
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
    dims: drawDims(rng, mode),
  };
  applyDims(rng, plan, layout);
  return layout;
}

export function signature(l: LayoutChoice): string {
  return JSON.stringify(l);
}

const without = (l: LayoutChoice, role: Role) => {
  l.order = l.order.filter((r) => r !== role);
  delete l.headers[role];
};

/** Issue 19's dimensions, applied to a drawn layout (a dimension that cannot apply is switched to one that can). */
function applyDims(rng: Rng, plan: PlanSpec, l: LayoutChoice): void {
  const d = l.dims;
  if (d.missing === 'deadline' || d.missing === 'responsible') without(l, d.missing);
  if (d.missing === 'id') {
    without(l, 'id');
    l.ids = 'none';
  }
  if (d.idforms && d.missing === 'id') delete d.idforms;
  if (d.idforms) {
    without(l, 'id');
    l.ids = 'leading';
  }
  if (d.levels) applyLevels(rng, plan, l, d.levels);
  if (d.header2 === 'deadline_split' && !l.order.includes('deadline')) d.header2 = 'units_row';
  if (d.header2 === 'upper_anywhere' && l.order.length < 3) d.header2 = 'numbering_row';
  if (d.header2) {
    l.twoRowHeader = d.header2 === 'upper_anywhere';
    l.numberingRow = d.header2 === 'numbering_row';
    if (l.twoRowHeader) l.upperAt = rng.int(0, l.order.length - 2);
  }
  if (d.period) l.period = drawPeriod(rng, d.period, plan.period.year, plan.period);
  if ((d.period || d.sheets) && l.titleRows === 0) l.titleRows = rng.int(1, 4);
}

/** Headings with level words, or "1." headings merged across: objectives and areas as heading rows. */
function applyLevels(rng: Rng, plan: PlanSpec, l: LayoutChoice, style: NonNullable<Dims['levels']>): void {
  if (l.objectiveForm === 'column' || l.objectiveForm === 'column_merged') {
    without(l, 'objective');
    without(l, 'area');
  }
  const narrativeFirst = ['description', 'status_description'].includes(l.order[0]);
  l.objectiveForm = style === 'dot_headings' || narrativeFirst ? 'merged' : rng.pick(['merged', 'first_cell'] as const);
  l.areaForm = plan.hasAreas ? (narrativeFirst ? 'merged' : rng.pick(['merged', 'first_cell'] as const)) : 'none';
  if (style === 'dot_headings') {
    l.objectiveNumbering = 'arabic';
    l.areaNumbering = 'word';
    return;
  }
  l.objectiveNumbering = 'level';
  l.areaNumbering = 'level';
  l.levelWords = plan.hasAreas ? rng.pick(LEVEL_WORDS[l.lang]) : [rng.pick(SINGLE_LEVEL_WORDS[l.lang]), ''];
}
