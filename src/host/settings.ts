import * as z from 'zod/mini';
import { ROLES } from '../core/roles';
import { STATES } from '../core/status';
import { PreviousSettingSchema } from './previous-setting';

/** Settings kept in the workbook, so a colleague opening it gets the same. Versioned. */
export const SETTINGS_VERSION = 1;
/** The name the settings are stored under in the workbook's add-in settings (Office.context.document.settings). */
export const SETTINGS_KEY = 'actionPlanReport';

// zod/mini: the same checks as zod, a fraction of its weight in the task pane's first load.
const nullableDefault = <T extends z.ZodMiniType>(schema: T) => z._default(z.nullable(schema), null);

const FIELDS = {
  sheet: nullableDefault(z.string().check(z.maxLength(31))),
  /** The plan's sheets, when the officer chose several (a plan kept over several sheets); empty: detected (or `sheet`). */
  sheets: z._default(z.array(z.string().check(z.maxLength(31))).check(z.maxLength(255)), []),
  headerRow: nullableDefault(z.number().check(z.int(), z.minimum(1), z.maximum(1_048_576))),
  columns: z._default(z.partialRecord(z.enum(ROLES), z.string().check(z.regex(/^[A-Z]{1,3}$/))), {}),
  period: nullableDefault(z.string().check(z.maxLength(20))),
  planYear: nullableDefault(z.number().check(z.int(), z.minimum(1990), z.maximum(2100))),
  allowedStates: z._default(z.array(z.enum(STATES)), [...STATES]),
  template: nullableDefault(z.string().check(z.maxLength(200_000))),
  lang: nullableDefault(z.enum(['ro', 'en', 'ru'])),
  reportLang: nullableDefault(z.enum(['ro', 'en', 'ru'])), // the report's language; null: the workbook's
  /** The workbook's own language for statuses and fixes; null: detected from its headers. */
  sheetLang: nullableDefault(z.enum(['ro', 'en', 'ru'])),
  /** Ids of the sheets the add-in wrote: the standalone host's record; in Excel, only read to find the sheets earlier versions wrote (workbook names mark them now). */
  ownedSheets: z._default(z.array(z.string()), []),
  /** The previous period's report kept with the workbook: the report (pane and ribbon) compares with it. */
  previous: nullableDefault(PreviousSettingSchema),
};

export const SettingsSchema = z.object({ version: z.literal(SETTINGS_VERSION), ...FIELDS });

export type Settings = z.infer<typeof SettingsSchema>;

export function defaultSettings(): Settings {
  return SettingsSchema.parse({ version: SETTINGS_VERSION });
}

/**
 * Reads stored settings. Unknown or broken settings fall back to the defaults with a notice:
 * never an exception. Fields a later version added are ignored; fields it removed get defaults.
 */
export function readSettings(raw: unknown): { settings: Settings; notice: 'settings_reset' | null } {
  if (raw === undefined || raw === null) return { settings: defaultSettings(), notice: null };
  let value = raw;
  if (typeof raw === 'string') {
    try {
      value = JSON.parse(raw);
    } catch {
      return { settings: defaultSettings(), notice: 'settings_reset' };
    }
    if (value === null) return { settings: defaultSettings(), notice: null };
  }
  const parsed = SettingsSchema.safeParse(value);
  if (parsed.success) return { settings: parsed.data, notice: null };
  // Keep what is valid field by field, so one bad value does not lose the rest.
  if (typeof value === 'object' && value !== null && (value as { version?: unknown }).version === SETTINGS_VERSION) {
    const kept: Record<string, unknown> = { version: SETTINGS_VERSION };
    for (const [key, field] of Object.entries(FIELDS)) {
      const r = field.safeParse((value as Record<string, unknown>)[key]);
      if (r.success) kept[key] = r.data;
    }
    return { settings: SettingsSchema.parse(kept), notice: 'settings_reset' };
  }
  return { settings: defaultSettings(), notice: 'settings_reset' };
}
