import { Finding, finding, sortFindings } from './findings';
import { SheetGrid, WorkbookGrid, cellAddress, cellText, columnLetters } from './grid';
import { AnalyzedRow, deadlineParser, interpretRow } from './interpret';
import { Layout, MergedGrid, detectLayout } from './layout';
import { Period, PeriodSource, detectYear, findPeriod, parsePeriodOption } from './period';
import { periodFindings } from './period-findings';
import { Reading, buildReading } from './reading/reading';
import { Group, PlanRead, readPlan } from './plan';
import { combineParts } from './combine';
import { sameErrors, sheetsNotRead } from './self-checks';
import { NO_CONTEXT, SheetContext, coverTexts, sheetObjective, yearsOfSplit } from './sheet-context';
import { SheetChoice, SheetSelection, bestCandidate, candidatesOf, choosePlanSheets } from './sheets';
import { readingFindings } from './reading/self-checks';
import { Abbreviations, isAbbreviationsSheet, readAbbreviations } from './responsible';
import { Role } from './roles';
import { hiddenNotices, withoutInvisible } from './sheet-notices';
import { STATES, State, Lang, detectLang } from './status';
import { Statistics, computeStatistics } from './stats';
import { validateRows } from './validate';

/** What the user may set instead of what detection guesses. */
export interface AnalyzeOptions {
  /** One sheet to read (the settings before several sheets could be chosen). */
  sheet?: string;
  /** The sheets to read, or 'all' for every sheet with a plan-like header; wins over `sheet`. Absent: detected. */
  sheets?: string[] | 'all';
  /** 1-based sheet row number of the (last) header row. */
  headerRow?: number;
  /** Column letters per role, e.g. { status: 'G' }. */
  columns?: Partial<Record<Role, string>>;
  planYear?: number;
  /** "S1-2022", "Q3-2021", "2022". */
  period?: string;
  allowedStates?: State[];
  /** Language of fixes offered (status spellings, deadlines); detected from the sheet when absent. */
  lang?: Lang;
  /** The workbook's file name, a last place to find the period in ("raport-S1-2022.xlsx"). */
  fileName?: string;
}

export interface Analysis {
  /** The (first) sheet read. */
  sheet: string;
  /** Every sheet of the workbook: read as part of the plan, its cover, or left, and why. */
  sheets: SheetChoice[];
  /** Each sheet read, with its own layout and reading (rows and findings carry their sheet). */
  parts: SheetPart[];
  lang: Lang;
  title: string;
  /** Every text above the header (title, institution, period), in reading order. */
  titles: string[];
  period: Period | null;
  planYear: number | null;
  layout: Layout | null;
  /** How the sheet was read (columns, headings, period and where each came from); null with no header. */
  reading: Reading | null;
  rows: AnalyzedRow[];
  objectives: Group[];
  areas: Group[];
  abbreviations: Abbreviations | null;
  findings: Finding[];
  stats: Statistics;
}

export interface SheetPart {
  sheet: string;
  layout: Layout | null;
  reading: Reading | null;
  rows: number;
}

/** Picks the plan's sheet: the one named, else the one whose header reads most like a plan. */
export function choosePlanSheet(workbook: WorkbookGrid, name?: string): SheetGrid | null {
  if (name !== undefined)
    return workbook.sheets.find((s) => s.name === name) ?? workbook.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase()) ?? null;
  return bestCandidate(workbook, candidatesOf(workbook));
}

/** The sheets the options ask for: `sheets`, else the one `sheet`, else undefined (detect). */
export function sheetSelection(options: AnalyzeOptions): SheetSelection {
  if (options.sheets === 'all' || options.sheets?.length) return options.sheets;
  return options.sheet !== undefined ? [options.sheet] : undefined;
}

function titleCells(grid: SheetGrid, before: number): { text: string; cell: string }[] {
  const out: { text: string; cell: string }[] = [];
  for (let r = 0; r < before; r++)
    (grid.rows[r] ?? []).forEach((v, c) => {
      const t = cellText(v);
      if (t) out.push({ text: t, cell: cellAddress(grid, r, c) });
    });
  return out;
}

const WEAK_ROLES: Role[] = ['description', 'cost', 'indicators'];

/** The roles the checks need: each missing one is said once, on the header, not on every row. */
function missingRoles(grid: SheetGrid, layout: Layout): Finding[] {
  const out: Finding[] = [];
  const cols = layout.columns;
  const needed: Role[] = [];
  if (cols.action === undefined && cols.subaction === undefined) needed.push('action');
  if (cols.status === undefined && cols.status_description === undefined) needed.push('status');
  if (!needed.length) return out;
  // Columns that could hold the role: those given none, or a role a status or deadline is often mistaken for.
  const taken = new Set(layout.choices.filter((c) => !WEAK_ROLES.includes(c.role)).map((c) => c.col));
  const originCol = grid.origin?.col ?? 0;
  const considered = layout.columnHeaders
    .map((h, c) => ({ h, c }))
    .filter(({ h, c }) => h && !taken.has(c))
    .map(({ h, c }) => `${columnLetters(c + originCol)} "${h.length > 40 ? `${h.slice(0, 39)}…` : h}"`);
  const columns = considered.length ? considered.slice(0, 8).join(', ') + (considered.length > 8 ? ', …' : '') : '—';
  const first = Math.min(...layout.columnHeaders.map((h, c) => (h ? c : Infinity)));
  const cell = cellAddress(grid, layout.headerBottom, Number.isFinite(first) ? first : 0);
  for (const role of needed) out.push(finding('role_not_found', grid.name, cell, null, { role, columns }));
  return out;
}

