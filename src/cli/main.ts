import { basename } from 'path';
import { parseArgs } from 'util';
import type { z } from 'zod';
import { AnalyzeOptions, analyzeWorkbook } from '../core/analyze';
import { fileErrorMessage, isLang, ui } from '../core/messages';
import { parsePeriodOption } from '../core/period';
import { ROLES, Role } from '../core/roles';
import { toFileReport, sumTotals } from '../core/report-json';
import type { ConsolidatedSchema, FileErrorSchema } from '../core/schema';
import { Lang, STATES, State } from '../core/status';
import { GroupStats } from '../core/stats';
import { EXIT } from './exit';
import { loadPlanFile } from './load';
import { renderAnalysis, renderTable } from './text-report';
import { toComparisonJson } from '../core/compare';
import { renderComparison } from './compare-text';
import { PreviousRead, readPrevious, withComparison } from './previous';
import { registerAllLangs } from '../core/messages/all-langs';

registerAllLangs();

export { EXIT };

const USAGE = `Usage:
  action-plan-report check FILE... [--sheet NAME]... [--period S1-2022] [--plan-year 2022]
                                   [--allowed done,in_progress,...] [--lang ro|en|ru] [--json]
                                   [--columns status=G,deadline=D] [--explain]
                                   [--previous PREV.xlsx|PREV.docx]  what changed since that report
  action-plan-report new-period PREV.xlsx|PREV.docx --out NEW.xlsx   the next period's workbook
  action-plan-report report FILE [--template T.liquid] [--format txt|md|docx] [--out PATH]
                                 [--narrative-only] [--previous PREV] and the options of check
  action-plan-report schema        prints the JSON Schema of --json output

  --sheet may be repeated to read a plan kept over several sheets; --sheet all reads every sheet
  whose header reads like a plan's. Without it the plan's sheets are detected, and the reading
  says which sheets were left and why.
  --format defaults to what --out's extension says (.docx, .md, .txt), else txt.
  --out writes the whole file or nothing (a temporary file beside it, then renamed); it never
  overwrites the input workbook, and says when it replaces an existing file.

Exit codes: 0 no errors found, 1 errors found, 2 a file could not be read or the options are wrong,
  3 the output could not be written (a folder, no such folder, no permission, disk full,
  file-size limit; nothing partial is left), 4 an internal error.`;

export interface Io {
  out: (s: string) => void;
  err: (s: string) => void;
}

export const defaultIo: Io = { out: (s) => process.stdout.write(`${s}\n`), err: (s) => process.stderr.write(`${s}\n`) };

export interface CommonOptions {
  analyze: AnalyzeOptions;
  lang: Lang;
  json: boolean;
  /** Print how the sheet was read (columns, headings, period) before the findings. */
  explain?: boolean;
  /** The previous period's report to compare with (check --previous). */
  previous?: string;
}

/** --sheet NAME (repeated: several sheets; "all": every plan-like sheet). */
function sheetOptions(value: string | string[] | boolean | undefined): Pick<AnalyzeOptions, 'sheet' | 'sheets'> {
  const names = (Array.isArray(value) ? value : typeof value === 'string' ? [value] : []).filter((n) => n !== '');
  if (!names.length) return {};
  if (names.length === 1 && names[0].toLowerCase() === 'all') return { sheets: 'all' };
  return names.length === 1 ? { sheet: names[0] } : { sheets: names };
}

