// The shape of a world-corpus truth file (test/world/truth/<slug>.json): provenance and what a person counted by hand.
import { z } from 'zod';

export const TRUTH_STATES = ['done', 'partially_done', 'in_progress', 'initiated', 'not_started', 'not_done', 'suspended', 'cancelled', 'unknown'] as const;
export type TruthState = (typeof TRUTH_STATES)[number];

const state = z.enum(TRUTH_STATES);

export const TruthRow = z.object({
  /** 1-based row number on the fixture's sheet. */
  row: z.number().int().positive(),
  id: z.string().optional(),
  /** The status as written, so a reader of the truth sees what was mapped. */
  written: z.string(),
  state,
  /** Other states a careful reader could defend for this row (the comparison accepts them too). */
  also: z.array(state).optional(),
});

export const TruthGroup = z.object({ level: z.number().int().positive(), name: z.string(), rows: z.number().int().nonnegative() });

export const TruthPeriod = z.object({
  label: z.string(),
  year: z.number().int(),
  /** Last day the report covers (ISO), when the file says it. */
  end: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .nullable(),
  evidence: z.string(),
});

export const TruthSchema = z.object({
  slug: z.string().regex(/^[a-z0-9-]+$/),
  file: z.string().regex(/\.xlsx$/),
  title: z.string(),
  institution: z.string(),
  country: z.string(),
  language: z.string(),
  source: z.object({
    repository: z.string(),
    commit: z.string().regex(/^[0-9a-f]{40}$/),
    path: z.string(),
    licence: z.string(),
    fetched: z.string(),
  }),
  conversion: z.object({ from: z.enum(['xlsx', 'csv', 'markdown', 'html']), changes: z.array(z.string()) }),
  sheet: z.string(),
  headerRows: z.array(z.number().int().positive()),
  rows: z.array(TruthRow).min(1),
  groups: z.array(TruthGroup),
  /** null: the file states no reporting period (a plan year or plan term is not one). */
  period: TruthPeriod.nullable(),
  planTerm: z.string().nullable(),
  /** What is read and what is not worth knowing before trusting a comparison. */
  notes: z.array(z.string()),
});
export type Truth = z.infer<typeof TruthSchema>;

/** Rows per state, unknown included. */
export function countStates(rows: readonly { state: TruthState }[]): Partial<Record<TruthState, number>> {
  const out: Partial<Record<TruthState, number>> = {};
  for (const r of rows) out[r.state] = (out[r.state] ?? 0) + 1;
  return out;
}
