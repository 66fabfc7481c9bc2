// Counts the world-corpus truth (test/world/truth/<slug>.json) from the SOURCES — CSV/HTML/Markdown text and, for the one
// workbook published as xlsx, its cells — by rules written here by hand. It never runs the engine.
// Usage (after npm run build:cli and bench/world/rebuild.sh): node dist/bench/world/count-truth.js [OUTDIR]
import { readFileSync, writeFileSync } from 'fs';
import { join, resolve } from 'path';
import ExcelJS from 'exceljs';
import { milestoneCardRows } from './cards';
import { trackerRows } from './collection';
import { csvRows, htmlRows, markdownRows } from './tables';
import { Truth, TruthSchema, TruthState, countStates } from './truth';

const S = process.env.SRC ?? '/work/world-corpus/sources';
const FILES = process.env.WORLD_DIR ?? '/work/world-corpus/files';
const out = process.argv[2] ?? resolve(__dirname, '../../../test/world/truth');
const FETCHED = '2026-12-07';
type Row = Truth['rows'][number];
type Group = Truth['groups'][number];
const fsText = (p: string) => readFileSync(p, 'utf8');

function groupsOf(rows: string[][], key: (r: string[]) => string, level = 1): Group[] {
  const m = new Map<string, number>();
  for (const r of rows) m.set(key(r), (m.get(key(r)) ?? 0) + 1);
  return [...m].map(([name, n]) => ({ level, name, rows: n }));
}
function write(t: Truth): void {
  const checked = TruthSchema.parse(t);
  writeFileSync(join(out, `${checked.slug}.json`), `${JSON.stringify(checked, null, 2)}\n`);
  console.log(checked.slug, checked.rows.length, JSON.stringify(countStates(checked.rows)), 'groups', checked.groups.length);
}

async function portfoliostat(): Promise<void> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(join(FILES, 'gsa-portfoliostat-2015.xlsx'));
  const ws = wb.getWorksheet('PortfolioStat Action Items')!;
  const rows: Row[] = [];
  for (let r = 4; r <= 12; r++) {
    const written = ws.getCell(r, 7).text;
    const state = ({ Completed: 'done', 'In Progress': 'in_progress' } as Record<string, TruthState>)[written];
    rows.push({ row: r, id: ws.getCell(r, 1).text, written, state });
  }
  write({
    slug: 'gsa-portfoliostat-2015',
    file: 'gsa-portfoliostat-2015.xlsx',
    title: 'PortfolioStat Action Items (FDCCI 2015-08, 2014 PortfolioStat session)',
    institution: 'U.S. General Services Administration (GSA), Office of the CIO',
    country: 'United States',
    language: 'en',
    source: {
      repository: 'GSA/open.gsa.gov',
      commit: '67cdd2b72a4118abbef83466a2a635ab50279f11',
      path: 'Digital-Innovation-Hackathon-Fall2015/Files/DataCenter/datacenter-datasets/FDCCI 2015-08 2014 PortfolioStat Session Action Items (1).xlsx',
      licence: 'CC0-1.0 (repository COPYING.txt)',
      fetched: FETCHED,
    },
    conversion: { from: 'xlsx', changes: ['none: the workbook as published (renamed only)'] },
    sheet: 'PortfolioStat Action Items',
    headerRows: [3],
    rows,
    groups: [],
    period: {
      label: 'status as at 14 August 2015',
      year: 2015,
      end: '2015-08-14',
      evidence: 'column "Status Date" is 2015-08-14 on every row; file name "FDCCI 2015-08"',
    },
    planTerm: null,
    notes: [
      'Deadline column is "Due Date" (F): "N/A" on 8 rows, "PortfolioStat 2015" on one; column E "PortfolioStat Session Year" (2014) is not a deadline.',
      'Sheet "MAX Collect Compliant" repeats the 9 rows without a header (then formula rows); sheet "Drop Down Lists" holds the status vocabulary. Neither is a plan of its own.',
      'Rows 1-2 are a title (merged), a "TIP!" cell and an explanatory sentence.',
    ],
  });
}

