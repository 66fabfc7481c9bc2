import { cellText } from '../grid';
import type { Group, PlanRow } from '../plan';
import { Role } from '../roles';
import { ClassifiedRow } from './row-classes';
import { HeadingRow } from './heading-row';
import { HeadingStyle, headingKey, headingStyle } from './headings';
import { leadingId } from './ids';
import { RowCells, TableView } from './table-view';
import { unitRow } from './unit-row';

type Parent = PlanRow['parent'];

export function groupOf(text: string, position: number, cell: string, style: HeadingStyle = headingStyle(text)): Group {
  return { ...headingKey(text, style, position), title: text, cell };
}

const CONTINUED: ('description' | 'indicators' | 'cost' | 'responsible')[] = ['description', 'indicators', 'cost', 'responsible'];

/** The rows stage: classed rows in order become units under their groupings and parents. */
export class Assembler {
  readonly rows: PlanRow[] = [];
  readonly objectives: Group[] = [];
  readonly areas: Group[] = [];
  private objective: Group | null = null;
  private area: Group | null = null;
  private parent: Parent = null;
  private pendingTitle: PlanRow | null = null;

  constructor(private readonly v: TableView) {}

  add(row: ClassifiedRow, level: (h: HeadingRow) => 'objective' | 'area'): void {
    if (row.cls === 'group') this.group(row.data?.kind === 'group' ? row.data.level : level(row.heading!), row.heading!, row.r);
    else if (row.data?.kind === 'continuation') this.continuation(row.f.cells);
    else if (row.data?.kind === 'title') {
      this.flushTitle(null);
      this.pendingTitle = this.unit(row.r, row.f.cells);
    } else if (row.data?.kind === 'unit') this.push(this.unit(row.r, row.f.cells));
  }

  finish(): { rows: PlanRow[]; objectives: Group[]; areas: Group[] } {
    this.flushTitle(null);
    return { rows: this.rows, objectives: this.objectives, areas: this.areas };
  }

  private group(kind: 'objective' | 'area', h: HeadingRow, r: number): void {
    this.flushTitle(null);
    const list = kind === 'objective' ? this.objectives : this.areas;
    const grp = groupOf(h.text, list.length + 1, this.v.addr(r, h.col), h.style);
    list.push(grp);
    if (kind === 'objective') {
      this.objective = grp;
      this.area = null;
    } else this.area = grp;
    this.parent = null;
  }

  /** More text for the unit above: nothing the officer wrote is dropped. */
  private continuation(cells: RowCells): void {
    const last = this.pendingTitle ?? this.rows[this.rows.length - 1];
    if (!last) return;
    const extraAction = cellText(cells.own.action ?? null);
    if (extraAction) last.action = last.action ? `${last.action} ${extraAction}` : extraAction;
    for (const role of CONTINUED) {
      const extra = cellText(cells.own[role] ?? null);
      if (extra) last[role] = last[role] ? `${last[role]}\n${extra}` : extra;
    }
    const extraStatus = cellText(cells.own.status_description ?? null);
    if (extraStatus) last.statusText = last.statusText ? `${last.statusText}\n${extraStatus}` : extraStatus;
  }

  private unit(r: number, cells: RowCells): PlanRow {
    const { row, owner } = unitRow(this.v, r, cells);
    row.objective = this.v.layout.columns.objective !== undefined ? this.fromColumn(this.objectives, 'objective', r, cells) : this.objective;
    row.area = this.v.layout.columns.area !== undefined ? this.fromColumn(this.areas, 'area', r, cells) : this.area;
    if (row.cells.action === row.cells.subaction && row.cells.subaction !== undefined) {
      if (owner && this.parent?.cell !== owner.cell) {
        const lead = leadingId(owner.text);
        this.parent = { id: lead?.id ?? null, title: lead ? lead.rest : owner.text, cell: owner.cell };
      }
      row.parent = this.parent;
    }
    return row;
  }

  private fromColumn(list: Group[], kind: Role & ('objective' | 'area'), r: number, cells: RowCells): Group | null {
    const c = this.v.layout.columns[kind]!;
    const t = cellText(cells.seen[kind] ?? null);
    const last = list[list.length - 1];
    if (!t) return last ?? null;
    if (last && last.title === t) return last;
    const grp = groupOf(t, list.length + 1, this.v.addr(this.v.g.mergeAt(r, c)?.top ?? r, c));
    list.push(grp);
    return grp;
  }

  private flushTitle(next: PlanRow | null): void {
    const t = this.pendingTitle;
    if (!t) return;
    const extendsId = next !== null && t.id !== null && next.id !== null && next.id.startsWith(`${t.id}.`);
    const isParent = extendsId || (next !== null && next.cells.action === next.cells.subaction && next.cells.subaction !== undefined);
    if (isParent) this.parent = { id: t.id, title: t.action, cell: t.cells.action ?? t.cells.id! };
    else this.rows.push(t);
    this.pendingTitle = null;
  }

  private push(unit: PlanRow): void {
    this.flushTitle(unit);
    const current = this.parent;
    if (!unit.parent && current) {
      if (unit.cells.action === unit.cells.subaction && unit.cells.subaction !== undefined) unit.parent = current;
      else if (current.id && unit.id?.startsWith(`${current.id}.`)) unit.parent = current;
      else this.parent = null;
    }
    this.rows.push(unit);
  }
}