function parseCommon(values: Record<string, string | string[] | boolean | undefined>): CommonOptions | string {
  const lang = (values.lang as string | undefined) ?? 'ro';
  if (!isLang(lang)) return `--lang must be ro, en or ru (got "${lang}")`;
  const analyze: AnalyzeOptions = { lang, ...sheetOptions(values.sheet) };
  if (typeof values.period === 'string') {
    if (!parsePeriodOption(values.period)) return `--period must look like S1-2022, Q3-2022 or 2022 (got "${values.period}")`;
    analyze.period = values.period;
  }
  if (typeof values['plan-year'] === 'string') {
    const y = Number(values['plan-year']);
    if (!Number.isInteger(y) || y < 1990 || y > 2100) return `--plan-year must be a year such as 2022 (got "${values['plan-year']}")`;
    analyze.planYear = y;
  }
  if (typeof values.allowed === 'string') {
    const list = values.allowed
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean);
    const bad = list.filter((s) => !(STATES as readonly string[]).includes(s));
    if (bad.length) return `--allowed takes states from: ${STATES.join(', ')} (got "${bad.join(', ')}")`;
    analyze.allowedStates = list as State[];
  }
  if (typeof values.columns === 'string') {
    const columns: NonNullable<AnalyzeOptions['columns']> = {};
    for (const pair of values.columns.split(',').filter((p) => p.trim())) {
      const m = /^\s*(\w+)\s*=\s*([A-Za-z]{1,3})\s*$/.exec(pair);
      if (!m || !(ROLES as readonly string[]).includes(m[1])) return `--columns takes role=LETTER pairs, roles: ${ROLES.join(', ')} (got "${pair}")`;
      columns[m[1] as Role] = m[2].toUpperCase();
    }
    analyze.columns = columns;
  }
  return {
    analyze,
    lang,
    json: values.json === true,
    explain: values.explain === true,
    ...(typeof values.previous === 'string' ? { previous: values.previous } : {}),
  };
}

export async function check(files: string[], opts: CommonOptions, io: Io): Promise<number> {
  let exit: number = EXIT.ok;
  const totals: GroupStats[] = [];
  let previous: PreviousRead | null = null;
  const unreadable: string[] = [];
  for (const file of files) {
    const loaded = await loadPlanFile(file);
    let failure: { code: string; message: string } | null = null;
    if (!loaded.ok) failure = { code: loaded.error, message: fileErrorMessage(opts.lang, loaded.error, loaded.params) };
    let analysis = loaded.ok ? analyzeWorkbook(loaded.grid, { ...opts.analyze, fileName: basename(file) }) : null;
    const fatal = analysis?.findings.find((f) => f.code === 'header_not_found' || f.code === 'sheet_not_found');
    if (analysis && fatal) {
      failure =
        fatal.code === 'sheet_not_found'
          ? { code: 'sheet_not_found', message: fileErrorMessage(opts.lang, 'unreadable', { detail: `--sheet "${String(fatal.params.sheet)}"` }) }
          : { code: 'no_plan', message: fileErrorMessage(opts.lang, 'no_plan') };
    }
    if (failure || !analysis) {
      exit = EXIT.unreadable;
      unreadable.push(file);
      if (opts.json) io.out(JSON.stringify({ file, error: failure! } satisfies z.infer<typeof FileErrorSchema>));
      else io.err(`${file}: ${failure!.message}`);
      continue;
    }
    let compared: ReturnType<typeof withComparison> | null = null;
    if (opts.previous) {
      previous ??= await readPrevious(opts.previous, opts.analyze, opts.lang);
      if (!previous.ok) {
        exit = EXIT.unreadable;
        if (opts.json) io.out(JSON.stringify({ file: opts.previous, error: previous.error } satisfies z.infer<typeof FileErrorSchema>));
        else io.err(`${opts.previous}: ${previous.error.message}`);
        continue;
      }
      compared = withComparison(analysis, previous.analysis);
      analysis = compared.analysis;
    }
    if (analysis.findings.some((f) => f.severity === 'error') && exit === EXIT.ok) exit = EXIT.findings;
    totals.push(analysis.stats.total);
    // The shape is the schema's by type (toFileReport returns FileReport); the tests parse real output with it.
    const comparison = compared && opts.previous ? toComparisonJson(opts.previous, compared.comparison) : undefined;
    if (opts.json) io.out(JSON.stringify({ ...toFileReport(file, analysis, opts.lang), ...(comparison ? { comparison } : {}) }));
    else io.out(renderAnalysis(file, analysis, opts.lang, opts.explain === true));
    if (!opts.json && compared && previous?.ok) io.out(renderComparison(opts.previous!, previous.analysis, compared.comparison, opts.lang));
  }
  if (files.length > 1) {
    const total = sumTotals(totals);
    if (opts.json) io.out(JSON.stringify({ consolidated: { files: totals.length, total } } satisfies z.infer<typeof ConsolidatedSchema>));
    else
      io.out(
        [
          ui(opts.lang, 'files_checked', { count: totals.length }),
          ...(unreadable.length ? [ui(opts.lang, 'files_unreadable', { count: unreadable.length, files: unreadable.join(', ') })] : []),
          ...renderTable(ui(opts.lang, 'consolidated'), [], total, opts.lang, () => ''),
        ].join('\n'),
      );
  }
  return exit;
}

