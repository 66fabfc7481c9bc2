import { cellText, parseAddress } from './grid';
import { MergedGrid } from './merged-grid';
import { ColumnEvidence, RoleChoice, assignRoles } from './reading/assign';
import { sampleColumns } from './reading/content';
import { olderTwins } from './reading/older-twin';
import { ROLES, Role, headerRoles, namesActual, namesAnotherPeriod, roleOfHeader } from './roles';

export type ColumnRoles = Partial<Record<Role, number>>;

export interface Layout {
  /** First and last header rows (grid indexes). */
  headerTop: number;
  headerBottom: number;
  /** First data row (after the header and an optional column-numbering row). */
  dataStart: number;
  columns: ColumnRoles;
  headers: Partial<Record<Role, string>>;
  /** Each column's header text, by grid column. */
  columnHeaders: string[];
  /** Why each role went to its column, with a confidence. */
  choices: RoleChoice[];
}

const HEADER_SCAN_ROWS = 40;
/** Data rows read to judge a column by its content: enough to see its habits, bounded for speed. */
const CONTENT_SAMPLE_ROWS = 300;

export { MergedGrid } from './merged-grid';

function rolesOfRow(g: MergedGrid, r: number): (Role | null)[] {
  const out: (Role | null)[] = [];
  for (let c = 0; c < g.width; c++) out.push(roleOfHeader(g.headerText(r, c)));
  return out;
}

const isKeyRole = (cols: ColumnRoles) =>
  cols.action !== undefined || cols.subaction !== undefined || cols.status !== undefined || cols.status_description !== undefined;

/** Roles of a two-row header: the lower row names sub-columns under a merged upper cell. */
function combine(g: MergedGrid, top: number): (Role | null)[] | null {
  const upper = rolesOfRow(g, top);
  if (distinct(upper) < 2) return null;
  let added = 0;
  const out = upper.map((role, c) => {
    const text = g.headerText(top + 1, c);
    const m = g.mergeAt(top + 1, c);
    const wide = m && m.right - m.left >= 2;
    // A numbered text ("1. …") under the header is a heading or data, not a sub-header.
    const sub = !wide && text.length <= 80 && !/^\s*\d/.test(text) ? roleOfHeader(text) : null;
    if (sub && !(m && m.top <= top)) {
      added++;
      return sub;
    }
    return role;
  });
  const upperMerged = upper.some((_, c) => {
    const m = g.mergeAt(top, c);
    return !!m && (m.right > m.left || m.bottom > m.top);
  });
  return (added >= 1 || labelsUnderMerged(g, top)) && upperMerged ? out : null;
}

/** The lower row holds only short labels, each under an upper cell merged across ("Termen" over "planificat | efectiv"). */
function labelsUnderMerged(g: MergedGrid, top: number): boolean {
  let labels = 0;
  for (const c of g.presentColumns(top + 1)) {
    const text = cellText(g.raw(top + 1, c));
    if (!text || g.continuesAbove(top + 1, c)) continue;
    const above = g.mergeAt(top, c);
    if (text.length > 30 || /^\s*\d/.test(text) || !above || above.right === above.left || above.bottom > top) return false;
    labels++;
  }
  return labels >= 2;
}

function distinct(roles: (Role | null)[]): number {
  return new Set(roles.filter(Boolean)).size;
}

function isNumberingRow(g: MergedGrid, r: number): boolean {
  const values: number[] = [];
  for (let c = 0; c < g.width; c++) {
    const t = cellText(g.raw(r, c));
    if (!t) continue;
    if (!/^\d{1,2}\.?$/.test(t)) return false;
    values.push(parseInt(t, 10));
  }
  return values.length >= 3 && values.every((v, i) => i === 0 || v === values[i - 1] + 1);
}

/** A row no header looks like: a cell opening with a dotted id ("3.2 Agency budget…") or a long text. */
function isDataLike(g: MergedGrid, r: number): boolean {
  for (const c of g.presentColumns(r)) {
    const t = cellText(g.raw(r, c));
    if (t.length > 200 || /^\s*\d{1,3}(\.\d{1,3})+\.?\s+\p{L}/u.test(t)) return true;
  }
  return false;
}

export interface LayoutOverrides {
  /** 1-based sheet row number of the (last) header row. */
  headerRow?: number;
  /** Column letters per role, e.g. { status: 'G' }. */
  columns?: Partial<Record<Role, string>>;
}

