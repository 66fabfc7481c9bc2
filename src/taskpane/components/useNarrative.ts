import { useEffect, useRef, useState } from 'react';
import { Analysis } from '../../core/analyze';
import { RenderResult, buildContext, renderTemplate } from '../../core/narrative';
import { Lang } from '../../core/status';
import type { ComparisonVars } from '../../core/compare';
import type { NarrativeReply, NarrativeRequest } from './narrative-worker';

/** Quiet time after the last keystroke before the template is filled again. */
export const DEBOUNCE_MS = 300;

export interface NarrativeState {
  /** The latest result (null before the first); it is for `source` unless `pending`. */
  result: RenderResult | null;
  /** A newer text is waiting or being filled. */
  pending: boolean;
  /** The reference list's examples, filled from this plan (code -> text). */
  examples: Record<string, string>;
}

/** The last text filled, so that the Report tab, opened again, shows it at once rather than waiting. */
let last: { analysis: Analysis; comparison: ComparisonVars | null; lang: Lang; source: string; result: RenderResult; examples: Record<string, string> } | null =
  null;
const lastFor = (analysis: Analysis | null, lang: Lang, source: string, comparison: ComparisonVars | null) =>
  last && last.analysis === analysis && last.comparison === comparison && last.lang === lang && last.source === source ? last : null;

const spawn = () => new Worker(new URL('./narrative-worker.ts', import.meta.url), { name: 'narrative' });

/**
 * The template filled from the analysis, debounced and in a Web Worker. A render still running
 * when a newer text arrives (a template looping to its time limit) is ended with its worker.
 */
export function useNarrative(analysis: Analysis | null, lang: Lang, source: string, comparison: ComparisonVars | null = null): NarrativeState {
  const [state, setState] = useState<Omit<NarrativeState, 'examples'>>(() => {
    const known = lastFor(analysis, lang, source, comparison);
    return { result: known?.result ?? null, pending: !known };
  });
  const [examples, setExamples] = useState<Record<string, string>>(() => lastFor(analysis, lang, source, comparison)?.examples ?? {});
  const latest = useRef({ examples, sources: new Map<number, string>() });
  const worker = useRef<Worker | null>(null);
  const busy = useRef(false);
  const nextId = useRef(0);

  const start = (): Worker | null => {
    if (!analysis || typeof Worker === 'undefined') return null;
    const w = spawn();
    w.postMessage({ kind: 'analysis', analysis, lang, comparison } satisfies NarrativeRequest);
    w.onmessage = (e: MessageEvent<NarrativeReply>) => {
      const reply = e.data;
      if (reply.kind === 'examples') {
        latest.current.examples = reply.examples;
        setExamples(reply.examples);
        return;
      }
      if (reply.id !== nextId.current) return;
      busy.current = false;
      const replied = latest.current.sources.get(reply.id) ?? '';
      last = { analysis: analysis!, comparison, lang, source: replied, result: reply.result, examples: latest.current.examples };
      setState({ result: reply.result, pending: false });
    };
    return w;
  };

  const startRef = useRef(start);
  useEffect(() => {
    startRef.current = start;
  });

  useEffect(() => {
    worker.current?.terminate();
    worker.current = startRef.current();
    busy.current = false;
    return () => worker.current?.terminate();
    // The worker holds this analysis and language; a new one replaces it.
  }, [analysis, lang, comparison]);

  useEffect(() => {
    if (!analysis) return;
    const id = ++nextId.current;
    const known = lastFor(analysis, lang, source, comparison);
    if (known) {
      setState({ result: known.result, pending: false });
      return;
    }
    latest.current.sources.clear();
    latest.current.sources.set(id, source);
    setState((s) => ({ ...s, pending: true }));
    const timer = setTimeout(() => {
      if (typeof Worker === 'undefined') {
        setState({ result: renderTemplate(source, buildContext(analysis, lang, {}, comparison)), pending: false });
        return;
      }
      if (busy.current) {
        worker.current?.terminate();
        worker.current = startRef.current();
      }
      busy.current = true;
      worker.current?.postMessage({ kind: 'render', id, source } satisfies NarrativeRequest);
    }, DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [analysis, lang, source, comparison]);

  return { ...state, examples };
}
