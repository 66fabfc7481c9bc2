import { CellValue, cellText, columnLetters, isCellError } from './grid';
import { Layout, MergedGrid } from './layout';
import { STATUS_HEAD, classifyCell, contentScore } from './reading/content';
import { withGroupColumn } from './reading/group-column';
import { HeadingStyle, headingKey, headingLevels, headingStyle } from './reading/headings';
import { Role } from './roles';
import { matchLeadingStatus, mayLeadWithStatus } from './status';

export interface Group {
  /** The grouping's number as written ("1", "2"), or its position when unnumbered. */
  key: string;
  numbered: boolean;
  title: string;
  cell: string;
}

/** One reportable unit: an action, or a sub-action when the action has them. */
export interface PlanRow {
  /** Grid row index of the unit's first physical row. */
  index: number;
  /** 1-based sheet row number. */
  sheetRow: number;
  id: string | null;
  /** Where the id was read: its own column, or leading the action / sub-action text. */
  idSource: 'column' | 'text' | null;
  objective: Group | null;
  area: Group | null;
  parent: { id: string | null; title: string; cell: string } | null;
  action: string;
  responsible: string;
  deadline: CellValue;
  deadlineFormat: string | null;
  cost: string;
  indicators: string;
  /** The status cell (or the combined status / description cell) as written. */
  statusText: string;
  description: string;
  /** Formula errors (#N/A, #REF!) met in this unit's cells, by role. */
  errors: Partial<Record<Role, string>>;
  /** Address of each role's cell on this unit's row. */
  cells: Partial<Record<Role, string>>;
}

export interface PlanRead {
  rows: PlanRow[];
  objectives: Group[];
  areas: Group[];
}

const LEADING_ID = /^\s*(\d{1,3}(?:\.\d{1,3})+)\.?(?=\s|$|[^\d.])[\s.:)–-]*/;
export function normaliseId(text: string): string {
  return text.replace(/\s+/g, '').replace(/\.+$/, '');
}

/** Splits "1.4. Instituirea …" into its id and title. */
export function leadingId(text: string): { id: string; rest: string } | null {
  const m = LEADING_ID.exec(text);
  return m ? { id: normaliseId(m[1]), rest: text.slice(m[0].length).trim() } : null;
}

function leadsWithStatusText(text: string): boolean {
  return mayLeadWithStatus(text) && matchLeadingStatus(text.slice(0, STATUS_HEAD)) !== null;
}

/** A status or a deadline: what a unit's cell holds, never a heading. */
function looksLikeValue(text: string): boolean {
  return fitsRole(text, 'status') || fitsRole(text, 'deadline');
}

/** Does a text read as a value of this role (a status, a deadline, unit codes)? Then it is no heading. */
function fitsRole(text: string, role: Role): boolean {
  const kind = classifyCell(text, null);
  return kind !== null && contentScore({ cells: 1, counts: { [kind]: 1 } }, role) >= 0.5;
}

function groupOf(text: string, position: number, cell: string, style: HeadingStyle = headingStyle(text)): Group {
  return { ...headingKey(text, style, position), title: text, cell };
}

type RowKind =
  | { kind: 'empty' }
  | { kind: 'objective'; text: string; col: number; style: HeadingStyle }
  | { kind: 'area'; text: string; col: number; style: HeadingStyle }
  | { kind: 'continuation' }
  | { kind: 'title' }
  | { kind: 'unit' };

const HEADING_ROLES: Role[] = ['id', 'objective', 'area', 'action', 'subaction'];
const UNIT_ROLES: Role[] = ['status', 'deadline', 'responsible'];

interface RowCells {
  /** Values a person sees on this row, merged areas resolved down their first column. */
  seen: Partial<Record<Role, CellValue>>;
  /** Values typed on this row itself (not a merged area begun above). */
  own: Partial<Record<Role, CellValue>>;
}

/** A cell with something in it. A text starting with a printable ASCII character is, without trimming it. */
function filled(v: CellValue | undefined): boolean {
  if (typeof v === 'string') {
    const c = v.charCodeAt(0);
    return (c > 32 && c < 127) || v.trim() !== '';
  }
  return cellText(v ?? null) !== '' || isCellError(v);
}

