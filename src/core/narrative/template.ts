import { Liquid, RenderError, Template, UndefinedVariableError } from 'liquidjs';
import { formatDate, formatNumber, formatPercent } from '../format';
import { Lang } from '../status';
import { firstSentence } from '../text';
import { TEMPLATE_MEMORY, TEMPLATE_RENDER_MS, boundEngine, renderBounded } from './bounds';
import { NarrativeContext } from './context';
import { keepOnOneLine } from './output-escape';
import { agree, joinList, nounFor, ordinal, plural } from './grammar';
import { writeUnits } from './units';
import { withSuggestions } from './explain';

export const TEMPLATE_ISSUES = [
  'template_syntax',
  'template_unknown_variable',
  'template_unknown_filter',
  'template_forbidden',
  'template_limit',
  'template_error',
] as const;
export type TemplateIssueCode = (typeof TEMPLATE_ISSUES)[number];

export interface TemplateIssue {
  code: TemplateIssueCode;
  line: number;
  column: number;
  params: Record<string, string | number>;
}

export type RenderResult = { ok: true; text: string } | { ok: false; issues: TemplateIssue[] };

/** Names that lead out of the data into the JavaScript objects behind it. */
const FORBIDDEN = new Set([
  'constructor',
  '__proto__',
  'prototype',
  '__defineGetter__',
  '__defineSetter__',
  '__lookupGetter__',
  '__lookupSetter__',
  'valueOf',
  'toString',
  'hasOwnProperty',
]);
export const MAX_TEMPLATE_CHARS = 200_000;
export const MAX_OUTPUT_CHARS = 5_000_000;

const engines = new Map<Lang, Liquid>();

/**
 * A Liquid engine that cannot evaluate code, read files (templates come from an empty in-memory
 * map) or reach prototypes (own properties only), with bounded parse, render time and memory.
 */
export function engineFor(lang: Lang): Liquid {
  const cached = engines.get(lang);
  if (cached) return cached;
  const liquid = new Liquid({
    templates: {},
    strictVariables: true,
    strictFilters: true,
    ownPropertyOnly: true,
    parseLimit: MAX_TEMPLATE_CHARS,
    renderLimit: TEMPLATE_RENDER_MS,
    memoryLimit: TEMPLATE_MEMORY,
    outputEscape: keepOnOneLine,
  });
  const forms = (xs: unknown[]) => xs.map((x) => String(x));
  liquid.registerFilter('plural', (n: unknown, ...xs: unknown[]) => plural(Number(n), lang, forms(xs)));
  liquid.registerFilter('noun', (n: unknown, ...xs: unknown[]) => nounFor(Number(n), lang, forms(xs)));
  liquid.registerFilter('agree', (n: unknown, ...xs: unknown[]) => agree(Number(n), lang, forms(xs)));
  liquid.registerFilter('percent', (x: unknown) => formatPercent(x === null || x === undefined ? null : Number(x), lang));
  liquid.registerFilter('number', (x: unknown) => formatNumber(Number(x), lang));
  liquid.registerFilter('long_date', (x: unknown) => (typeof x === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(x) ? formatDate(x, lang) : String(x ?? '')));
  liquid.registerFilter('ordinal', (n: unknown, gender?: unknown) => ordinal(Number(n), lang, gender === undefined ? undefined : String(gender)));
  // Each id once: an action written on two rows (2.4 and its sub-row) is one action in a list of ids.
  liquid.registerFilter('join_list', (xs: unknown) => (Array.isArray(xs) ? joinList([...new Set(xs.map(String))], lang) : String(xs ?? '')));
  liquid.registerFilter('first_sentence', (x: unknown) => firstSentence(String(x ?? '')));
  liquid.registerFilter('units', function (this: { context: object }, xs: unknown, style?: unknown) {
    return writeUnits(this.context, xs, style);
  });
  boundEngine(liquid);
  engines.set(lang, liquid);
  return liquid;
}

function position(e: unknown): { line: number; column: number } {
  const token = (e as { token?: { getPosition?: () => number[] } }).token;
  const [line = 1, column = 1] = token?.getPosition?.() ?? [];
  return { line, column };
}

function detail(e: unknown): string {
  return String((e as Error).message ?? e).replace(/, line:\d+, col:\d+$/, '');
}

