/**
 * The dimensions of issue 19 the generator draws, each switchable on its own: a layout has each
 * dimension off (absent) or set to one of its values, and its signature records them.
 */
import { Rng } from './rng';

export const DIMENSIONS = {
  /** A second header row anywhere: a split column's sub-headers, a units row, a numbering row, an upper cell over any two columns. */
  header2: ['deadline_split', 'units_row', 'numbering_row', 'upper_anywhere'],
  /** Rows under the table that are not actions. */
  notes: ['signatures', 'executor', 'legend', 'footnotes'],
  /** Derived rows: a grand total, a subtotal per objective, a Russian "Итого" count. */
  totals: ['total', 'subtotals', 'itogo'],
  /** One sheet per objective after a cover sheet holding the title and the period. */
  sheets: ['per_objective'],
  /** An optional column absent: the expected reading drops what is absent. */
  missing: ['deadline', 'id', 'responsible'],
  /** The period in the new wordings, or with decoy dates around it. */
  period: ['months', 'month_range', 'ordinal', 'roman', 'as_at', 'decoys'],
  /** Deadlines in composed wordings, limits, recurrences, month-only date cells. */
  deadlines: ['composed', 'limits', 'recurrence', 'month_cell'],
  /** Group levels by words ("Outcome", "Direcția de acțiune", "Задача") or "1." headings merged across. */
  levels: ['words', 'dot_headings'],
  /** Ids leading the action text in other forms: "1.2 - …", "1.2) …", "Action 1.2: …". */
  idforms: ['dash', 'paren', 'word'],
  /** Tracker status vocabularies: plain words, RAG colours and delays, percentages. */
  statuses: ['tracker', 'rag', 'percent', 'percent_between'],
} as const;

export type Dimension = keyof typeof DIMENSIONS;
export type Dims = { -readonly [D in Dimension]?: (typeof DIMENSIONS)[D][number] };
export const DIMENSION_NAMES = Object.keys(DIMENSIONS) as Dimension[];

/** Every "dimension:value" pair, in a fixed order: solo runs cycle through them. */
export const DIMENSION_VALUES: [Dimension, string][] = DIMENSION_NAMES.flatMap((d) => DIMENSIONS[d].map((v) => [d, v] as [Dimension, string]));

/** Which of issue 19's dimensions a run draws: none (the old layouts), one (measured alone), or a mix. */
export type DrawMode = { kind: 'base' } | { kind: 'solo'; dim: Dimension; value: string } | { kind: 'mixed'; p: number; only?: Dimension[] };

export function drawDims(rng: Rng, mode: DrawMode): Dims {
  const dims: Dims = {};
  const set = (d: Dimension, v: string) => ((dims as Record<string, string>)[d] = v);
  if (mode.kind === 'solo') set(mode.dim, mode.value);
  if (mode.kind === 'mixed') for (const d of mode.only ?? DIMENSION_NAMES) if (rng.bool(mode.p)) set(d, rng.pick(DIMENSIONS[d]));
  return dims;
}

/** The labels a layout is counted under: each dimension on, and each "dimension:value". */
export function dimLabels(dims: Dims): string[] {
  return DIMENSION_NAMES.filter((d) => dims[d] !== undefined).flatMap((d) => [d, `${d}:${dims[d]}`]);
}
