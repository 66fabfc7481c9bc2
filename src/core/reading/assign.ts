import { ROLES, Role } from '../roles';
import { ColumnContent, contentScore, supporting } from './content';

/** What is known of one column before roles are given: its header and its sampled content. */
export interface ColumnEvidence {
  col: number;
  header: string;
  /** Roles its header names, the strongest first. */
  headerRoles: Role[];
  content: ColumnContent;
}

/** Why a column was given its role, for the officer to see and correct. */
export interface RoleChoice {
  role: Role;
  col: number;
  /** 0–1. */
  confidence: number;
  source: 'header' | 'content' | 'both' | 'user';
  /** Cells sampled, and how many of them look like this role's content. */
  cells: number;
  supporting: number;
}

/** Roles a column's content alone can earn; groupings and sub-actions need their header. */
const CONTENT_ROLES: Role[] = ['id', 'action', 'responsible', 'deadline', 'cost', 'indicators', 'status', 'description'];
/** Roles whose unmistakable content overrules a header naming another role ("Progress" holding statuses). */
const OVERRULING: Role[] = ['status', 'deadline'];
const CONTENT_WEIGHT = 1.2;
const CONTENT_ALONE = 0.55;

const round = (x: number) => Math.round(x * 100) / 100;

/**
 * One role per column and one column per role, the strongest pairs first: header words and
 * content each count, so content can confirm a header, overrule a weak one ("Progress" holding
 * statuses) or name a column whose header says nothing.
 */
export function assignRoles(columns: ColumnEvidence[], userRoles: Partial<Record<Role, number>> = {}): RoleChoice[] {
  const pairs: { role: Role; col: number; header: number; content: number; total: number }[] = [];
  for (const e of columns) {
    for (const role of ROLES) {
      const rank = e.headerRoles.indexOf(role);
      const header = rank === 0 ? 1 : rank > 0 ? 0.6 : 0;
      const content = contentScore(e.content, role);
      if (header === 0 && (!CONTENT_ROLES.includes(role) || content < CONTENT_ALONE || e.content.cells < 2)) continue;
      // A column whose header names another role changes role only for content that leaves no doubt.
      if (header === 0 && e.headerRoles.length > 0 && !(OVERRULING.includes(role) && content >= 0.8)) continue;
      pairs.push({ role, col: e.col, header, content, total: header + content * CONTENT_WEIGHT });
    }
  }
  pairs.sort((a, b) => b.total - a.total || a.col - b.col);
  const choices: RoleChoice[] = [];
  const usedCols = new Set<number>();
  const usedRoles = new Set<Role>();
  const byCol = new Map(columns.map((e) => [e.col, e]));
  for (const [role, col] of Object.entries(userRoles) as [Role, number][]) {
    const e = byCol.get(col);
    choices.push({ role, col, confidence: 1, source: 'user', cells: e?.content.cells ?? 0, supporting: e ? supporting(e.content, role) : 0 });
    usedCols.add(col);
    usedRoles.add(role);
  }
  if (usedRoles.has('status')) usedRoles.add('status_description');
  if (usedRoles.has('status_description')) usedRoles.add('status');
  for (const p of pairs) {
    if (usedCols.has(p.col) || usedRoles.has(p.role)) continue;
    const e = byCol.get(p.col)!;
    const h = p.header ? 0.6 * p.header : 0;
    const c = p.content * 0.7;
    choices.push({
      role: p.role,
      col: p.col,
      confidence: round(1 - (1 - h) * (1 - c)),
      source: p.header && p.content >= 0.3 ? 'both' : p.header ? 'header' : 'content',
      cells: e.content.cells,
      supporting: supporting(e.content, p.role),
    });
    usedCols.add(p.col);
    usedRoles.add(p.role);
    if (p.role === 'status') usedRoles.add('status_description');
    if (p.role === 'status_description') usedRoles.add('status');
  }
  combineStatus(choices, byCol);
  return choices.sort((a, b) => a.col - b.col);
}

/** No status column, but a narrative column whose cells start with a status: the combined column. */
function combineStatus(choices: RoleChoice[], byCol: Map<number, ColumnEvidence>): void {
  if (choices.some((c) => c.role === 'status' || c.role === 'status_description')) return;
  let best: { col: number; share: number } | null = null;
  for (const [col, e] of byCol) {
    const taken = choices.find((c) => c.col === col);
    if (taken && taken.role !== 'description') continue;
    const share = e.content.cells ? ((e.content.counts.status_lead ?? 0) + (e.content.counts.status ?? 0)) / e.content.cells : 0;
    if (share >= 0.4 && (e.content.counts.status_lead ?? 0) > 0 && (!best || share > best.share)) best = { col, share };
  }
  if (!best) return;
  const i = choices.findIndex((c) => c.col === best.col);
  const e = byCol.get(best.col)!;
  const choice: RoleChoice = {
    role: 'status_description',
    col: best.col,
    confidence: round(0.5 + best.share * 0.4),
    source: i >= 0 ? 'both' : 'content',
    cells: e.content.cells,
    supporting: (e.content.counts.status_lead ?? 0) + (e.content.counts.status ?? 0),
  };
  if (i >= 0) choices[i] = choice;
  else choices.push(choice);
}
