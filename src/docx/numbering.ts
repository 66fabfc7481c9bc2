import { SaxesParser } from 'saxes';

/**
 * Automatic list numbering (ECMA-376 Part 1, §17.9): the numbers Word draws before paragraphs of a
 * numbered list are not in the text, yet an "Nr." column often holds nothing else. w:num instances
 * refer to a w:abstractNum whose w:lvl give the start, format and text ("%1.%2.") of each level.
 */
interface Level {
  start: number;
  format: string;
  text: string;
}

interface Definitions {
  abstracts: Map<string, Map<number, Level>>;
  nums: Map<string, { abstractId: string; starts: Map<number, number> }>;
}

const W_MAIN = new Set(['http://schemas.openxmlformats.org/wordprocessingml/2006/main', 'http://purl.oclc.org/ooxml/wordprocessingml/main']);

export function parseNumbering(xml: string): Definitions {
  const defs: Definitions = { abstracts: new Map(), nums: new Map() };
  const parser = new SaxesParser({ xmlns: true });
  let abstract: Map<number, Level> | null = null;
  let level: Level | null = null;
  let num: { abstractId: string; starts: Map<number, number> } | null = null;
  let overrideLevel: number | null = null;
  const val = (tag: { attributes: Record<string, { local: string; value: string }> }, local = 'val') =>
    Object.values(tag.attributes).find((a) => a.local === local)?.value;
  parser.on('opentag', (tag) => {
    if (!W_MAIN.has(tag.uri ?? '')) return;
    switch (tag.local) {
      case 'abstractNum':
        abstract = new Map();
        defs.abstracts.set(val(tag, 'abstractNumId') ?? '', abstract);
        break;
      case 'lvl':
        if (abstract) {
          level = { start: 1, format: 'decimal', text: '' };
          abstract.set(Number(val(tag, 'ilvl') ?? 0), level);
        }
        break;
      case 'start':
        if (level) level.start = Number(val(tag) ?? 1);
        break;
      case 'numFmt':
        if (level) level.format = val(tag) ?? 'decimal';
        break;
      case 'lvlText':
        if (level) level.text = val(tag) ?? '';
        break;
      case 'num':
        num = { abstractId: '', starts: new Map() };
        defs.nums.set(val(tag, 'numId') ?? '', num);
        break;
      case 'abstractNumId':
        if (num) num.abstractId = val(tag) ?? '';
        break;
      case 'lvlOverride':
        overrideLevel = Number(val(tag, 'ilvl') ?? 0);
        break;
      case 'startOverride':
        if (num && overrideLevel !== null) num.starts.set(overrideLevel, Number(val(tag) ?? 1));
        break;
    }
  });
  parser.on('closetag', (tag) => {
    if (!W_MAIN.has(tag.uri ?? '')) return;
    if (tag.local === 'abstractNum') abstract = null;
    else if (tag.local === 'lvl') level = null;
    else if (tag.local === 'num') num = null;
    else if (tag.local === 'lvlOverride') overrideLevel = null;
  });
  parser.write(xml).close();
  return defs;
}

function roman(n: number): string {
  const table: [number, string][] = [
    [1000, 'm'],
    [900, 'cm'],
    [500, 'd'],
    [400, 'cd'],
    [100, 'c'],
    [90, 'xc'],
    [50, 'l'],
    [40, 'xl'],
    [10, 'x'],
    [9, 'ix'],
    [5, 'v'],
    [4, 'iv'],
    [1, 'i'],
  ];
  let out = '';
  for (const [v, s] of table) while (n >= v) ((out += s), (n -= v));
  return out;
}

function letters(n: number): string {
  const ch = String.fromCharCode(96 + (((n - 1) % 26) + 1));
  return ch.repeat(Math.floor((n - 1) / 26) + 1);
}

function formatNumber(n: number, format: string): string {
  switch (format) {
    case 'lowerRoman':
      return roman(n);
    case 'upperRoman':
      return roman(n).toUpperCase();
    case 'lowerLetter':
      return letters(n);
    case 'upperLetter':
      return letters(n).toUpperCase();
    case 'decimalZero':
      return String(n).padStart(2, '0');
    default:
      return String(n);
  }
}

/**
 * Counts list paragraphs in document order. Counters are kept per abstract definition, so lists that
 * share one continue each other (as Word numbers them) unless a w:startOverride restarts them; a
 * level's counter restarts when a higher level advances.
 */
export class ListCounter {
  private readonly counters = new Map<string, number[]>();
  private readonly started = new Set<string>();

  constructor(private readonly defs: Definitions) {}

  /** The number Word shows before the paragraph ("1.2."), or null for bullets and unknown lists. */
  next(numId: string, ilvl: number): string | null {
    const num = this.defs.nums.get(numId);
    const levels = num ? this.defs.abstracts.get(num.abstractId) : undefined;
    const level = levels?.get(ilvl);
    if (!num || !levels || !level || level.format === 'bullet' || level.format === 'none') return null;
    let counts = this.counters.get(num.abstractId);
    if (!counts) this.counters.set(num.abstractId, (counts = []));
    if (!this.started.has(numId)) {
      this.started.add(numId);
      for (const [l, start] of num.starts) counts[l] = start - 1;
    }
    counts[ilvl] = (counts[ilvl] ?? (levels.get(ilvl)?.start ?? 1) - 1) + 1;
    for (let deeper = ilvl + 1; deeper < counts.length; deeper++) counts[deeper] = (levels.get(deeper)?.start ?? 1) - 1;
    counts.length = Math.max(counts.length, ilvl + 1);
    return level.text.replace(/%(\d)/g, (_, d: string) => {
      const l = Number(d) - 1;
      const lvl = levels.get(l);
      const value = counts![l] ?? lvl?.start ?? 1;
      return formatNumber(value, lvl?.format ?? 'decimal');
    });
  }
}
