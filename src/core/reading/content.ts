import { parseDeadline } from '../deadline';
import { CellValue, cellText, isCellError } from '../grid';
import { looksLikeCode, splitResponsible } from '../responsible';
import { Role } from '../roles';
import { inferStatus, matchLeadingStatus, mayLeadWithStatus } from '../status';
import { fold } from '../text';

/** What one cell's content looks like: each kind is evidence for a role. */
export const CELL_KINDS = ['status', 'status_lead', 'status_like', 'deadline', 'id', 'units', 'narrative', 'indicator', 'action_id', 'cost', 'text'] as const;
export type CellKind = (typeof CELL_KINDS)[number];

const HEAD = 240;
/** A status phrase with its qualifiers fits in this many characters. */
export const STATUS_HEAD = 100;
const ID = /^\d{1,3}(\.\d{1,3}){0,3}\.?$/;
const LEADING_DOTTED_ID = /^\d{1,3}(\.\d{1,3})+\.?\s+\S/;
const INDICATOR =
  /^(numar|numarul|nr\.? de|ponderea|rata|procent|cota|gradul|nivelul|volumul|suma|number|share|percentage|proportion|rate|количество|доля|число|процент|уровень|%)|(?<!\p{L})(elaborat|aprobat|publicat|adoptat|creat|organizat|desfasurat|instruit|approved|published|developed|adopted|launched|held|trained|утвержден|разработан|опубликован|проведен|создан)\p{L}*/u;
const COST =
  /(?<!\p{L})(lei|mdl|eur|euro|usd|buget\p{L}*|alocati\p{L}*|finantar\p{L}*|donator\p{L}*|budget|funds?|grant|бюджет\p{L}*|лей|финансир\p{L}*|в пределах)(?!\p{L})|^\d[\d\s.,]*(mii|mil|k|тыс)?\.?$/u;
const INSTITUTION =
  /^(ministerul|agentia|cancelaria|consiliul|inspectoratul|biroul|serviciul|directia|centrul|oficiul|comisia|autoritatea|institutia|institutiile|camera|curtea|procuratura|parlamentul|guvernul|primaria|departamentul|toate|министерство|агентство|государственн|бюро|служба|управление|центр|совет|ministry|agency|office|council|department|state chancellery|government)/;

/** The kind of one cell, read once per distinct text. */
export function classifyCell(v: CellValue, abbreviations: ReadonlySet<string> | null): CellKind | null {
  if (v === null || isCellError(v)) return null;
  if (v instanceof Date) return 'deadline';
  if (typeof v === 'number') {
    if (Number.isInteger(v) && v >= 1990 && v <= 2100) return 'deadline';
    if (v > 0 && v < 1000) return 'id';
    return v >= 1000 ? 'cost' : null;
  }
  const text = cellText(v);
  if (!text) return null;
  // Only a cell's opening says what it is: long narratives are read no further than that.
  const head = text.length > HEAD ? text.slice(0, HEAD) : text;
  const folded = fold(head);
  if (ID.test(folded)) return 'id';
  const m = mayLeadWithStatus(text) ? matchLeadingStatus(text.slice(0, STATUS_HEAD)) : null;
  if (m) return text.length - m.end <= 40 ? 'status' : 'status_lead';
  if (text.length <= 40) {
    const d = parseDeadline(text, 2000);
    if (d.kind !== 'invalid' && d.kind !== 'empty') return 'deadline';
    if (inferStatus(text)) return 'status_like';
  }
  if (LEADING_DOTTED_ID.test(folded)) return 'action_id';
  const units = text.length <= HEAD ? splitResponsible(text) : [];
  if (units.length && units.every((u) => looksLikeCode(u) || abbreviations?.has(u) || (u.length <= 120 && INSTITUTION.test(fold(u))))) return 'units';
  if (text.length >= 120 || folded.split(' ').length >= 18) return 'narrative';
  if (text.length <= 200 && INDICATOR.test(folded)) return 'indicator';
  if (COST.test(folded)) return 'cost';
  return 'text';
}

/** How each role's content score is made from the share of each kind among a column's cells. */
const WEIGHTS: Partial<Record<Role, Partial<Record<CellKind, number>>>> = {
  status: { status: 1, status_like: 0.8 },
  status_description: { status_lead: 1, status: 0.5 },
  deadline: { deadline: 1 },
  id: { id: 1 },
  responsible: { units: 1 },
  description: { narrative: 1, status_lead: 0.5 },
  indicators: { indicator: 1 },
  action: { action_id: 1, text: 0.5, narrative: 0.3 },
  cost: { cost: 1 },
};

export interface ColumnContent {
  /** Non-empty cells sampled. */
  cells: number;
  counts: Partial<Record<CellKind, number>>;
}

export function contentScore(content: ColumnContent, role: Role): number {
  const w = WEIGHTS[role];
  if (!w || content.cells === 0) return 0;
  let s = 0;
  for (const [kind, weight] of Object.entries(w) as [CellKind, number][]) s += ((content.counts[kind] ?? 0) / content.cells) * weight;
  return Math.min(1, s);
}

/** The cells of a column that support a role (for the evidence shown to the officer). */
export function supporting(content: ColumnContent, role: Role): number {
  const w = WEIGHTS[role];
  if (!w) return 0;
  let n = 0;
  for (const kind of Object.keys(w) as CellKind[]) if ((w[kind] ?? 0) >= 0.5) n += content.counts[kind] ?? 0;
  return n;
}

/**
 * Reads a bounded sample of each column's cells below the header: each distinct text is
 * classified once, so the cost is linear in the sample and independent of the sheet's length.
 */
export function sampleColumns(
  width: number,
  from: number,
  to: number,
  value: (r: number, c: number) => CellValue,
  abbreviations: ReadonlySet<string> | null,
): ColumnContent[] {
  const kinds = new Map<string, CellKind | null>();
  const out: ColumnContent[] = [];
  for (let c = 0; c < width; c++) {
    const col: ColumnContent = { cells: 0, counts: {} };
    for (let r = from; r < to; r++) {
      const v = value(r, c);
      if (v === null || v === '') continue;
      let kind: CellKind | null | undefined = typeof v === 'string' ? kinds.get(v) : undefined;
      if (kind === undefined) {
        kind = classifyCell(v, abbreviations);
        if (typeof v === 'string') kinds.set(v, kind);
      }
      if (!kind) continue;
      col.cells++;
      col.counts[kind] = (col.counts[kind] ?? 0) + 1;
    }
    out.push(col);
  }
  return out;
}
