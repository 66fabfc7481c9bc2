/**
 * The silent-wrong count: per label (a dimension, "base", "known_limits"), the layouts checked,
 * those whose reading differs from the canonical one, and those that differ while the engine
 * raises no reading finding (it is wrong without saying so).
 */
import { Finding } from '../../src/core/findings';

const READING_CODES = ['role_not_found', 'period_not_found', 'header_not_found'];

/** A finding in which the engine says its own reading may be wrong. */
export function isReadingFinding(f: Finding): boolean {
  return f.code.startsWith('reading_') || READING_CODES.includes(f.code);
}

export interface Counts {
  checked: number;
  differ: number;
  silent: number;
  /** The first layouts that differ silently (else that differ), to reproduce. */
  examples: string[];
}

export class Tally {
  readonly counts = new Map<string, Counts>();

  add(labels: string[], differ: boolean, silent: boolean, example: () => string): void {
    for (const label of labels) {
      const c = this.counts.get(label) ?? { checked: 0, differ: 0, silent: 0, examples: [] };
      c.checked++;
      if (differ) c.differ++;
      if (silent) c.silent++;
      if (differ && (silent || c.examples.length < 1) && c.examples.length < 2) c.examples.push(`${silent ? 'SILENT ' : ''}${example()}`);
      this.counts.set(label, c);
    }
  }

  get(label: string): Counts {
    return this.counts.get(label) ?? { checked: 0, differ: 0, silent: 0, examples: [] };
  }

  /** One line per label: "label  checked  differ  silent-wrong". */
  table(title: string): string {
    const lines = [...this.counts.entries()].map(
      ([k, c]) => `${k.padEnd(28)} ${String(c.checked).padStart(7)} ${String(c.differ).padStart(7)} ${String(c.silent).padStart(7)}`,
    );
    return [`${title.padEnd(28)} checked  differ  silent`, ...lines].join('\n');
  }
}
