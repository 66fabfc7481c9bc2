import type { z } from 'zod';
import type { ComparisonSchema } from '../schema';
import { Comparison } from './changes';

/** The comparison as --json prints it (the schema's shape). */
export function toComparisonJson(previousFile: string, c: Comparison): z.infer<typeof ComparisonSchema> {
  return {
    previousFile,
    matched: c.rows.length,
    rows: c.rows.map((r) => ({
      id: r.current.id,
      previousId: r.previous.id,
      match: r.by,
      fromState: r.fromState,
      toState: r.toState,
      fromDue: r.fromDue,
      toDue: r.toDue,
      descriptionUnchanged: r.descriptionUnchanged,
    })),
    new: c.added.map((r) => r.id),
    dropped: c.dropped.map((r) => r.id),
    objectives: c.objectives.map((o) => ({ key: o.key, completionBefore: o.completionBefore, completionNow: o.completionNow })),
  };
}
