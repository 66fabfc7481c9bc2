import type { UnitVars } from './context';

/** The units already named in full, per render (keyed by liquidjs's render context). */
const named = new WeakMap<object, Set<string>>();

/**
 * Responsible units written one way. "first" (default): the full name with the code on first
 * mention in the text, "Direcția implementare proiecte (DIP)", the code after; "code": codes only;
 * "name": full names only. A unit with no code in the abbreviations list is written as it is.
 */
export function writeUnits(renderKey: object, units: unknown, style: unknown = 'first'): string {
  if (!Array.isArray(units)) return String(units ?? '');
  let seen = named.get(renderKey);
  if (!seen) named.set(renderKey, (seen = new Set()));
  return units
    .filter((u): u is UnitVars => typeof u === 'object' && u !== null && typeof (u as UnitVars).code === 'string')
    .map(({ code, name }) => {
      if (name === code || style === 'code') return code;
      if (style === 'name') return name;
      if (seen.has(code)) return code;
      seen.add(code);
      return `${name} (${code})`;
    })
    .join(', ');
}