function nara(): void {
  const rows = htmlRows(fsText(`${S}/nara-appendixc.md`)).slice(1);
  const map: Record<string, TruthState> = {
    Implemented: 'done',
    'Implemented and ongoing': 'done',
    'Implemented and ongoing (pending funding)': 'done',
    Ongoing: 'in_progress',
    Forthcoming: 'in_progress',
    'Implemented (new version); Cancelled (mobile application)': 'partially_done',
  };
  const alsoOf: Record<string, TruthState[]> = {
    'Implemented and ongoing': ['in_progress'],
    'Implemented and ongoing (pending funding)': ['in_progress'],
    Forthcoming: ['not_started', 'not_done'],
    'Implemented (new version); Cancelled (mobile application)': ['done'],
  };
  const truthRows = rows.map((r, i) => {
    const written = r[2].split(/Status:\s*/)[1].replace(/\n/g, ' ');
    const t: Row = { row: i + 3, id: r[0], written, state: map[written] };
    if (alsoOf[written]) t.also = alsoOf[written];
    return t;
  });
  write({
    slug: 'nara-opengov-2016-appendix-c',
    file: 'nara-opengov-2016-appendix-c.xlsx',
    title: 'Open Government Plan 2016-2018, Appendix C: Updates to 2014-2016 NARA Open Government Commitments',
    institution: 'U.S. National Archives and Records Administration (NARA)',
    country: 'United States',
    language: 'en',
    source: {
      repository: 'usnationalarchives/opengovplan',
      commit: '4300fe273064fc0acd0256b074722ab04b5b3116',
      path: 'pages/appendixc.md',
      licence: 'CC0-1.0 / US public domain (repository LICENSE.md)',
      fetched: FETCHED,
    },
    conversion: {
      from: 'html',
      changes: [
        "the page's only <table>: one sheet row per <tr>, one cell per <td>/<th>, in order",
        '<p>, <br>, </li> become line breaks inside the cell, <li> starts with "• ", other tags dropped, entities decoded (&nbsp; → space), empty lines dropped, spaces collapsed',
        'the page heading "Appendix C: Updates to 2014–2016 NARA Open Government Commitments" put above the table as row 1',
        'cells that are plain numbers ("1".."38") stored as numbers, as Excel does',
      ],
    },
    sheet: 'Appendix C',
    headerRows: [2],
    rows: truthRows,
    groups: groupsOf(rows, (r) => r[3]),
    period: null,
    planTerm: '2014–2016',
    notes: [
      'The status is written inside column C ("2014 Plan Section") after the section number: "2.2⏎Status:⏎Implemented and ongoing".',
      'Legend (above the table on the page, not in the sheet): Implemented = accomplished; Ongoing = continues; Forthcoming = not yet completed; Cancelled = no longer pursued.',
      '"Implemented and ongoing" counted done (continuing); in_progress accepted too. "Forthcoming" counted in_progress (the updates describe work under way); not_started/not_done accepted.',
      'Groups: column D "Topic", 15 topics (plan sections), read as one level.',
      'No reporting period is stated; the title names the plan term 2014–2016; the updates are dated up to June 2016 inside the cells.',
    ],
  });
}

function fds2021(): void {
  const rows = markdownRows(fsText(`${S}/fds-2021-agency-actions.md`), true);
  const truthRows: Row[] = [];
  const groups: Group[] = [];
  let group: Group | null = null;
  rows.forEach((r, i) => {
    const sheetRow = i + 1;
    if (r.length === 1 && /^Action \d+:/.test(r[0])) {
      group = { level: 1, name: r[0], rows: 0 };
      groups.push(group);
      return;
    }
    if (r.length > 1 && /^\d+\.\d+ /.test(r[0])) {
      truthRows.push({ row: sheetRow, id: r[0].split(' ')[0], written: '', state: 'unknown' });
      group!.rows++;
    }
  });
  write({
    slug: 'fds-2021-agency-actions',
    file: 'fds-2021-agency-actions.xlsx',
    title: 'Federal Data Strategy 2021 Action Plan — Agency Actions',
    institution: 'U.S. Office of Management and Budget / GSA, Federal Data Strategy team',
    country: 'United States',
    language: 'en',
    source: {
      repository: 'GSA/data-strategy',
      commit: '7fbdc39cc4238a6b9f9d5ecce1f29a949f2b650c',
      path: 'pages/2021/action-plan/agency-actions.md',
      licence: 'CC0-1.0 / US public domain (repository LICENSE.md)',
      fetched: FETCHED,
    },
    conversion: {
      from: 'markdown',
      changes: [
        'every pipe-table row kept cell for cell, in order; the |---| rule rows dropped',
        'each "#" heading kept as a one-cell row where it stands (2021 Action Plan, Agency Actions, Action N: …, Footnotes)',
        '**bold** markers removed; prose paragraphs and footnote texts dropped (not table content)',
      ],
    },
    sheet: 'Agency Actions',
    headerRows: [4, 9, 12, 16, 20, 23],
    rows: truthRows,
    groups,
    period: null,
    planTerm: '2021',
    notes: [
      "A plan, not a report: no status column, no responsible column; every milestone's state is unknown.",
      'Each of the 6 action groups has its own copy of the header row (Milestone | Measurement | Reporting Mechanism | Target Date | Required or Encouraged).',
      'The milestone id leads the text ("1.1 Assess data assets …").',
      '"Footnotes" (last row) is a notes heading, not a group.',
      'Target Date holds "December 31, 2021", "Measure Annually", "Quarterly", "As required by the FY2023 budget timeline".',
    ],
  });
}

