import { Finding, finding, sortFindings } from './findings';
import { SheetGrid, WorkbookGrid, cellText } from './grid';
import { AnalyzedRow, deadlineParser, interpretRow } from './interpret';
import { Layout, MergedGrid, detectLayout, planScore } from './layout';
import { Period, detectPeriod, detectYear, parsePeriodOption } from './period';
import { Group, readPlan } from './plan';
import { Abbreviations, isAbbreviationsSheet, readAbbreviations } from './responsible';
import { Role } from './roles';
import { STATES, State, Lang, detectLang } from './status';
import { Statistics, computeStatistics } from './stats';
import { validateRows } from './validate';

/** What the user may set instead of what detection guesses. */
export interface AnalyzeOptions {
  sheet?: string;
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
}

export interface Analysis {
  sheet: string;
  lang: Lang;
  title: string;
  period: Period | null;
  planYear: number | null;
  layout: Layout | null;
  rows: AnalyzedRow[];
  objectives: Group[];
  areas: Group[];
  abbreviations: Abbreviations | null;
  findings: Finding[];
  stats: Statistics;
}

/** Picks the plan's sheet: the one named, else the one whose header reads most like a plan. */
export function choosePlanSheet(workbook: WorkbookGrid, name?: string): SheetGrid | null {
  if (name !== undefined)
    return workbook.sheets.find((s) => s.name === name) ?? workbook.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase()) ?? null;
  let best: SheetGrid | null = null;
  let bestScore = 0;
  for (const s of workbook.sheets) {
    if (isAbbreviationsSheet(s.name)) continue;
    const score = planScore(new MergedGrid(s));
    if (score > bestScore) {
      best = s;
      bestScore = score;
    }
  }
  return best ?? workbook.sheets[0] ?? null;
}

function titleTexts(grid: SheetGrid, before: number): string[] {
  const out: string[] = [];
  for (let r = 0; r < before; r++)
    for (const v of grid.rows[r] ?? []) {
      const t = cellText(v);
      if (t) out.push(t);
    }
  return out;
}

export function analyzeWorkbook(workbook: WorkbookGrid, options: AnalyzeOptions = {}): Analysis {
  const sheet = choosePlanSheet(workbook, options.sheet);
  const abbrSheet = workbook.sheets.find((s) => isAbbreviationsSheet(s.name) && s !== sheet);
  const abbreviations = abbrSheet ? readAbbreviations(abbrSheet) : null;
  if (!sheet) {
    return emptyAnalysis(options.sheet ?? '', [finding('sheet_not_found', options.sheet ?? '', 'A1', null, { sheet: options.sheet ?? '' })], abbreviations);
  }
  return analyzeSheet(sheet, options, abbreviations);
}

export function analyzeSheet(grid: SheetGrid, options: AnalyzeOptions = {}, abbreviations: Abbreviations | null = null): Analysis {
  const g = new MergedGrid(grid);
  const layout = detectLayout(g, { headerRow: options.headerRow, columns: options.columns });
  if (!layout) return emptyAnalysis(grid.name, [finding('header_not_found', grid.name, 'A1', null)], abbreviations);

  const titles = titleTexts(grid, layout.headerTop);
  const period = options.period ? parsePeriodOption(options.period) : detectPeriod(titles);
  const planYear = options.planYear ?? period?.year ?? detectYear(titles);
  const allowed = options.allowedStates?.length ? options.allowedStates : [...STATES];
  const combinedStatus = layout.columns.status === undefined && layout.columns.status_description !== undefined;

  const plan = readPlan(g, layout);
  // The workbook's language: its headers and the statuses it already holds.
  const samples = [...Object.values(layout.headers).filter((h): h is string => !!h), ...plan.rows.slice(0, 200).map((r) => r.statusText.slice(0, 40))];
  const lang = options.lang ?? detectLang(samples.filter(Boolean));
  const deadlines = deadlineParser(planYear);
  const rows = plan.rows.map((r) => interpretRow(r, { combinedStatus, allowed, period, planYear, deadlines }));
  const findings = validateRows(rows, {
    sheet: grid.name,
    lang,
    allowed,
    combinedStatus,
    hasColumn: (role) => layout.columns[role] !== undefined,
    abbreviations,
  });
  if (!period) findings.push(finding('period_not_found', grid.name, 'A1', null));
  return {
    sheet: grid.name,
    lang,
    title: titles[0] ?? '',
    period,
    planYear: planYear ?? null,
    layout,
    rows,
    objectives: plan.objectives,
    areas: plan.areas,
    abbreviations,
    findings: sortFindings(findings),
    stats: computeStatistics(rows, abbreviations),
  };
}

function emptyAnalysis(sheet: string, findings: Finding[], abbreviations: Abbreviations | null): Analysis {
  return {
    sheet,
    lang: 'ro',
    title: '',
    period: null,
    planYear: null,
    layout: null,
    rows: [],
    objectives: [],
    areas: [],
    abbreviations,
    findings,
    stats: computeStatistics([], abbreviations),
  };
}