export function detectLayout(g: MergedGrid, overrides: LayoutOverrides = {}, abbreviations: ReadonlySet<string> | null = null): Layout | null {
  const originRow = g.grid.origin?.row ?? 0;
  const originCol = g.grid.origin?.col ?? 0;
  let best: { top: number; bottom: number; roles: (Role | null)[] } | null = null;
  const scanTo = Math.min(g.height, HEADER_SCAN_ROWS);
  const candidates = overrides.headerRow !== undefined ? [overrides.headerRow - 1 - originRow] : Array.from({ length: scanTo }, (_, r) => r);
  for (const r of candidates) {
    if (r < 0 || r >= g.height || (overrides.headerRow === undefined && isDataLike(g, r))) continue;
    const single = rolesOfRow(g, r);
    const options: { top: number; bottom: number; roles: (Role | null)[] }[] = [{ top: r, bottom: r, roles: single }];
    if (r + 1 < g.height) {
      const two = combine(g, r);
      if (two) options.push({ top: r, bottom: r + 1, roles: two });
    }
    if (overrides.headerRow !== undefined && r > 0) {
      const two = combine(g, r - 1);
      if (two) options.push({ top: r - 1, bottom: r, roles: two });
    }
    for (const o of options) {
      // A header row with labels under its merged cells is read with them, though they name no more roles.
      const deeper = !!best && o.top === best.top && o.bottom > best.bottom && distinct(o.roles) === distinct(best.roles) && labelsUnderMerged(g, o.top);
      if (!best || distinct(o.roles) > distinct(best.roles) || deeper) best = o;
    }
  }
  if (!best) return null;
  const top = best.top;
  const bottom = best.bottom;
  let dataStart = bottom + 1;
  if (dataStart < g.height && isNumberingRow(g, dataStart)) dataStart++;

  const columnHeaders: string[] = [];
  for (let c = 0; c < g.width; c++) {
    const upper = g.headerText(top, c);
    const lower = bottom > top ? g.headerText(bottom, c) : '';
    columnHeaders.push([upper, lower].filter((t, i, a) => t && a.indexOf(t) === i).join(' / '));
  }
  const sample = sampleColumns(g.width, dataStart, Math.min(g.height, dataStart + CONTENT_SAMPLE_ROWS), (r, c) => g.value(r, c), abbreviations);
  const evidence: ColumnEvidence[] = columnHeaders
    .map((header, c) => {
      const primary = best.roles[c];
      // The combined column's header names status and description as one role, not three.
      const named = primary === 'status_description' ? [primary] : primary ? [primary, ...headerRoles(header).filter((r) => r !== primary)] : [];
      // "Termen de realizare / efectiv": the date it was done, not the one it was due.
      const roles = namesActual(header) ? named.filter((r) => r !== 'deadline') : named;
      return { col: c, header, headerRoles: roles, content: sample[c] };
    })
    .filter((e) => !namesAnotherPeriod(e.header));
  const older = olderTwins(evidence);
  const current = evidence.filter((e) => !older.has(e.col));
  const userRoles: Partial<Record<Role, number>> = {};
  for (const [role, letters] of Object.entries(overrides.columns ?? {})) {
    const a = letters ? parseAddress(`${letters}1`) : null;
    if (a && a.col - originCol >= 0) userRoles[role as Role] = a.col - originCol;
  }
  const choices = assignRoles(current, userRoles);
  const columns: ColumnRoles = {};
  for (const ch of choices) columns[ch.role] = ch.col;
  if (distinct(Object.keys(columns) as Role[]) < 3 || !isKeyRole(columns) || !isPlanLike(columns)) {
    if (overrides.headerRow === undefined && !overrides.columns) return null;
  }
  const headers: Partial<Record<Role, string>> = {};
  for (const role of ROLES) {
    const c = columns[role];
    if (c !== undefined) headers[role] = columnHeaders[c] ?? '';
  }
  return { headerTop: top, headerBottom: bottom, dataStart, columns, headers, columnHeaders, choices };
}

/** A plan reports statuses or has deadlines: a budget or a staff list has neither. */
const isPlanLike = (cols: ColumnRoles) => cols.status !== undefined || cols.status_description !== undefined || cols.deadline !== undefined;

/** How strongly a sheet looks like a plan: distinct roles in its best header row. */
export function planScore(g: MergedGrid): number {
  const layout = detectLayout(g);
  return layout ? Object.keys(layout.columns).length : 0;
}
