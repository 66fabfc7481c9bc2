import type { TemplateIssue } from './template';

/** What went wrong in a template, as an officer is told it (each has a message per language). */
export const TEMPLATE_CAUSES = [
  'unknown_variable',
  'unknown_filter',
  'forbidden',
  'unclosed_tag',
  'unclosed_output',
  'stray_end_tag',
  'unknown_tag',
  'no_files',
  'filter_arguments',
  'limit_time',
  'limit_size',
  'limit_output',
  'limit_memory',
  'limit',
  'syntax',
  'error',
] as const;
export type TemplateCause = (typeof TEMPLATE_CAUSES)[number];

export interface ExplainedIssue {
  cause: TemplateCause;
  params: Record<string, string | number>;
}

/** Reads the cause from an issue's code and the template engine's own (English) detail. */
export function explainIssue(issue: TemplateIssue): ExplainedIssue {
  const p = issue.params;
  const detail = String(p.detail ?? '');
  switch (issue.code) {
    case 'template_unknown_variable':
      return { cause: 'unknown_variable', params: p };
    case 'template_unknown_filter':
      return { cause: 'unknown_filter', params: p };
    case 'template_forbidden':
      return { cause: 'forbidden', params: p };
    case 'template_limit':
      if (/render limit|time/i.test(detail)) return { cause: 'limit_time', params: {} };
      if (/output/i.test(detail)) return { cause: 'limit_output', params: {} };
      if (/memory/i.test(detail)) return { cause: 'limit_memory', params: {} };
      if (/parse limit|characters/i.test(detail)) return { cause: 'limit_size', params: {} };
      return { cause: 'limit', params: {} };
    default:
      break;
  }
  let m = /^tag (\{%.*%\}) not closed/.exec(detail);
  if (m) return { cause: 'unclosed_tag', params: { tag: m[1], end: `{% end${/^\{%-?\s*(\w+)/.exec(m[1])?.[1] ?? ''} %}` } };
  m = /^output "(.*)" not closed/s.exec(detail);
  if (m) return { cause: 'unclosed_output', params: { text: m[1].trim() } };
  m = /^tag "(\w+)" not found/.exec(detail);
  if (m) return { cause: m[1].startsWith('end') ? 'stray_end_tag' : 'unknown_tag', params: { name: m[1] } };
  if (/ENOENT|Failed to lookup/.test(detail)) return { cause: 'no_files', params: {} };
  m = /^(\w+) expect (\d+) arguments?/.exec(detail);
  if (m) return { cause: 'filter_arguments', params: { name: m[1] } };
  return { cause: issue.code === 'template_syntax' ? 'syntax' : 'error', params: { detail } };
}

/** Edits between two words: insertions, deletions, substitutions and swaps of neighbours. */
function distance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++)
    for (let j = 1; j <= b.length; j++) {
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
    }
  return d[a.length][b.length];
}

/** The known name closest to a mistyped one, if it is close enough to be what was meant. */
export function closest(name: string, known: Iterable<string>): string | null {
  let best: string | null = null;
  let bestDistance = Infinity;
  for (const k of known) {
    const d = distance(name.toLowerCase(), k.toLowerCase());
    if (d < bestDistance) [best, bestDistance] = [k, d];
  }
  return best !== null && bestDistance > 0 && bestDistance <= Math.max(1, Math.floor(name.length / 3)) ? best : null;
}

/** Every property name that occurs in the data a template sees (arrays through their first item). */
export function knownNames(data: unknown, into = new Set<string>(), depth = 0): Set<string> {
  if (depth > 4 || data === null || typeof data !== 'object') return into;
  if (Array.isArray(data)) return data.length ? knownNames(data[0], into, depth + 1) : into;
  for (const [k, v] of Object.entries(data)) {
    into.add(k);
    knownNames(v, into, depth + 1);
  }
  return into;
}

const LOOP_NAMES = ['forloop', 'size', 'first', 'last', 'index', 'index0', 'length'];

/**
 * Adds a "did you mean" to unknown variables and filters: "t.rws" -> "t.rows", "plurl" -> "plural".
 * Each part of a variable is matched against every name in the data, so loop and assigned
 * variables ("a.titel" -> "a.title") are helped too.
 */
export function withSuggestions(issues: TemplateIssue[], data: unknown, filters: string[]): TemplateIssue[] {
  const names = knownNames(data);
  for (const n of LOOP_NAMES) names.add(n);
  return issues.map((issue) => {
    const name = String(issue.params.name ?? '');
    if (issue.code === 'template_unknown_variable' && name) {
      // Each part the data does not know is replaced by the closest name it does ("totl.rows" -> "total.rows").
      let changed = false;
      const parts = name.split('.').map((part) => {
        if (names.has(part)) return part;
        const fix = closest(part, names);
        if (fix) changed = true;
        return fix ?? part;
      });
      return changed ? { ...issue, params: { ...issue.params, suggestion: parts.join('.') } } : issue;
    }
    if (issue.code === 'template_unknown_filter' && name) {
      const fix = closest(name, filters);
      return fix ? { ...issue, params: { ...issue.params, suggestion: fix } } : issue;
    }
    return issue;
  });
}
