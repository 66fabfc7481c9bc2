import { AnalyzedRow } from '../interpret';
import { containedIn, titleSimilarity } from './similarity';

export type MatchKind = 'id' | 'text' | 'split' | 'manual';

export interface RowPair {
  current: AnalyzedRow;
  previous: AnalyzedRow;
  by: MatchKind;
}

export interface Matching {
  pairs: RowPair[];
  /** Rows of this period that match none of the previous one. */
  added: AnalyzedRow[];
  /** Rows of the previous period that match none of this one. */
  dropped: AnalyzedRow[];
}

/**
 * The officer's corrections, keyed by the current row's id: the previous row's id it continues,
 * or null for "a new action, no previous row".
 */
export type MatchOverrides = Record<string, string | null>;

/** Same id, and titles at least this alike: the same action (reworded a little at most). */
const SAME_ID_SIMILARITY = 0.35;
/** A different id and titles at least this alike: the action renumbered. */
const RENUMBERED_SIMILARITY = 0.6;
/** A sub-action whose words are at least this much in a previous action: split out of it. */
const SPLIT_CONTAINMENT = 0.6;

const titleOf = (r: AnalyzedRow) => (r.parent ? `${r.parent.title} ${r.action}` : r.action);

/**
 * Pairs each row of this period with the row of the previous period it continues: by id, then by
 * title where ids were renumbered, then sub-actions to the action they were split from. What is
 * left is new or dropped. Pure and deterministic: ties go to plan order.
 */
export function matchRows(previous: AnalyzedRow[], current: AnalyzedRow[], overrides: MatchOverrides = {}): Matching {
  const pairOf = new Map<AnalyzedRow, RowPair>();
  const usedPrevious = new Set<AnalyzedRow>();
  const byId = new Map<string, AnalyzedRow>();
  for (const p of previous) if (p.id && !byId.has(p.id)) byId.set(p.id, p);
  const pair = (current: AnalyzedRow, prev: AnalyzedRow, by: MatchKind) => {
    pairOf.set(current, { current, previous: prev, by });
    usedPrevious.add(prev);
  };
  const decided = new Set<AnalyzedRow>();

  for (const c of current) {
    if (!c.id || !Object.prototype.hasOwnProperty.call(overrides, c.id)) continue;
    decided.add(c);
    const target = overrides[c.id];
    const p = target ? byId.get(target) : undefined;
    if (p) pair(c, p, 'manual');
  }
  const open = () => current.filter((c) => !pairOf.has(c) && !decided.has(c));

  for (const c of open()) {
    const p = c.id ? byId.get(c.id) : undefined;
    if (p && !usedPrevious.has(p) && titleSimilarity(c.action, p.action) >= SAME_ID_SIMILARITY) pair(c, p, 'id');
  }

  // Sub-actions under a title that was a previous action: split out of it (the title keeps the id).
  for (const c of open()) {
    const p = c.parent?.id ? byId.get(c.parent.id) : undefined;
    if (p && titleSimilarity(c.parent!.title, p.action) >= SAME_ID_SIMILARITY) pair(c, p, 'split');
  }

  const candidates: { c: AnalyzedRow; p: AnalyzedRow; score: number }[] = [];
  for (const c of open())
    for (const p of previous) {
      if (usedPrevious.has(p)) continue;
      const score = Math.max(titleSimilarity(c.action, p.action), c.parent ? titleSimilarity(titleOf(c), p.action) : 0);
      if (score >= RENUMBERED_SIMILARITY) candidates.push({ c, p, score });
    }
  candidates.sort((x, y) => y.score - x.score);
  for (const { c, p } of candidates) if (!pairOf.has(c) && !usedPrevious.has(p)) pair(c, p, 'text');

  // A piece whose wording is inside a previous action: split from it and numbered anew.
  for (const c of open()) {
    const p = previous.find(
      (x) => containedIn(c.action, x.action) >= SPLIT_CONTAINMENT && (!c.parent || containedIn(c.parent.title, x.action) >= SPLIT_CONTAINMENT),
    );
    if (p) pair(c, p, 'split');
  }

  for (const c of open()) {
    const p = c.id ? byId.get(c.id) : undefined;
    if (p && !usedPrevious.has(p)) pair(c, p, 'id');
  }

  const pairs: RowPair[] = [];
  const added: AnalyzedRow[] = [];
  for (const c of current) {
    const found = pairOf.get(c);
    if (found) pairs.push(found);
    else added.push(c);
  }
  return { pairs, added, dropped: previous.filter((p) => !usedPrevious.has(p)) };
}
