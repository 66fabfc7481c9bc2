import type { RenderResult } from '../core/narrative';

/** The ways the report leaves the pane: the Word file, the report copied for Word, the narrative copied, the sheets. */
export type ReportAction = 'insert' | 'docx' | 'copy_report' | 'copy';

/** The officer's answer to the check before submission, for one analysis. */
export interface CheckAnswer {
  analysis: unknown;
  /** The actions the officer chose to go ahead with. */
  actions: ReadonlySet<ReportAction>;
  appendix: boolean;
}

/** Every path to the document asks the check while errors are open: each action once per analysis. */
export function mustAsk(errorsOpen: number, answer: CheckAnswer | null, analysis: unknown, action: ReportAction): boolean {
  return errorsOpen > 0 && (!answer || answer.analysis !== analysis || !answer.actions.has(action));
}

/** The answer after the officer chose "generate anyway" for this action. */
export function answerWith(answer: CheckAnswer | null, analysis: unknown, action: ReportAction, appendix: boolean): CheckAnswer {
  const earlier = answer && answer.analysis === analysis ? answer.actions : [];
  return { analysis, actions: new Set([...earlier, action]), appendix };
}

/**
 * The narrative the actions send out: the edited template's while it renders; while it has an
 * error, the last saved template's (as the pane says), and the default's if that fails too.
 * Null while nothing is rendered yet.
 */
export function outgoingNarrative(edited: RenderResult | null, renderSaved: () => RenderResult, renderDefault: () => RenderResult): string | null {
  if (!edited) return null;
  if (edited.ok) return edited.text;
  const saved = renderSaved();
  if (saved.ok) return saved.text;
  const fallback = renderDefault();
  return fallback.ok ? fallback.text : null;
}