function issueOf(e: unknown): TemplateIssue {
  // By class, not by class name: a production build minifies the names.
  const msg = detail(e);
  const at = position(e);
  if (e instanceof UndefinedVariableError) {
    const variable = /undefined variable: (.+)$/.exec(msg)?.[1] ?? msg;
    const forbidden = variable.split('.').some((s) => FORBIDDEN.has(s));
    return { code: forbidden ? 'template_forbidden' : 'template_unknown_variable', ...at, params: { name: variable } };
  }
  if (/undefined filter: (.+)/.test(msg)) return { code: 'template_unknown_filter', ...at, params: { name: /undefined filter: (\S+)/.exec(msg)![1] } };
  if (/limit exceeded/.test(msg)) return { code: 'template_limit', ...at, params: { detail: msg } };
  if (e instanceof RenderError) return { code: 'template_error', ...at, params: { detail: msg } };
  return { code: 'template_syntax', ...at, params: { detail: msg } };
}

/** Does the variable path exist in the data? Arrays are checked through their first element. */
function pathExists(root: unknown, segments: unknown[]): boolean {
  let value: unknown = root;
  for (const seg of segments) {
    if (typeof seg !== 'string' && typeof seg !== 'number') return true;
    if (value === null || value === undefined) return true;
    if (Array.isArray(value)) {
      if (seg === 'size') return true;
      if (typeof seg === 'number' || seg === 'first' || seg === 'last') {
        if (value.length === 0) return true;
        value = value[0];
        continue;
      }
      return false;
    }
    if (typeof value === 'string') return seg === 'size';
    if (typeof value !== 'object' || !Object.prototype.hasOwnProperty.call(value, seg)) return false;
    value = (value as Record<string, unknown>)[seg];
  }
  return true;
}

/** Checks a template before it runs: syntax, forbidden names anywhere, unknown data paths. */
export function checkTemplate(source: string, ctx: NarrativeContext): { template: Template[] | null; issues: TemplateIssue[] } {
  if (source.length > MAX_TEMPLATE_CHARS)
    return { template: null, issues: [{ code: 'template_limit', line: 1, column: 1, params: { detail: `> ${MAX_TEMPLATE_CHARS} characters` } }] };
  const liquid = engineFor(ctx.lang);
  let template: Template[];
  try {
    template = liquid.parse(source);
  } catch (e) {
    return { template: null, issues: [issueOf(e)] };
  }
  const issues: TemplateIssue[] = [];
  const analysis = liquid.analyzeSync(template, { partials: false });
  for (const list of Object.values(analysis.variables)) {
    for (const v of list) {
      const path = v.toArray().filter((s): s is string => typeof s === 'string');
      const bad = path.find((s) => FORBIDDEN.has(s));
      if (bad) issues.push({ code: 'template_forbidden', line: v.location.row, column: v.location.col, params: { name: String(v) } });
    }
  }
  for (const list of Object.values(analysis.globals)) {
    for (const v of list) {
      const segments = v.toArray();
      if (segments.some((s) => typeof s === 'string' && FORBIDDEN.has(s))) continue;
      if (!pathExists(ctx, segments))
        issues.push({ code: 'template_unknown_variable', line: v.location.row, column: v.location.col, params: { name: String(v) } });
    }
  }
  return { template, issues };
}

/** Fills the template; on any issue there is no output, only the issues with line and column. */
export function renderTemplate(source: string, ctx: NarrativeContext): RenderResult {
  const { template, issues } = checkTemplate(source, ctx);
  if (!template || issues.length) return { ok: false, issues: explained(issues, ctx) };
  let text: string;
  try {
    text = renderBounded(engineFor(ctx.lang), template, ctx);
  } catch (e) {
    return { ok: false, issues: explained([issueOf(e)], ctx) };
  }
  if (text.length > MAX_OUTPUT_CHARS)
    return { ok: false, issues: [{ code: 'template_limit', line: 1, column: 1, params: { detail: `> ${MAX_OUTPUT_CHARS} characters of output` } }] };
  return { ok: true, text: tidy(text) };
}

/** Issues with a "did you mean" for mistyped variables and filters. */
function explained(issues: TemplateIssue[], ctx: NarrativeContext): TemplateIssue[] {
  return withSuggestions(issues, ctx, Object.keys(engineFor(ctx.lang).filters));
}

/** Template whitespace: no trailing spaces, at most one blank line between paragraphs. */
function tidy(text: string): string {
  return text
    .replace(/[ \t]+$/gm, '')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