function ea(): void {
  const rows = csvRows(fsText(`${S}/ea-fcerm-action-plan.csv`));
  const h = rows[0];
  const col = (n: string) => h.indexOf(n);
  const map: Record<string, TruthState> = { Completed: 'done', 'In progress': 'in_progress', 'Not started': 'not_started' };
  const data = rows.slice(1);
  write({
    slug: 'ea-fcerm-action-plan-2021',
    file: 'ea-fcerm-action-plan-2021.xlsx',
    title: 'National Flood and Coastal Erosion Risk Management Strategy for England — Action Plan (measures and actions with status)',
    institution: 'Environment Agency (England)',
    country: 'United Kingdom',
    language: 'en',
    source: {
      repository: 'robchamberspfc/datasets',
      commit: '181faa934afacde0eb2b4eb2854f350a2ce682ab',
      path: 'action-plan.csv',
      licence: 'no licence stated in the repository (content published by the Environment Agency)',
      fetched: FETCHED,
    },
    conversion: {
      from: 'csv',
      changes: [
        'RFC 4180 CSV, one sheet row per record, one cell per field, in order (header row 1)',
        'cells that are plain numbers stored as numbers (Start date / Target date are Excel serial numbers such as 44105 in the CSV; they stay numbers without a date format, as Excel shows them on opening the CSV)',
        'the source already holds U+FFFD replacement characters where quotes/dashes were (e.g. "Today�s growth"); kept as they are',
      ],
    },
    sheet: 'action-plan',
    headerRows: [1],
    rows: data.map((r, i) => ({ row: i + 2, id: r[col('Measure reference')], written: r[col('Status')], state: map[r[col('Status')]] })),
    groups: [...groupsOf(data, (r) => r[col('Ambition')], 1), ...groupsOf(data, (r) => r[col('Strategic objective')], 2)],
    period: null,
    planTerm: null,
    notes: [
      'Several actions per measure: the "Measure reference" (1.1.2) repeats on each action row; it is a group key more than an id.',
      'Groups are columns: Ambition (4) > Strategic objective (23) > Measure (reference + text).',
      'Deadline: "Target date" (Excel serial numbers, e.g. 44440 = 2021-09-01); "Start date" beside it.',
      'No title rows, no reporting period in the file; the CSV was uploaded 2021-02-16.',
      'Responsible: "Lead organisation"; "Other organisations involved"; "EA contact" (person names) also present.',
    ],
  });
}

