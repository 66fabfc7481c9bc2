import { SheetGrid, WorkbookGrid, cellText } from './grid';
import { Layout, MergedGrid, detectLayout } from './layout';
import { LANGS, ui } from './messages';
import { isAbbreviationsSheet } from './responsible';
import { foldWords } from './text';

/** How a sheet of the workbook was used, and why. */
export type SheetUse = 'read' | 'cover' | 'left';
export const SHEET_REASONS = [
  /** Named by the officer (settings, --sheet). */
  'chosen',
  /** The sheet whose header reads most like a plan. */
  'best',
  /** The same (or a near-same) header as the plan's sheet, other rows: a part of the plan. */
  'same_header',
  /** --sheet all: every sheet with a plan-like header. */
  'all',
  /** No table, a few texts before the plan's sheets: its title and period apply to the plan. */
  'cover',
  /** A plan-like header, but other columns than the plan's: another table. */
  'different_header',
  /** The same header and mostly the same actions as a sheet read: an older copy, or a copy per unit. */
  'copy',
  /** A plan-like sheet the officer's choice left out. */
  'not_chosen',
  /** No header of a plan. */
  'not_plan',
  'abbreviations',
] as const;
export type SheetReason = (typeof SHEET_REASONS)[number];

export interface SheetChoice {
  sheet: string;
  use: SheetUse;
  reason: SheetReason;
}

export interface PlanSheets {
  /** The plan's sheets, in workbook order. */
  read: SheetGrid[];
  cover: SheetGrid | null;
  /** Every sheet of the workbook, in its order. */
  choices: SheetChoice[];
  /** A sheet the options name that the workbook does not have. */
  missing: string | null;
}

/** Which sheets to read: a name per sheet, 'all' for every plan-like sheet; absent: detected. */
export type SheetSelection = string[] | 'all' | undefined;

interface Candidate {
  grid: SheetGrid;
  layout: Layout | null;
}

const COVER_MAX_CELLS = 30;
/** Share of two sheets' action texts in common above which one is a copy of the other. */
const COPY_OVERLAP = 0.5;

function findSheet(workbook: WorkbookGrid, name: string): SheetGrid | undefined {
  return workbook.sheets.find((s) => s.name === name) ?? workbook.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
}

const score = (c: Candidate) => (c.layout ? Object.keys(c.layout.columns).length : 0);

/** The sheet that reads most like a plan, first on ties; with a single candidate first in the workbook, that one. */
export function bestCandidate(workbook: WorkbookGrid, candidates: Candidate[]): SheetGrid | null {
  if (candidates.length === 1 && candidates[0].grid === workbook.sheets[0]) return candidates[0].grid;
  let best: Candidate | null = null;
  for (const c of candidates) if (score(c) > (best ? score(best) : 0)) best = c;
  return best?.grid ?? workbook.sheets[0] ?? null;
}

/** The add-in's own Statistics sheet (its title, then "Objective | Rows | …" in one of its languages): never a plan's part. */
function isOwnStatistics(grid: SheetGrid): boolean {
  const title = cellText(grid.rows[0]?.[0] ?? null);
  const header = grid.rows.slice(1, 4).find((r) => r?.some((v) => cellText(v ?? null))) ?? [];
  return LANGS.some(
    (lang) =>
      title.startsWith(ui(lang, 'stats_by_objective')) &&
      cellText(header[0] ?? null) === ui(lang, 'objective') &&
      cellText(header[1] ?? null) === ui(lang, 'rows'),
  );
}

export function candidatesOf(workbook: WorkbookGrid): Candidate[] {
  return workbook.sheets
    .filter((s) => !isAbbreviationsSheet(s.name) && !isOwnStatistics(s))
    .map((grid) => ({ grid, layout: detectLayout(new MergedGrid(grid)) }));
}

function jaccard<T>(a: Set<T>, b: Set<T>): number {
  if (!a.size && !b.size) return 1;
  let common = 0;
  for (const x of a) if (b.has(x)) common++;
  return common / (a.size + b.size - common);
}

/** The same or a near-same header: mostly the same roles, and mostly the same column titles. */
export function sameHeader(a: Layout, b: Layout): boolean {
  const roles = (l: Layout) => new Set(Object.keys(l.columns));
  const titles = (l: Layout) => new Set(l.columnHeaders.map(foldWords).filter(Boolean));
  return jaccard(roles(a), roles(b)) >= 0.75 && jaccard(titles(a), titles(b)) >= 0.5;
}