export async function main(argv: string[], io: Io = defaultIo): Promise<number> {
  const [command, ...rest] = argv;
  if (command === 'schema') {
    // zod is loaded for this command only: check does not need it at run time.
    const [{ z: zod }, schema] = await Promise.all([import('zod'), import('../core/schema')]);
    const json = { file: schema.FileReportSchema, error: schema.FileErrorSchema, consolidated: schema.ConsolidatedSchema };
    io.out(JSON.stringify(Object.fromEntries(Object.entries(json).map(([k, v]) => [k, zod.toJSONSchema(v)])), null, 2));
    return EXIT.ok;
  }
  if (command !== 'check' && command !== 'report' && command !== 'new-period') {
    io.err(USAGE);
    return command === undefined || command === '--help' || command === '-h' ? EXIT.ok : EXIT.unreadable;
  }
  let parsed;
  try {
    parsed = parseArgs({
      args: rest,
      allowPositionals: true,
      options: {
        sheet: { type: 'string', multiple: true },
        period: { type: 'string' },
        'plan-year': { type: 'string' },
        allowed: { type: 'string' },
        lang: { type: 'string' },
        json: { type: 'boolean' },
        columns: { type: 'string' },
        explain: { type: 'boolean' },
        ...(command === 'check' || command === 'report' ? { previous: { type: 'string' as const } } : {}),
        ...(command === 'new-period' ? { out: { type: 'string' as const } } : {}),
        ...(command === 'report'
          ? {
              template: { type: 'string' as const },
              format: { type: 'string' as const },
              out: { type: 'string' as const },
              'narrative-only': { type: 'boolean' as const },
            }
          : {}),
      },
    });
  } catch (e) {
    io.err(`${(e as Error).message}\n\n${USAGE}`);
    return EXIT.unreadable;
  }
  const common = parseCommon(parsed.values);
  if (typeof common === 'string') {
    io.err(common);
    return EXIT.unreadable;
  }
  if (parsed.positionals.length === 0) {
    io.err(USAGE);
    return EXIT.unreadable;
  }
  if (command === 'new-period') {
    if (parsed.positionals.length !== 1) {
      io.err(USAGE);
      return EXIT.unreadable;
    }
    const { newPeriod } = await import('./new-period');
    return newPeriod(parsed.positionals[0], (parsed.values as { out?: string }).out, common, io);
  }
  if (command === 'report') {
    if (parsed.positionals.length !== 1) {
      io.err(USAGE);
      return EXIT.unreadable;
    }
    const v = parsed.values as Record<string, string | boolean | undefined>;
    const { report } = await import('./report');
    return report(
      parsed.positionals[0],
      common,
      {
        template: v.template as string | undefined,
        format: v.format as string | undefined,
        out: v.out as string | undefined,
        narrativeOnly: v['narrative-only'] === true,
        previous: common.previous,
      },
      io,
    );
  }
  return check(parsed.positionals, common, io);
}
