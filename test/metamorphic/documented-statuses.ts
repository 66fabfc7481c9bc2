/**
 * docs/statuses.md's table, read as the documented design: which status phrases are certain
 * (counted) and which inferred (not counted; `status_inferred` proposes the state). The status
 * table test checks the engine against it; the layout generator takes its expectations from it.
 */
import { readFileSync } from 'fs';
import { join } from 'path';
import { State } from '../../src/core/status';
import { fold } from '../../src/core/text';

export interface DocumentedRow {
  state: State;
  certain: boolean;
  ro: string;
  ru: string;
  en: string;
  reason: string;
}

/** One row per state, reading and reason, with the phrases in ro, ru, en. */
export const DOCUMENTED_ROWS: DocumentedRow[] = readFileSync(join(__dirname, '..', '..', 'docs', 'statuses.md'), 'utf8')
  .split('\n')
  .filter((l) => /^\| [a-z_]+ \| (certain|inferred) \|/.test(l))
  .map((l) => {
    const [state, reading, ro, ru, en, reason] = l
      .split('|')
      .slice(1, -1)
      .map((c) => c.trim());
    return { state: state as State, certain: reading === 'certain', ro, ru, en, reason };
  });

/** "realizat*" is realizat, realizată, realizate, realizați; "realizat* parțial" the same before "parțial". */
export function expandForms(cell: string): string[] {
  return cell
    .split(', ')
    .filter((f) => f && f !== '—')
    .flatMap((f) => (f.includes('*') ? ['', 'a', 'e', 'i'].map((end) => f.replace('*', end)) : [f]));
}

/** The table's "1%…99%": a share done, standing for every percentage between. */
export const isPercentRange = (form: string): boolean => /^1%…99%$/.test(form);

const BY_PHRASE = new Map<string, { state: State; certain: boolean }>(
  DOCUMENTED_ROWS.flatMap((r) =>
    (['ro', 'ru', 'en'] as const).flatMap((lang) => expandForms(r[lang]).map((f) => [fold(f), { state: r.state, certain: r.certain }] as const)),
  ),
);

/** How the table says a whole status cell reads; null when the table does not hold the phrase. */
export function documentedReading(phrase: string): { state: State; certain: boolean } | null {
  const percent = /^(\d{1,3}(?:[.,]\d+)?)\s*%$/.exec(phrase.trim());
  if (percent) {
    const value = Number(percent[1].replace(',', '.'));
    const form = value === 100 ? '100%' : value === 0 ? '0%' : value > 0 && value < 100 ? '1%…99%' : null;
    return form ? (BY_PHRASE.get(form) ?? null) : null;
  }
  return BY_PHRASE.get(fold(phrase).replace(/[.!]+$/, '')) ?? null;
}
