import { z } from 'zod';
import { ROLES } from '../core/roles';
import { STATES } from '../core/status';

/** Settings kept in the workbook, so a colleague opening it gets the same. Versioned. */
export const SETTINGS_VERSION = 1;

export const SettingsSchema = z.object({
  version: z.literal(SETTINGS_VERSION),
  sheet: z.string().max(31).nullable().default(null),
  headerRow: z.number().int().min(1).max(1_048_576).nullable().default(null),
  columns: z.partialRecord(z.enum(ROLES), z.string().regex(/^[A-Z]{1,3}$/)).default({}),
  period: z.string().max(20).nullable().default(null),
  planYear: z.number().int().min(1990).max(2100).nullable().default(null),
  allowedStates: z.array(z.enum(STATES)).default([...STATES]),
  template: z.string().max(200_000).nullable().default(null),
  lang: z.enum(['ro', 'en', 'ru']).nullable().default(null),
  /** Ids of the sheets the add-in wrote, so regenerating replaces only them. */
  ownedSheets: z.array(z.string()).default([]),
});

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
  }
  const parsed = SettingsSchema.safeParse(value);
  if (parsed.success) return { settings: parsed.data, notice: null };
  // Keep what is valid field by field, so one bad value does not lose the rest.
  if (typeof value === 'object' && value !== null && (value as { version?: unknown }).version === SETTINGS_VERSION) {
    const kept: Record<string, unknown> = { version: SETTINGS_VERSION };
    for (const [key, field] of Object.entries(SettingsSchema.shape)) {
      if (key === 'version') continue;
      const r = (field as z.ZodType).safeParse((value as Record<string, unknown>)[key]);
      if (r.success) kept[key] = r.data;
    }
    return { settings: SettingsSchema.parse(kept), notice: 'settings_reset' };
  }
  return { settings: defaultSettings(), notice: 'settings_reset' };
}
