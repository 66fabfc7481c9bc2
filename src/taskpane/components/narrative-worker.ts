/// <reference lib="webworker" />
// Fills the template off the pane's UI thread: a template that runs for its whole time limit
// cannot freeze the pane, and the pane ends this worker when a newer text is waiting.
import { Analysis } from '../../core/analyze';
import { buildContext, renderTemplate } from '../../core/narrative';
import type { NarrativeContext } from '../../core/narrative';
import { Lang } from '../../core/status';

export type NarrativeRequest = { kind: 'analysis'; analysis: Analysis; lang: Lang } | { kind: 'render'; id: number; source: string };

let context: NarrativeContext | null = null;

self.onmessage = (e: MessageEvent<NarrativeRequest>) => {
  const m = e.data;
  if (m.kind === 'analysis') {
    context = buildContext(m.analysis, m.lang);
    return;
  }
  if (!context) return;
  self.postMessage({ id: m.id, result: renderTemplate(m.source, context) });
};
