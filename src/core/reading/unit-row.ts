import { cellText, isCellError } from '../grid';
import type { PlanRow } from '../plan';
import { Role } from '../roles';
import { actionTextId, leadingId, normaliseId } from './ids';
import { RowCells, TableView } from './table-view';

/** The action written beside a sub-action (merged down over its sub-actions): its cell and text. */
export interface SubactionOwner {
  cell: string;
  text: string;
}

/** One reportable unit read from its row, without its groupings and parent (the assembler's). */
export function unitRow(v: TableView, r: number, cells: RowCells): { row: PlanRow; owner: SubactionOwner | null } {
  const { layout, g } = v;
  const text = (role: Role) => cellText(cells.seen[role] ?? null);
  const errors: PlanRow['errors'] = {};
  const cellAddrs: PlanRow['cells'] = {};
  for (const [role, c] of v.roles) {
    cellAddrs[role] = v.addr(r, c);
    const value = cells.seen[role];
    if (isCellError(value)) errors[role] = value.error;
  }
  const useSub = layout.columns.subaction !== undefined && text('subaction') !== '';
  const titleRole: Role = useSub ? 'subaction' : 'action';
  const { id, idSource, action } = idOf(text(titleRole), layout.columns.id !== undefined ? cellText(cells.own.id ?? null) : '');
  if (idSource === 'text' || cellAddrs.id === undefined) cellAddrs.id = cellAddrs[titleRole];
  if (useSub) cellAddrs.action = cellAddrs.subaction;
  let owner: SubactionOwner | null = null;
  if (useSub && text('action')) {
    const c = layout.columns.action!;
    owner = { cell: v.addr(g.mergeAt(r, c)?.top ?? r, c), text: text('action') };
  }
  const row: PlanRow = {
    index: r,
    sheetRow: r + (g.grid.origin?.row ?? 0) + 1,
    id,
    idSource,
    objective: null,
    area: null,
    parent: null,
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
  return { row, owner };
}

/** The id from its column, else leading the title; the title without it. */
function idOf(title: string, idText: string): { id: string | null; idSource: PlanRow['idSource']; action: string } {
  if (idText) {
    const id = normaliseId(idText);
    const lead = leadingId(title);
    return { id, idSource: 'column', action: lead && lead.id === id ? lead.rest : title };
  }
  const lead = actionTextId(title);
  return lead ? { id: lead.id, idSource: 'text', action: lead.rest } : { id: null, idSource: null, action: title };
}
