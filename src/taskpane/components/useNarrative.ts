import { useEffect, useRef, useState } from 'react';
import { Analysis } from '../../core/analyze';
import { RenderResult, buildContext, renderTemplate } from '../../core/narrative';
import { Lang } from '../../core/status';
import type { NarrativeRequest } from './narrative-worker';

/** Quiet time after the last keystroke before the template is filled again. */
export const DEBOUNCE_MS = 300;

export interface NarrativeState {
  /** The latest result (null before the first); it is for `source` unless `pending`. */
  result: RenderResult | null;
  /** A newer text is waiting or being filled. */
  pending: boolean;
}

const spawn = () => new Worker(new URL('./narrative-worker.ts', import.meta.url), { name: 'narrative' });

/**
 * The template filled from the analysis, debounced and in a Web Worker. A render still running
 * when a newer text arrives (a template looping to its time limit) is ended with its worker.
 */
export function useNarrative(analysis: Analysis | null, lang: Lang, source: string): NarrativeState {
  const [state, setState] = useState<NarrativeState>({ result: null, pending: true });
  const worker = useRef<Worker | null>(null);
  const busy = useRef(false);
  const nextId = useRef(0);

  const start = (): Worker | null => {
    if (!analysis || typeof Worker === 'undefined') return null;
    const w = spawn();
    w.postMessage({ kind: 'analysis', analysis, lang } satisfies NarrativeRequest);
    w.onmessage = (e: MessageEvent<{ id: number; result: RenderResult }>) => {
      if (e.data.id !== nextId.current) return;
      busy.current = false;
      setState({ result: e.data.result, pending: false });
    };
    return w;
  };

  useEffect(() => {
    worker.current?.terminate();
    worker.current = start();
    busy.current = false;
    return () => worker.current?.terminate();
    // The worker holds this analysis and language; a new one replaces it.
  }, [analysis, lang]);

  useEffect(() => {
    if (!analysis) return;
    const id = ++nextId.current;
    setState((s) => ({ ...s, pending: true }));
    const timer = setTimeout(() => {
      if (typeof Worker === 'undefined') {
        setState({ result: renderTemplate(source, buildContext(analysis, lang)), pending: false });
        return;
      }
      if (busy.current) {
        worker.current?.terminate();
        worker.current = start();
      }
      busy.current = true;
      worker.current?.postMessage({ kind: 'render', id, source } satisfies NarrativeRequest);
    }, DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [analysis, lang, source]);

  return state;
}