function ot(): void {
  const rows = csvRows(fsText(`${S}/acounsel-commitments.csv`).replace(/^\uFEFF/, ''));
  const h = rows[0];
  const col = (n: string) => h.indexOf(n);
  const map: Record<string, TruthState> = {
    completed: 'done',
    in_progress: 'in_progress',
    delayed: 'in_progress',
    not_started: 'not_started',
    'N/A': 'unknown',
  };
  const data = rows.slice(1);
  write({
    slug: 'ot-khanbogd-commitments-2020',
    file: 'ot-khanbogd-commitments-2020.xlsx',
    title: 'Oyu Tolgoi complaint-resolution agreements: commitments scorecard (Khanbogd soum herders)',
    institution: 'Tripartite Council (Khanbogd soum government, Oyu Tolgoi LLC, herder representatives); scorecard kept by Accountability Counsel',
    country: 'Mongolia',
    language: 'en+mn',
    source: {
      repository: 'acounsel/scorecard',
      commit: 'd3fbf2a9a4d543bc9553ef5757ccb1b3a91e30af',
      path: 'commitments.csv',
      licence: 'no licence stated in the repository',
      fetched: FETCHED,
    },
    conversion: {
      from: 'csv',
      changes: [
        'RFC 4180 CSV, one sheet row per record, one cell per field, in order (header row 1)',
        'leading byte-order mark removed',
        'plain-number cells stored as numbers',
        'HTML fragments inside texts ("</p> <p>") kept as written',
      ],
    },
    sheet: 'commitments',
    headerRows: [1],
    rows: data.map((r, i) => {
      const t: Row = { row: i + 2, id: `${r[col('order_num')]}${r[col('order_letter')]}`, written: r[col('status')], state: map[r[col('status')]] };
      if (r[col('status')] === 'delayed') t.also = ['not_done', 'initiated'];
      return t;
    }),
    groups: groupsOf(data, (r) => r[col('category_en')]),
    period: null,
    planTerm: null,
    notes: [
      'Status codes are snake_case words: completed, in_progress, delayed, not_started, N/A. "delayed" counted in_progress (the texts describe work behind schedule); not_done/initiated accepted.',
      'A second, older status column "status_2019" sits to the right: the previous period\'s status, not this one.',
      'English and Mongolian columns side by side (name_en/name_mn, description_en/description_mn ...).',
      'Ids: order_num plus order_letter (12a..12m are sub-commitments of one commitment).',
      'Deadline: "original_timeline_en" ("Plan developed by Q4 2017", "237 signed contracts by Q3 2017", "2018").',
      'No reporting period in the table; the texts say "As of May 2020"/"April 2020"; the file was last changed 2020-06-24.',
    ],
  });
}

function fds2020(): void {
  const rows = milestoneCardRows(fsText(`${S}/fds-2020-progress.html.md`));
  const truthRows: Row[] = [];
  const groups: Group[] = [];
  let g: Group | null = null;
  rows.forEach((r, i) => {
    const sheetRow = i + 1;
    if (i < 4) return; // 3 title rows + our header row
    if (r.length === 1) {
      g = { level: 1, name: r[0], rows: 0 };
      groups.push(g);
      return;
    }
    const written = /[Tt]his milestone (?:has been|is) ([^.]*)\./.exec(r[1])?.[1] ?? '';
    const state = (
      { COMPLETED: 'done', 'partially COMPLETED': 'partially_done', 'Pending Guidance': 'not_started', delayed: 'suspended' } as Record<string, TruthState>
    )[written];
    const t: Row = { row: sheetRow, id: /Milestone (\d+\.\d+)/.exec(r[0])?.[1], written, state };
    if (written === 'Pending Guidance') t.also = ['suspended', 'initiated'];
    if (written === 'delayed') t.also = ['not_done', 'not_started'];
    truthRows.push(t);
    g!.rows++;
  });
  write({
    slug: 'fds-2020-progress',
    file: 'fds-2020-progress.xlsx',
    title: 'Federal Data Strategy — 2020 Action Plan Progress (milestone status page)',
    institution: 'U.S. Office of Management and Budget / GSA, Federal Data Strategy team',
    country: 'United States',
    language: 'en',
    source: {
      repository: 'GSA/data-strategy',
      commit: '37bf26fd13747f578b6ece59b94493aff24a8167',
      path: 'pages/2020/progress/index.md',
      licence: 'CC0-1.0 / US public domain (repository LICENSE.md)',
      fetched: FETCHED,
    },
    conversion: {
      from: 'html',
      changes: [
        'NOT a table on the page: one "card" per milestone; each card became one row, its five fields (milestone text, status sentence, metric number, metric details, next step) five cells, in page order',
        'the column header row "Milestone | Status | Metric | Metric details | Next step" (row 4) is OURS: the page shows the fields without labels',
        'quarter headings ("Quarter 1, 2020 (January – March)" … "Recurring") kept as one-cell rows where they stand',
        'rows 1-3: the page heading "2020 Action Plan Progress", its introduction and its "This page was last updated on January 29, 2021 …" paragraph, as written',
        'tags dropped, entities decoded, footnote markers kept as the digits shown ("agencies1"); the supplemental data section below the cards dropped',
      ],
    },
    sheet: '2020 Progress',
    headerRows: [4],
    rows: truthRows,
    groups,
    period: {
      label: 'the 2020 Action Plan year (page last updated 29 January 2021)',
      year: 2020,
      end: '2020-12-31',
      evidence: 'title "2020 Action Plan Progress"; the milestones run Quarter 1–4 2020; "last updated on January 29, 2021" is an update stamp, not the period',
    },
    planTerm: '2020',
    notes: [
      'The status is a sentence: "This milestone has been COMPLETED.", "… has been partially COMPLETED.", "This milestone is Pending Guidance." followed by narrative.',
      '"Pending Guidance" counted not_started (agencies wait for OMB guidance); suspended/initiated accepted. Milestone 9.3 "Due to government-wide focus on COVID-19 response activities, this milestone has been delayed." counted suspended; not_done/not_started accepted.',
      'The milestone id leads the text: "Milestone 2.1. By January 31, 2020, publish …" (the deadline follows the id).',
      'The page says "65 milestones from 20 actions"; it shows 66 cards.',
      'Groups: 4 quarters and "Recurring" (by due quarter, not by action).',
    ],
  });
}

