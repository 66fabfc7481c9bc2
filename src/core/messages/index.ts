import { Finding, ParamValue } from '../findings';
import type { TemplateIssue } from '../narrative/template';
import { explainIssue } from '../narrative/explain';
import { formatDate } from '../format';
import { Role } from '../roles';
import { Lang, STATES, State } from '../status';
import { Catalog, Counted, FileError, UiKey } from './catalog';
import { plural } from '../narrative/grammar';
import { en } from './en';
import { ro } from './ro';
import { ru } from './ru';

export const CATALOGS: Record<Lang, Catalog> = { ro, en, ru };
export const LANGS: Lang[] = ['ro', 'en', 'ru'];

export function isLang(s: unknown): s is Lang {
  return s === 'ro' || s === 'en' || s === 'ru';
}

export function interpolate(template: string, params: Record<string, ParamValue | undefined>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (params[key] === undefined || params[key] === null ? whole : String(params[key])));
}

export function ui(lang: Lang, key: UiKey, params: Record<string, ParamValue> = {}): string {
  return interpolate(CATALOGS[lang].ui[key], params);
}

export function roleLabel(lang: Lang, role: Role): string {
  return CATALOGS[lang].role[role];
}

export function stateLabel(lang: Lang, state: State | 'unknown'): string {
  return CATALOGS[lang].state[state];
}

export function fileErrorMessage(lang: Lang, error: FileError, params: Record<string, ParamValue> = {}): string {
  return interpolate(CATALOGS[lang].fileError[error], params);
}

/** The finding's message in the user's language, its parameters shown as a person reads them. */
export function findingMessage(f: Finding, lang: Lang): string {
  const c = CATALOGS[lang];
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
  if (f.code === 'invalid_deadline') {
    p.reason = c.deadlineReason[p.reason as keyof Catalog['deadlineReason']] ?? String(p.reason);
    p.accepted = c.ui.accepted_deadlines;
  }
  return interpolate(c.finding[f.code], p);
}

/** What is wrong, without its place: "there is no variable "t.rws"; did you mean "t.rows"?". */
export function templateCauseMessage(issue: TemplateIssue, lang: Lang): string {
  const c = CATALOGS[lang];
  const { cause, params } = explainIssue(issue);
  // A kind of issue this explanation does not know yet keeps the message of its code.
  const own = cause === 'error' && issue.code !== 'template_error';
  const message = own ? interpolate(c.template[issue.code], issue.params) : interpolate(c.templateCause[cause], params);
  return issue.params.suggestion !== undefined ? message + interpolate(c.ui.did_you_mean, { suggestion: issue.params.suggestion }) : message;
}

/** "The template has an error at line 3, column 7: there is no variable "totl"". */
export function templateIssueMessage(issue: TemplateIssue, lang: Lang): string {
  return interpolate(CATALOGS[lang].ui.template_issue, { line: issue.line, column: issue.column, message: templateCauseMessage(issue, lang) });
}

/** "29 de acțiuni, 0 erori, 3 avertismente": each count with its noun in the right form. */
export function counts(lang: Lang, items: [Counted, number][], separator = ', '): string {
  return items.map(([noun, n]) => plural(n, lang, CATALOGS[lang].nouns[noun])).join(separator);
}