/** Each action's words with its number (from the id column, else leading the text): sheets of one plan repeat titles, not numbers. */
function actionTexts(c: Candidate): Set<string> {
  const out = new Set<string>();
  const col = c.layout?.columns.action ?? c.layout?.columns.subaction;
  if (!c.layout || col === undefined) return out;
  const idCol = c.layout.columns.id;
  for (let r = c.layout.dataStart; r < c.grid.rows.length; r++) {
    const t = foldWords(cellText(c.grid.rows[r]?.[col]));
    const id = idCol === undefined ? '' : foldWords(cellText(c.grid.rows[r]?.[idCol]));
    if (t.length >= 8) out.add(id ? `${id} ${t}` : t);
  }
  return out;
}

/** Mostly the same actions: an older copy of the report, not another part of the plan. */
export function isCopy(a: Candidate, b: Candidate): boolean {
  const x = actionTexts(a);
  const y = actionTexts(b);
  const small = Math.min(x.size, y.size);
  if (small < 2) return false;
  let common = 0;
  for (const t of x) if (y.has(t)) common++;
  return common / small >= COPY_OVERLAP;
}

/** A title sheet: no table, a few texts, before the plan's first sheet. */
function coverOf(workbook: WorkbookGrid, candidates: Candidate[], read: SheetGrid[]): SheetGrid | null {
  const first = Math.min(...read.map((s) => workbook.sheets.indexOf(s)));
  for (const c of candidates) {
    if (c.layout || workbook.sheets.indexOf(c.grid) > first) continue;
    const texts = c.grid.rows.flat().filter((v) => cellText(v) !== '').length;
    if (texts > 0 && texts <= COVER_MAX_CELLS) return c.grid;
  }
  return null;
}

function detected(workbook: WorkbookGrid, candidates: Candidate[]): Map<SheetGrid, SheetReason> {
  const primary = bestCandidate(workbook, candidates);
  const out = new Map<SheetGrid, SheetReason>();
  const main = candidates.find((c) => c.grid === primary);
  if (primary) out.set(primary, 'best');
  if (!main?.layout) return out;
  const read: Candidate[] = [main];
  for (const c of candidates) {
    if (c === main || !c.layout) continue;
    if (!sameHeader(main.layout, c.layout)) out.set(c.grid, 'different_header');
    else if (read.some((r) => isCopy(r, c))) out.set(c.grid, 'copy');
    else {
      read.push(c);
      out.set(c.grid, 'same_header');
    }
  }
  return out;
}

function reasonsFor(workbook: WorkbookGrid, candidates: Candidate[], selection: SheetSelection): Map<SheetGrid, SheetReason> {
  if (selection === undefined) return detected(workbook, candidates);
  const out = new Map<SheetGrid, SheetReason>();
  if (selection === 'all') {
    for (const c of candidates) if (c.layout) out.set(c.grid, 'all');
    if (!out.size) {
      const best = bestCandidate(workbook, candidates);
      if (best) out.set(best, 'best');
    }
    return out;
  }
  for (const name of selection) out.set(findSheet(workbook, name)!, 'chosen');
  const chosen = candidates.filter((c) => out.has(c.grid) && c.layout);
  for (const c of candidates) {
    if (out.has(c.grid) || !c.layout) continue;
    if (chosen.some((x) => sameHeader(x.layout!, c.layout!))) out.set(c.grid, 'not_chosen');
  }
  return out;
}

const READ_REASONS: SheetReason[] = ['chosen', 'best', 'same_header', 'all'];

/** The plan's sheets, the cover whose title and period apply to them, and what became of every other sheet. */
export function choosePlanSheets(workbook: WorkbookGrid, selection: SheetSelection): PlanSheets {
  const missing = Array.isArray(selection) ? (selection.find((n) => !findSheet(workbook, n)) ?? null) : null;
  if (missing !== null) return { read: [], cover: null, choices: [], missing };
  const candidates = candidatesOf(workbook);
  const reasons = reasonsFor(workbook, candidates, selection);
  const read = workbook.sheets.filter((s) => READ_REASONS.includes(reasons.get(s)!));
  const cover = read.length ? coverOf(workbook, candidates, read) : null;
  const choices = workbook.sheets.map((s): SheetChoice => {
    const reason = reasons.get(s);
    if (reason && READ_REASONS.includes(reason)) return { sheet: s.name, use: 'read', reason };
    if (s === cover) return { sheet: s.name, use: 'cover', reason: 'cover' };
    if (isAbbreviationsSheet(s.name)) return { sheet: s.name, use: 'left', reason: 'abbreviations' };
    return { sheet: s.name, use: 'left', reason: reason ?? 'not_plan' };
  });
  return { read, cover, choices, missing: null };
}