export function readPlan(g: MergedGrid, tableLayout: Layout): PlanRead {
  const layout = withGroupColumn(g, tableLayout);
  const roles = Object.entries(layout.columns) as [Role, number][];
  const rows: PlanRow[] = [];
  const objectives: Group[] = [];
  const areas: Group[] = [];
  let objective: Group | null = null;
  let area: Group | null = null;
  let parent: PlanRow['parent'] = null;
  let pendingTitle: { row: PlanRow } | null = null;
  // Column letters built once per column, not once per cell.
  const letters: string[] = [];
  const originRow = (g.grid.origin?.row ?? 0) + 1;
  const originCol = g.grid.origin?.col ?? 0;
  const addr = (r: number, c: number) => `${(letters[c] ??= columnLetters(c + originCol))}${r + originRow}`;

  const cellsOf = (r: number): RowCells => {
    const seen: RowCells['seen'] = {};
    const own: RowCells['own'] = {};
    for (const [role, c] of roles) {
      const v = g.value(r, c);
      seen[role] = v;
      own[role] = g.continuesAbove(r, c) ? null : v;
    }
    return { seen, own };
  };

  // Whether a cell leads with a status shows in its opening words: long narratives are not folded whole.
  const leadsWithStatus = (cells: RowCells) => filled(cells.own.status_description) && leadsWithStatusText(cellText(cells.own.status_description ?? null));
  const firstCol = Math.min(...roles.map(([, c]) => c));
  const roleByCol = new Map(roles.map(([role, c]) => [c, role]));
  const columnRole = (c: number) => roleByCol.get(c);

  /**
   * A grouping heading, known by its structure whatever its words: one text spanning the table
   * (merged across, or the same text repeated across), or a numbered or worded text alone in a
   * grouping column, or any text alone in the table's first column when that is not the action's.
   */
  /** Per data row, the cells filled on the row itself: the heading scan counts them for classify. */
  const filledCounts: number[] = [];
  const headingAt = (r: number, cells: RowCells): { text: string; col: number; style: HeadingStyle } | null => {
    let count = 0;
    let only = -1;
    let text = '';
    let repeated = true;
    for (const c of g.presentColumns(r)) {
      if (g.continuesAbove(r, c)) continue;
      const v = g.value(r, c);
      if (!filled(v)) continue;
      if (count === 0) {
        only = c;
        text = cellText(v);
      } else if (repeated && cellText(v) !== text) repeated = false;
      count++;
    }
    filledCounts[r - layout.dataStart] = count;
    if (count === 0 || !text) return null;
    const merge = g.mergeAt(r, only);
    const wide = !!merge && merge.right - merge.left >= 2;
    // A text spanning the table is a heading: no action's row looks like that.
    if ((count > 1 && repeated && count >= Math.min(3, roles.length)) || (count === 1 && wide)) return { text, col: only, style: headingStyle(text) };
    if (count > 1 || UNIT_ROLES.some((role) => role !== columnRole(only) && filled(cells.own[role])) || leadsWithStatus(cells)) return null;
    const onlyRole = columnRole(only);
    if (leadingId(text) && onlyRole !== 'id') return null;
    const style = headingStyle(text);
    if (onlyRole && !HEADING_ROLES.includes(onlyRole)) {
      // Alone in the first column of another role: a heading when it reads as none of that role's values.
      const own = onlyRole === 'description' || onlyRole === 'status_description';
      // Its numbering or grouping word is the evidence, except in a narrative column, whose lists number their lines too.
      const numbered = style !== 'plain' && !own;
      if (only !== firstCol || (style === 'plain' && own) || (numbered ? looksLikeValue(text) : fitsRole(text, onlyRole))) return null;
      return { text, col: only, style };
    }
    if (style !== 'plain') return { text, col: only, style };
    const actionCol = onlyRole === 'action' || onlyRole === 'subaction';
    return only === firstCol && onlyRole && !actionCol && !/^\d+(\.\d+)*\.?$/.test(text) ? { text, col: only, style } : null;
  };

  // Headings are found first, so that their levels can be told from the order of their styles.
  const headings = new Map<number, { text: string; col: number; style: HeadingStyle }>();
  const rowCells: RowCells[] = [];
  for (let r = layout.dataStart; r < g.height; r++) {
    const cells = cellsOf(r);
    rowCells[r - layout.dataStart] = cells;
    const h = headingAt(r, cells);
    if (h) headings.set(r, h);
  }
  const levels = headingLevels(
    [...headings.values()].map((h) => h.style),
    { objective: layout.columns.objective !== undefined, area: layout.columns.area !== undefined },
  );

  const classify = (r: number, cells: RowCells): RowKind => {
    const count = filledCounts[r - layout.dataStart];
    if (count === 0) return { kind: 'empty' };
    const has = (role: Role) => filled(cells.own[role]);
    const heading = headings.get(r);
    if (heading) {
      const kind = levels.get(heading.style) ?? 'area';
      return { kind, ...heading };
    }
    const anyUnit = UNIT_ROLES.some(has) || leadsWithStatus(cells);
    if (count === 2 && !anyUnit && has('id') && (has('action') || has('subaction'))) {
      const id = normaliseId(cellText(cells.own.id ?? null));
      const text = cellText(cells.own.action ?? cells.own.subaction ?? null);
      if (/^\d{1,3}$/.test(id) && layout.columns.area === undefined) return { kind: 'area', text: `${id}. ${text}`, col: layout.columns.id!, style: 'arabic' };
      if (headingStyle(text) === 'objective_word')
        return { kind: 'objective', text, col: layout.columns.action ?? layout.columns.subaction!, style: 'objective_word' };
    }
    const started = rows.length > 0 || pendingTitle !== null;
    const keyed = has('id') || has('action') || has('subaction') || anyUnit;
    if (!keyed) return started ? { kind: 'continuation' } : { kind: 'empty' };
    const actionOnly = has('action') && !has('id') && !has('subaction') && !anyUnit && !leadingId(cellText(cells.own.action ?? null));
    if (actionOnly && started && layout.columns.id !== undefined) return { kind: 'continuation' };
    const described = has('description') || has('indicators') || has('status_description');
    if (!anyUnit && !described && (has('action') || has('id')) && !has('subaction')) return { kind: 'title' };
    return { kind: 'unit' };
  };

  const unitOf = (r: number, cells: RowCells): PlanRow => {
    const text = (role: Role) => cellText(cells.seen[role] ?? null);
    const errors: PlanRow['errors'] = {};
    const cellAddrs: PlanRow['cells'] = {};
    for (const [role, c] of roles) {
      cellAddrs[role] = addr(r, c);
      const v = cells.seen[role];
      if (isCellError(v)) errors[role] = v.error;
    }
    const useSub = layout.columns.subaction !== undefined && text('subaction') !== '';
    const titleRole: Role = useSub ? 'subaction' : 'action';
    let action = text(titleRole);
    let id: string | null = null;
    let idSource: PlanRow['idSource'] = null;
    const idText = layout.columns.id !== undefined ? cellText(cells.own.id ?? null) : '';
    if (idText) {
      id = normaliseId(idText);
      idSource = 'column';
      const lead = leadingId(action);
      if (lead && lead.id === id) action = lead.rest;
    } else {
      const lead = leadingId(action);
      if (lead) {
        id = lead.id;
        idSource = 'text';
        action = lead.rest;
        cellAddrs.id = cellAddrs[titleRole];
      }
    }
    if (idSource === null && cellAddrs.id === undefined) cellAddrs.id = cellAddrs[titleRole];
    if (useSub) cellAddrs.action = cellAddrs.subaction;
    let rowParent: PlanRow['parent'] = null;
    if (useSub) {
      const c = layout.columns.action!;
      const top = g.mergeAt(r, c)?.top ?? r;
      const actionText = text('action');
      if (actionText && parent?.cell !== addr(top, c)) {
        const lead = leadingId(actionText);
        parent = { id: lead?.id ?? null, title: lead ? lead.rest : actionText, cell: addr(top, c) };
      }
      rowParent = parent;
    }
    return {
      index: r,
      sheetRow: r + (g.grid.origin?.row ?? 0) + 1,
      id,
      idSource,
      objective: layout.columns.objective !== undefined ? objectiveFromColumn(r, cells) : objective,
      area: layout.columns.area !== undefined ? areaFromColumn(r, cells) : area,
      parent: rowParent,
      action,
      responsible: text('responsible'),
      deadline: cells.seen.deadline ?? null,
      deadlineFormat: layout.columns.deadline !== undefined ? (g.grid.numberFormats?.[r]?.[layout.columns.deadline] ?? null) : null,
      cost: text('cost'),
      indicators: text('indicators'),
      statusText: layout.columns.status !== undefined ? text('status') : text('status_description'),
      description: layout.columns.status !== undefined || layout.columns.status_description === undefined ? text('description') : '',
      errors,
      cells: cellAddrs,
    };
  };

  const columnGroup =
    (list: Group[], kind: 'objective' | 'area') =>
    (r: number, cells: RowCells): Group | null => {
      const c = layout.columns[kind]!;
      const t = cellText(cells.seen[kind] ?? null);
      if (!t) return list[list.length - 1] ?? null;
      const top = g.mergeAt(r, c)?.top ?? r;
      const cell = addr(top, c);
      const last = list[list.length - 1];
      if (last && last.title === t) return last;
      const grp = groupOf(t, list.length + 1, cell);
      list.push(grp);
      return grp;
    };
  const objectiveFromColumn = columnGroup(objectives, 'objective');
  const areaFromColumn = columnGroup(areas, 'area');

  const flushTitle = (next: PlanRow | null) => {
    if (!pendingTitle) return;
    const t = pendingTitle.row;
    const extendsId = next !== null && t.id !== null && next.id !== null && next.id.startsWith(`${t.id}.`);
    const isParent = extendsId || (next !== null && next.cells.action === next.cells.subaction && next.cells.subaction !== undefined);
    if (isParent) parent = { id: t.id, title: t.action, cell: t.cells.action ?? t.cells.id! };
    else rows.push(t);
    pendingTitle = null;
  };

  for (let r = layout.dataStart; r < g.height; r++) {
    const cells = rowCells[r - layout.dataStart];
    const k = classify(r, cells);
    if (k.kind === 'empty') continue;
    if (k.kind === 'objective' || k.kind === 'area') {
      flushTitle(null);
      const list = k.kind === 'objective' ? objectives : areas;
      const grp = groupOf(k.text, list.length + 1, addr(r, k.col), k.style);
      list.push(grp);
      if (k.kind === 'objective') {
        objective = grp;
        area = null;
      } else area = grp;
      parent = null;
      continue;
    }
    if (k.kind === 'continuation') {
      const last = pendingTitle?.row ?? rows[rows.length - 1];
      if (!last) continue;
      const extraAction = cellText(cells.own.action ?? null);
      if (extraAction) last.action = last.action ? `${last.action} ${extraAction}` : extraAction;
      for (const role of ['description', 'indicators', 'cost', 'responsible'] as const) {
        const extra = cellText(cells.own[role] ?? null);
        if (extra) last[role] = last[role] ? `${last[role]}\n${extra}` : extra;
      }
      const extraStatus = cellText(cells.own.status_description ?? null);
      if (extraStatus) last.statusText = last.statusText ? `${last.statusText}\n${extraStatus}` : extraStatus;
      continue;
    }
    const unit = unitOf(r, cells);
    if (k.kind === 'title') {
      flushTitle(null);
      pendingTitle = { row: unit };
      continue;
    }
    flushTitle(unit);
    const current = parent as PlanRow['parent']; // flushTitle may have set it
    if (!unit.parent && current) {
      if (unit.cells.action === unit.cells.subaction && unit.cells.subaction !== undefined) unit.parent = current;
      else if (current.id && unit.id?.startsWith(`${current.id}.`)) unit.parent = current;
      else parent = null;
    }
    rows.push(unit);
  }
  flushTitle(null);
  return { rows, objectives, areas };
}
