/// <reference lib="webworker" />
// Fills the template off the pane's UI thread: a template that runs for its whole time limit
// cannot freeze the pane, and the pane ends this worker when a newer text is waiting.
import { Analysis } from '../../core/analyze';
import { buildContext, renderTemplate } from '../../core/narrative';
import type { NarrativeContext, RenderResult } from '../../core/narrative';
import { referenceItems } from '../../core/messages/editor';
import { Lang } from '../../core/status';
import type { ComparisonVars } from '../../core/compare';

export type NarrativeReply = { kind: 'examples'; examples: Record<string, string> } | { kind: 'result'; id: number; result: RenderResult };

export type NarrativeRequest =
  { kind: 'analysis'; analysis: Analysis; lang: Lang; comparison?: ComparisonVars | null } | { kind: 'render'; id: number; source: string };

let context: NarrativeContext | null = null;

self.onmessage = (e: MessageEvent<NarrativeRequest>) => {
  const m = e.data;
  if (m.kind === 'analysis') {
    context = buildContext(m.analysis, m.lang, {}, m.comparison ?? null);
    // The reference list's examples, filled from this plan.
    const { variables, filters } = referenceItems(m.lang);
    const examples: Record<string, string> = {};
    for (const { code } of [...variables, ...filters]) {
      const r = renderTemplate(code, context);
      if (r.ok && r.text && r.text.length <= 120) examples[code] = r.text.replace(/\s+/g, ' ');
    }
    self.postMessage({ kind: 'examples', examples });
    return;
  }
  if (!context) return;
  self.postMessage({ kind: 'result', id: m.id, result: renderTemplate(m.source, context) });
};
