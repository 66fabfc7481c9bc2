import { promises as fs } from 'fs';
import { basename, dirname, extname, join } from 'path';
import { Packer } from 'docx';
import { analyzeWorkbook } from '../core/analyze';
import { fileErrorMessage } from '../core/messages';
import { templateIssueMessage } from '../core/messages/template-issue';
import { writeNarrative } from '../core/narrative';
import { buildDocx } from '../report/docx';
import { narrativeToPlain, toMarkdown, toPlainText } from '../report/markdown';
import { buildReportModel } from '../report/model';
import { loadPlanFile } from './load';
import { EXIT } from './exit';
import { readPrevious } from './previous';
import { compareAnalyses, comparisonVars } from '../core/compare';
import type { CommonOptions, Io } from './main';
import { writeFileAtomically } from './output';

const FORMATS = ['txt', 'md', 'docx'] as const;
type Format = (typeof FORMATS)[number];

export interface ReportOptions {
  template?: string;
  format?: string;
  out?: string;
  narrativeOnly: boolean;
  /** The previous period's report: the narrative then says what changed since. */
  previous?: string;
}

/** Writes the report of one workbook. Exit codes as for check, and 3 when the output cannot be written. */
export async function report(file: string, opts: CommonOptions, r: ReportOptions, io: Io): Promise<number> {
  // Without --format, the output's extension says it: "--out raport.docx" is a Word document, not text named .docx.
  const format = (r.format ?? formatOfPath(r.out) ?? 'txt') as Format;
  if (!FORMATS.includes(format)) {
    io.err(`--format must be txt, md or docx (got "${r.format}")`);
    return EXIT.unreadable;
  }
  let template: string | undefined;
  if (r.template !== undefined) {
    try {
      template = await fs.readFile(r.template, 'utf8');
    } catch (e) {
      io.err(`${r.template}: ${templateReadError(opts, e)}`);
      return EXIT.unreadable;
    }
  }
  const loaded = await loadPlanFile(file);
  if (!loaded.ok) {
    io.err(`${file}: ${fileErrorMessage(opts.lang, loaded.error, loaded.params)}`);
    return EXIT.unreadable;
  }
  const analysis = analyzeWorkbook(loaded.grid, opts.analyze);
  if (analysis.findings.some((f) => f.code === 'header_not_found' || f.code === 'sheet_not_found')) {
    io.err(`${file}: ${fileErrorMessage(opts.lang, 'no_plan')}`);
    return EXIT.unreadable;
  }
  const previous = r.previous ? await readPrevious(r.previous, opts.analyze, opts.lang) : null;
  if (previous && !previous.ok) {
    io.err(`${r.previous}: ${previous.error.message}`);
    return 2;
  }
  const comparison = previous?.ok ? comparisonVars(compareAnalyses(previous.analysis, analysis), previous.analysis.period, opts.lang) : null;
  const narrative = writeNarrative(analysis, opts.lang, template, {}, comparison);
  if (!narrative.ok) {
    for (const issue of narrative.issues)
      io.err(`${r.template ?? 'template'}:${issue.line}:${issue.column}: ${templateIssueMessage(issue, opts.lang)} [${issue.code}]`);
    return EXIT.unreadable;
  }
  const model = buildReportModel(analysis, narrative.text, opts.lang);
  const exit = analysis.findings.some((f) => f.severity === 'error') ? 1 : 0;
  if (format === 'docx') {
    const out = r.out ?? join(dirname(file), `${basename(file, extname(file))}.report.docx`);
    const written = await writeOutput(out, await Packer.toBuffer(buildDocx(model)), file, opts, io);
    if (written) io.err(out);
    return written ? exit : EXIT.output;
  }
  const text = r.narrativeOnly
    ? format === 'md'
      ? narrative.text
      : narrativeToPlain(narrative.text)
    : format === 'md'
      ? toMarkdown(model)
      : toPlainText(model);
  if (!r.out) {
    io.out(text);
    return exit;
  }
  return (await writeOutput(r.out, text, file, opts, io)) ? exit : EXIT.output;
}

function formatOfPath(out: string | undefined): Format | null {
  const ext = out ? extname(out).toLowerCase() : '';
  return ext === '.docx' ? 'docx' : ext === '.md' || ext === '.markdown' ? 'md' : ext === '.txt' ? 'txt' : null;
}

/** Writes the report whole or not at all; says when it replaced a file, or why it could not write. */
async function writeOutput(out: string, data: string | Uint8Array, input: string, opts: CommonOptions, io: Io): Promise<boolean> {
  const result = await writeFileAtomically(out, data, input);
  if (!result.ok) {
    io.err(fileErrorMessage(opts.lang, result.failure.error, result.failure.params));
    return false;
  }
  if (result.replaced) io.err(fileErrorMessage(opts.lang, 'output_replaced', { path: out }));
  return true;
}

function templateReadError(opts: CommonOptions, e: unknown): string {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === 'EISDIR') return fileErrorMessage(opts.lang, 'is_directory');
  if (code === 'ENOENT' || code === 'ENOTDIR') return fileErrorMessage(opts.lang, 'not_found');
  return fileErrorMessage(opts.lang, 'unreadable', { detail: String(code ?? e) });
}
