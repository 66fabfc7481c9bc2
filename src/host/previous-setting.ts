import * as z from 'zod/mini';
import { MAX_STORED_CHARS, MAX_STORED_ROWS, StoredPrevious } from '../core/compare/stored';
import { STATES } from '../core/status';

/** Excel's limit on a cell's text: no stored text is longer than a cell could hold. */
const CELL_TEXT = 32_767;
const text = z.string().check(z.maxLength(CELL_TEXT));
/** An id as long as a heading's whole text may be read as one ("1.2 (modificat prin …)"). */
const ID = 400;
const isoDate = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/));

const StoredRowSchema = z.object({
  id: z.nullable(z.string().check(z.maxLength(ID))),
  objective: z.nullable(z.number().check(z.int(), z.minimum(0))),
  action: text,
  state: z.nullable(z.enum(STATES)),
  deadline: z.nullable(isoDate),
  due: z.nullable(isoDate),
  overdue: z.boolean(),
  description: text,
  cell: z.string().check(z.regex(/^[A-Z]{1,3}\d{1,7}$/)),
});

/**
 * The previous report kept with the workbook (the Compare view's "Keep with this workbook"): its
 * plan rows as the comparison reads them, its file name and period. Bounded in rows and in size
 * (MAX_STORED_CHARS, within what Office keeps in document settings).
 */
export const PreviousSettingSchema = z
  .object({
    version: z.literal(1),
    file: z.string().check(z.maxLength(255)),
    sheet: z.string().check(z.maxLength(31)),
    period: z.nullable(
      z.object({
        kind: z.enum(['semester', 'quarter', 'year', 'months']),
        n: z.number().check(z.int(), z.minimum(1), z.maximum(12)),
        year: z.number().check(z.int(), z.minimum(1990), z.maximum(2100)),
      }),
    ),
    objectives: z.array(z.object({ key: z.string().check(z.maxLength(200)), title: text })).check(z.maxLength(MAX_STORED_ROWS)),
    rows: z.array(StoredRowSchema).check(z.maxLength(MAX_STORED_ROWS)),
    overrides: z._default(z.record(z.string().check(z.maxLength(ID)), z.nullable(z.string().check(z.maxLength(ID)))), {}),
  })
  .check(z.refine((v) => JSON.stringify(v).length <= MAX_STORED_CHARS + 20 && v.rows.every((r) => r.objective === null || r.objective < v.objectives.length)));

export type PreviousSetting = z.infer<typeof PreviousSettingSchema>;

export const toSetting = (s: StoredPrevious): PreviousSetting => ({ version: 1, ...s });

/** Whether the setting will read back: checked before it is saved, so a kept report is never dropped on the next open. */
export const readsBack = (s: PreviousSetting): boolean => PreviousSettingSchema.safeParse(s).success;
export function fromSetting(s: PreviousSetting): StoredPrevious {
  const { file, sheet, period, objectives, rows, overrides } = s;
  return { file, sheet, period, objectives, rows, overrides };
}