function nap5(): void {
  const rows = trackerRows(`${S}/nap5/_subcommitments`, `${S}/nap5/_commitments`);
  const map: Record<string, TruthState> = { Complete: 'done', 'In Progress': 'in_progress', 'Not Started': 'not_started' };
  write({
    slug: 'us-nap5-tracker-2024',
    file: 'us-nap5-tracker-2024.xlsx',
    title: 'Fifth U.S. Open Government National Action Plan — Commitment Tracker (sub-commitment status, February 2024)',
    institution: 'U.S. General Services Administration, Open Government Secretariat (OGP national action plan)',
    country: 'United States',
    language: 'en',
    source: {
      repository: 'GSA/open.usa.gov',
      commit: 'afaf3b83996e82f25ead0e0835717c40efa7a89a',
      path: '_subcommitments/*.md (+ _commitments/*.md for commitment titles)',
      licence: 'CC0-1.0 / US public domain (repository LICENSE.md)',
      fetched: FETCHED,
    },
    conversion: {
      from: 'markdown',
      changes: [
        'the site keeps one record per sub-commitment (YAML front matter + Markdown body) and renders each as a small table labelled "Agency & Subagency", "Sub-Commitment Status", "February 2024 Progress", "August 2023 Progress"; here one row per record, in file order, under those labels',
        'columns "Theme" and "Commitment" (the page shows them as "Theme:" and "Commitment:" above each table) from the record and its parent commitment record; "ID" = commitment_detail_sub_id',
        'row 1: the tracker page heading "Fifth U.S. Open Government National Action Plan Commitment Tracker"',
        "<br> inside the agency becomes a line break; the August 2023 text's tags dropped; the February 2024 Markdown body kept as written",
      ],
    },
    sheet: 'Commitment Tracker',
    headerRows: [2],
    rows: rows.map((r, i) => ({ row: i + 3, id: r[2], written: r[5], state: map[r[5]] })),
    groups: [...groupsOf(rows, (r) => r[0], 1), ...groupsOf(rows, (r) => r[1], 2)],
    period: {
      label: 'progress as at February 2024 (mid-term of the 2022–2024 plan)',
      year: 2024,
      end: '2024-02-29',
      evidence: 'the current progress column is headed "February 2024 Progress"; the previous one "August 2023 Progress"',
    },
    planTerm: '2022–2024',
    notes: [
      "Two progress columns, each naming its period in the header: the latest (February 2024) is the report's period.",
      'Groups are columns: Theme (5) > Commitment (36) > sub-commitment (the row).',
      'Statuses: "Complete", "In Progress", "Not Started".',
      'No deadline column; no action column distinct from "Sub-Commitment" (the sub-commitment text is the action).',
    ],
  });
}

async function main(): Promise<void> {
  await portfoliostat();
  nara();
  fds2021();
  ea();
  ot();
  fds2020();
  nap5();
}

main().catch((e: unknown) => {
  console.error(String(e));
  process.exit(1);
});
