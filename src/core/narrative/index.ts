import { Analysis } from '../analyze';
import type { ComparisonVars } from '../compare/narrative-vars';
import { Lang } from '../status';
import { ContextOptions, buildContext } from './context';
import { RenderResult, renderTemplate } from './template';
import { DEFAULT_TEMPLATES } from './templates';

export { buildContext } from './context';
export type { ContextOptions, NarrativeContext } from './context';
export { checkTemplate, renderTemplate, TEMPLATE_ISSUES } from './template';
export type { RenderResult, TemplateIssue, TemplateIssueCode } from './template';
export { DEFAULT_TEMPLATES } from './templates';

/** The narrative of an analysed plan, from the given template or the language's default. */
export function writeNarrative(
  a: Analysis,
  lang: Lang,
  template?: string,
  options: ContextOptions = {},
  comparison: ComparisonVars | null = null,
): RenderResult {
  return renderTemplate(template ?? DEFAULT_TEMPLATES[lang], buildContext(a, lang, options, comparison));
}
