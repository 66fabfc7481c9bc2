import { AnalyzedRow } from '../interpret';
import { containedIn, stemSimilarity, stems, titleSimilarity } from './similarity';

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

/** Same id and titles this alike: the same action, without looking further. */
const SAME_TITLE = 0.9;
/** Same id, and titles at least this alike: the same action reworded, unless a better pair exists. */
const SAME_ID_SIMILARITY = 0.35;
/** What a same id adds to title similarity when pairs compete. */
const SAME_ID_BONUS = 0.3;
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

  // Same id, same title: the same action (the common case, settled before any pairwise work).
  for (const c of open()) {
    const p = c.id ? byId.get(c.id) : undefined;
    if (p && !usedPrevious.has(p) && titleSimilarity(c.action, p.action) >= SAME_TITLE) pair(c, p, 'id');
  }

  // Sub-actions under a title that was a previous action: split out of it (the title keeps the id).
  for (const c of open()) {
    const p = c.parent?.id ? byId.get(c.parent.id) : undefined;
    if (p && titleSimilarity(c.parent!.title, p.action) >= SAME_ID_SIMILARITY) pair(c, p, 'split');
  }

  // The rest, best pairs first: a same id counts for something, but a title found word for word
  // under another id wins over a same id on a different title (ids renumbered to close a gap).
  // Pairwise, so first within each objective (where renumbering happens), then across for the rest.
  const stemsOf = new Map<AnalyzedRow, Set<string>>();
  const stemsFor = (r: AnalyzedRow, text: string) => {
    let s = stemsOf.get(r);
    if (!s) stemsOf.set(r, (s = stems(text)));
    return s;
  };
  const bestPairs = (scope: (r: AnalyzedRow) => string) => {
    const byScope = new Map<string, AnalyzedRow[]>();
    for (const p of previous) {
      if (usedPrevious.has(p)) continue;
      const list = byScope.get(scope(p));
      if (list) list.push(p);
      else byScope.set(scope(p), [p]);
    }
    const candidates: { c: AnalyzedRow; p: AnalyzedRow; score: number; sameId: boolean }[] = [];
    for (const c of open()) {
      const own = stemsFor(c, c.action);
      const withParent = c.parent ? stems(titleOf(c)) : null;
      for (const p of byScope.get(scope(c)) ?? []) {
        const s = stemsFor(p, p.action);
        const similarity = Math.max(stemSimilarity(own, s), withParent ? stemSimilarity(withParent, s) : 0);
        const sameId = c.id !== null && c.id === p.id;
        if (similarity >= RENUMBERED_SIMILARITY || (sameId && similarity >= SAME_ID_SIMILARITY))
          candidates.push({ c, p, score: similarity + (sameId ? SAME_ID_BONUS : 0), sameId });
      }
    }
    candidates.sort((x, y) => y.score - x.score);
    for (const { c, p, sameId } of candidates) if (!pairOf.has(c) && !usedPrevious.has(p)) pair(c, p, sameId ? 'id' : 'text');
  };
  bestPairs((r) => r.objective?.key ?? '');
  bestPairs(() => '');

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
