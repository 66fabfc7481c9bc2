import type { TemplateIssue } from '../narrative/template';
import { explainIssue } from '../narrative/explain';
import type { Lang } from '../status';
import { catalog, interpolate } from './index';

/** What is wrong, without its place: "there is no variable "t.rws"; did you mean "t.rows"?". */
export function templateCauseMessage(issue: TemplateIssue, lang: Lang): string {
  const c = catalog(lang);
  const { cause, params } = explainIssue(issue);
  // A kind of issue this explanation does not know yet keeps the message of its code.
  const own = cause === 'error' && issue.code !== 'template_error';
  const message = own ? interpolate(c.template[issue.code], issue.params) : interpolate(c.templateCause[cause], params);
  return issue.params.suggestion !== undefined ? message + interpolate(c.ui.did_you_mean, { suggestion: issue.params.suggestion }) : message;
}

/** "The template has an error at line 3, column 7: there is no variable "totl"". */
export function templateIssueMessage(issue: TemplateIssue, lang: Lang): string {
  return interpolate(catalog(lang).ui.template_issue, { line: issue.line, column: issue.column, message: templateCauseMessage(issue, lang) });
}
