import { Finding, FindingCode, ParamValue } from '../findings';
import { formatDate } from '../format';
import { Role } from '../roles';
import { Lang, STATES, State } from '../status';
import { Catalog, Counted, FileError, UiKey } from './catalog';
import { plural } from '../narrative/grammar';
import { periodMessageParams } from './period-params';
import { langPack } from './langs';

/** A language's catalog (see langs.ts for which languages are loaded). */
export function catalog(lang: Lang): Catalog {
  return langPack(lang).catalog;
}
export const LANGS: Lang[] = ['ro', 'en', 'ru'];

export function isLang(s: unknown): s is Lang {
  return s === 'ro' || s === 'en' || s === 'ru';
}

/**
 * The template with its {params} filled in. A value that ends a sentence itself ("2020 г.",
 * "achiziție.") takes the place of the full stop after it, so no sentence ends in "..".
 */
export function interpolate(template: string, params: Record<string, ParamValue | undefined>): string {
  return template.replace(/\{(\w+)\}(\.(?!\.))?/g, (whole, key: string, stop: string | undefined) => {
    if (params[key] === undefined || params[key] === null) return whole;
    const value = String(params[key]);
    return stop && /[.!?…]$/.test(value) ? value : value + (stop ?? '');
  });
}

export function ui(lang: Lang, key: UiKey, params: Record<string, ParamValue> = {}): string {
  return interpolate(catalog(lang).ui[key], params);
}

export function roleLabel(lang: Lang, role: Role): string {
  return catalog(lang).role[role];
}

export function stateLabel(lang: Lang, state: State | 'unknown'): string {
  return catalog(lang).state[state];
}

export function fileErrorMessage(lang: Lang, error: FileError, params: Record<string, ParamValue> = {}): string {
  return interpolate(catalog(lang).fileError[error], params);
}

/** A hint only the command line can follow ("{cli} (command line: --period){/cli}"). */
const CLI_HINT = /\{cli\}([^{]*(?:\{\w+\}[^{]*)*)\{\/cli\}/g;

/**
 * The finding's message in the user's language, its parameters shown as a person reads them. The
 * pane says the accepted deadline forms once per group, not in each finding (`accepted: false`);
 * only the command line names its options (`cli: true`).
 */
export function findingMessage(f: Finding, lang: Lang, { accepted = true, cli = false }: { accepted?: boolean; cli?: boolean } = {}): string {
  const c = catalog(lang);
  const p: Record<string, ParamValue> = { ...f.params };
  // The cell's own words ("Начато") where the finding carries them; the state's name otherwise.
  if (typeof p.status === 'string' && p.status.trim()) p.state = p.status.trim();
  else if (typeof p.state === 'string' && (STATES as readonly string[]).includes(p.state)) p.state = c.state[p.state as State];
  if (typeof p.role === 'string' && p.role in c.role) {
    p.key = p.role;
    p.role = c.role[p.role as Role];
  }
  if (typeof p.due === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(p.due)) p.due = formatDate(p.due, lang);
  for (const k of ['from', 'to', 'previousDue', 'state'])
    if (typeof p[k] === 'string' && (p[k] === 'unknown' || (STATES as readonly string[]).includes(p[k] as string))) p[k] = c.state[p[k] as State];
    else if (typeof p[k] === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(p[k] as string)) p[k] = formatDate(p[k] as string, lang);
  if (f.code === 'postponed') p.delay = plural(Number(p.months), lang, c.nouns.month);
  if (f.code === 'dropped' && p.id === undefined) p.id = f.rowId ?? '';
  if (f.code === 'reading_sheet_not_read' && typeof p.reason === 'string') p.why = c.ui[`sheet_why_${String(p.reason)}` as UiKey] ?? String(p.reason);
  if (f.code === 'reading_same_error' && typeof p.code === 'string') p.error = langPack(lang).groups[p.code as FindingCode]?.[0] ?? String(p.code);
  if (f.code === 'invalid_deadline') {
    p.reason = c.deadlineReason[p.reason as keyof Catalog['deadlineReason']] ?? String(p.reason);
    p.accepted = accepted ? c.ui.accepted_deadlines : '';
  }
  if (f.code === 'reading_period_fallback' || f.code === 'reading_period_mismatch') Object.assign(p, periodMessageParams(f.params, lang, c));
  const message = interpolate(c.finding[f.code].replace(CLI_HINT, cli ? '$1' : ''), p).trim();
  // A state read from a phrase outside the vocabulary that the text beside it contradicts: not proposed, and why.
  return f.code === 'status_inferred' && typeof p.disagrees === 'string' ? message + interpolate(c.ui.inferred_disagrees, p) : message;
}

/** "29 de acțiuni, 0 erori, 3 avertismente": each count with its noun in the right form. */
export function counts(lang: Lang, items: [Counted, number][], separator = ', '): string {
  return items.map(([noun, n]) => plural(n, lang, catalog(lang).nouns[noun])).join(separator);
}