export function analyzeWorkbook(workbook: WorkbookGrid, options: AnalyzeOptions = {}): Analysis {
  const chosen = choosePlanSheets(workbook, sheetSelection(options));
  const abbrSheet = workbook.sheets.find((s) => isAbbreviationsSheet(s.name) && !chosen.read.includes(s));
  const abbreviations = abbrSheet ? readAbbreviations(abbrSheet) : null;
  if (!chosen.read.length) {
    const name = chosen.missing ?? options.sheet ?? '';
    return emptyAnalysis(name, [finding('sheet_not_found', name, 'A1', null, { sheet: name })], abbreviations);
  }
  const several = chosen.read.length > 1;
  const years = yearsOfSplit(chosen.read.map((s) => s.name));
  const cover = coverTexts(chosen.cover);
  const parts = chosen.read.map((s, i) => analyzeSheet(s, options, abbreviations, { cover, objectiveFromSheet: several, year: years[i] }));
  const whole = several ? combineParts(parts, abbreviations) : parts[0];
  const findings = [...whole.findings, ...sheetsNotRead(workbook, chosen.choices), ...sameErrors(whole, chosen.read[0])];
  return { ...whole, sheets: chosen.choices, findings: sortFindings(findings) };
}

export function analyzeSheet(
  grid: SheetGrid,
  options: AnalyzeOptions = {},
  abbreviations: Abbreviations | null = null,
  context: SheetContext = NO_CONTEXT,
): Analysis {
  const g = new MergedGrid(grid);
  const codes = abbreviations ? new Set(abbreviations.keys()) : null;
  const layout = detectLayout(g, { headerRow: options.headerRow, columns: options.columns }, codes);
  if (!layout) return emptyAnalysis(grid.name, [finding('header_not_found', grid.name, 'A1', null)], abbreviations);

  const titleList = titleCells(grid, layout.headerTop);
  // A cover's title and period stand for the plan's, after the sheet's own.
  const titles = [...titleList, ...context.cover].map((t) => t.text);
  let period: Period | null = null;
  let periodSource: PeriodSource | null = null;
  let periodDoubts: Finding[] = [];
  if (options.period) {
    period = parsePeriodOption(options.period);
    periodSource = period ? { kind: 'option' } : null;
  } else {
    const found = findPeriod([
      ...[...titleList, ...context.cover].map((t) => ({ text: t.text, source: { kind: 'cell' as const, cell: t.cell, text: t.text } })),
      { text: grid.name, source: { kind: 'sheet', text: grid.name } },
      ...(options.fileName ? [{ text: options.fileName.replace(/\.xlsx$/i, ''), source: { kind: 'file' as const, text: options.fileName } }] : []),
    ]);
    period = found?.period ?? null;
    periodSource = found?.source ?? null;
    periodDoubts = periodFindings(grid.name, found);
  }
  const planYear = options.planYear ?? context.year ?? period?.year ?? detectYear(titles);
  const allowed = options.allowedStates?.length ? options.allowedStates : [...STATES];
  const combinedStatus = layout.columns.status === undefined && layout.columns.status_description !== undefined;

  const cleaned = withoutInvisible(grid, layout);
  const read = cleaned.grid === grid ? g : new MergedGrid(cleaned.grid);
  const planRead = readPlan(read, layout);
  const plan = context.objectiveFromSheet ? withSheetObjective(planRead, sheetObjective(grid, titleList)) : planRead;
  // The workbook's language: its headers and the statuses it already holds.
  const samples = [...Object.values(layout.headers).filter((h): h is string => !!h), ...plan.rows.slice(0, 200).map((r) => r.statusText.slice(0, 40))];
  const lang = options.lang ?? detectLang(samples.filter(Boolean));
  const deadlines = deadlineParser(planYear);
  const rows = plan.rows.map((r) => interpretRow(r, { combinedStatus, allowed, period, planYear, deadlines, sheet: grid.name }));
  const findings = validateRows(rows, {
    sheet: grid.name,
    lang,
    allowed,
    combinedStatus,
    hasColumn: (role) => layout.columns[role] !== undefined,
    abbreviations,
  });
  findings.push(...missingRoles(grid, layout), ...readingFindings(cleaned.grid, read, plan));
  if (!period) findings.push(finding('period_not_found', grid.name, 'A1', null));
  findings.push(...periodDoubts);
  findings.push(...cleaned.findings, ...hiddenNotices(grid));
  const reading = buildReading(grid, layout, plan, period, periodSource);
  return {
    sheet: grid.name,
    sheets: [{ sheet: grid.name, use: 'read', reason: options.sheet !== undefined ? 'chosen' : 'best' }],
    parts: [{ sheet: grid.name, layout, reading, rows: rows.length }],
    lang,
    title: titles[0] ?? '',
    titles,
    period,
    planYear: planYear ?? null,
    layout,
    reading,
    rows,
    objectives: plan.objectives,
    areas: plan.areas,
    abbreviations,
    findings: sortFindings(findings),
    stats: computeStatistics(rows, abbreviations),
  };
}

/** The plan's rows under the objective its sheet names, when the sheet's rows have none of their own. */
function withSheetObjective(plan: PlanRead, objective: Group | null): PlanRead {
  if (!objective || plan.objectives.length || plan.rows.some((r) => r.objective)) return plan;
  return { ...plan, rows: plan.rows.map((r) => ({ ...r, objective })), objectives: [objective] };
}

export function emptyAnalysis(sheet: string, findings: Finding[], abbreviations: Abbreviations | null): Analysis {
  return {
    sheet,
    sheets: [],
    parts: [],
    lang: 'ro',
    title: '',
    titles: [],
    period: null,
    planYear: null,
    layout: null,
    reading: null,
    rows: [],
    objectives: [],
    areas: [],
    abbreviations,
    findings,
    stats: computeStatistics([], abbreviations),
  };
}
