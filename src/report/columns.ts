/**
 * Column widths from content, so that no word has to break inside a column.
 *
 * Text is measured with the advance widths of DejaVu Serif (in em), which is wider than Times New
 * Roman: a column wide enough for a word in DejaVu Serif (what LibreOffice substitutes where Times
 * is missing) is wide enough in Word too.
 */

const LOWER: Record<string, number> = {
  a: 0.596,
  b: 0.64,
  c: 0.56,
  d: 0.64,
  e: 0.592,
  f: 0.37,
  g: 0.64,
  h: 0.644,
  i: 0.32,
  j: 0.31,
  k: 0.606,
  l: 0.32,
  m: 0.948,
  n: 0.644,
  o: 0.602,
  p: 0.64,
  q: 0.64,
  r: 0.478,
  s: 0.513,
  t: 0.402,
  u: 0.644,
  v: 0.565,
  w: 0.856,
  x: 0.564,
  y: 0.565,
  z: 0.527,
};
const UPPER: Record<string, number> = {
  A: 0.722,
  B: 0.735,
  C: 0.765,
  D: 0.802,
  E: 0.73,
  F: 0.694,
  G: 0.799,
  H: 0.872,
  I: 0.395,
  J: 0.401,
  K: 0.747,
  L: 0.664,
  M: 1.024,
  N: 0.875,
  O: 0.82,
  P: 0.673,
  Q: 0.82,
  R: 0.753,
  S: 0.685,
  T: 0.667,
  U: 0.843,
  V: 0.722,
  W: 1.028,
  X: 0.712,
  Y: 0.66,
  Z: 0.695,
};
const NARROW = /[ .,:;'!|ıìíîï]/;
const PUNCT = /[()[\]/\\"„”“«»\-–—]/;
const WIDE_CYRILLIC = /[жшщыюмфЖШЩЫЮМФ]/;

const emCache = new Map<string, number>();

function charEm(ch: string): number {
  let em = emCache.get(ch);
  if (em === undefined) emCache.set(ch, (em = measureChar(ch)));
  return em;
}

function measureChar(ch: string): number {
  const base = ch.normalize('NFD')[0] ?? ch;
  if (LOWER[base] !== undefined) return LOWER[base];
  if (UPPER[base] !== undefined) return UPPER[base];
  if (/\d/.test(base)) return 0.636;
  if (NARROW.test(base)) return 0.318;
  if (PUNCT.test(base)) return 0.39;
  if (base === '%') return 0.95;
  if (WIDE_CYRILLIC.test(base)) return base === base.toLowerCase() ? 0.9 : 1.05;
  if (/[а-яё]/.test(base)) return 0.62;
  if (/[А-ЯЁ]/.test(base)) return 0.78;
  return 0.75;
}

/** Bold DejaVu Serif runs about a tenth wider; a twentieth more for rounding and kerning. */
const BOLD = 1.1;
const SAFETY = 1.05;

/** The width of a piece of text on one line, in twips (1/20 pt), at the given size in points. */
export function textWidth(text: string, sizePt: number, bold = false): number {
  let em = 0;
  for (const ch of text) em += charEm(ch);
  return Math.ceil(em * sizePt * 20 * SAFETY * (bold ? BOLD : 1));
}

const URL = /^\(?(https?:\/\/|www\.)/i;

/**
 * The pieces a line may not break inside: words, with a hyphenated word in pieces after each
 * hyphen (Word and LibreOffice break there). Web addresses are left out: they break anywhere in
 * any column narrower than a page.
 */
export function unbreakable(text: string): string[] {
  return text
    .split(/\s+/)
    .filter((w) => w && !URL.test(w))
    .flatMap((w) => w.split(/(?<=\p{L}{2}-)(?=\p{L}{2})/u));
}

/** The widest unbreakable piece: the narrowest a column can be without breaking a word. */
export function longestWord(text: string, sizePt: number, bold = false): number {
  return Math.max(0, ...unbreakable(text).map((w) => textWidth(w, sizePt, bold)));
}

export interface ColumnContent {
  header: string;
  cells: string[];
  /** The least share of the width this column gets when its text needs it (0–1), to stay readable. */
  minShare?: number;
}

export interface FitOptions {
  /** The table's width in twips. */
  width: number;
  sizePt: number;
  /** Left plus right cell margins and borders, in twips. */
  padding: number;
}

/** Rows looked at when sharing out the width: a sample, evenly spaced, of a longer table. */
const SAMPLE_ROWS = 800;
/** Lines wrap short of the full width; a tenth more lines than the ink alone needs. */
const WRAP_LOSS = 1.1;

/**
 * Widths (twips, summing to the table width) that keep every word whole where the page allows:
 * each column at least its longest word (headers wrap between words only) and its minShare, at
 * most its longest line; the rest given, a step at a time, to the column whose widening shortens
 * the table most (the sum of row heights, each row as tall as its tallest cell).
 */
export function fitColumns(columns: ColumnContent[], o: FitOptions): number[] {
  const cap = o.width * 0.3;
  const n = columns[0]?.cells.length ?? 0;
  const every = Math.max(1, Math.ceil(n / SAMPLE_ROWS));
  const rows = Array.from({ length: Math.ceil(n / every) }, (_, k) => k * every);
  // Each cell as the widths of its paragraphs.
  const paras = columns.map((c) => rows.map((j) => (c.cells[j] ?? '').split('\n').map((line) => textWidth(line.trim(), o.sizePt))));
  const min = columns.map((c) => Math.min(cap, o.padding + Math.max(longestWord(c.header, o.sizePt, true), ...c.cells.map((x) => longestWord(x, o.sizePt)))));
  const max = columns.map((_, i) => Math.max(min[i], o.padding + Math.max(0, ...paras[i].flat())));
  const w = columns.map((c, i) => Math.min(max[i], Math.max(min[i], (c.minShare ?? 0) * o.width)));
  const total = w.reduce((a, b) => a + b, 0);
  if (total > o.width) {
    // Not even the words fit: shrink what is above the words' minimum first, then everything.
    const above = w.map((x, i) => x - min[i]);
    const over = total - o.width;
    const room = above.reduce((a, b) => a + b, 0);
    if (room >= over)
      return round(
        w.map((x, i) => x - (above[i] * over) / room),
        o.width,
      );
    const sum = min.reduce((a, b) => a + b, 0);
    return round(
      min.map((x) => (x * o.width) / sum),
      o.width,
    );
  }
  const lines = (i: number, width: number) =>
    rows.map((_, j) => paras[i][j].reduce((h, pw) => h + Math.max(1, Math.ceil((pw * WRAP_LOSS) / Math.max(1, width - o.padding))), 0));
  const heights = columns.map((_, i) => lines(i, w[i]));
  const tableHeight = (i: number, hi: number[]) => rows.reduce((sum, _, j) => sum + Math.max(hi[j], ...heights.map((h, k) => (k === i ? 0 : h[j]))), 0);
  const step = Math.max(20, Math.floor(o.width / 200));
  let extra = o.width - total;
  let current = tableHeight(-1, []);
  // A narrow step often saves no whole line: each column is also tried a few steps wider, and the
  // widening that saves the most lines per twip wins.
  const LOOKAHEAD = 12;
  while (extra >= step) {
    let best = -1;
    let bestSteps = 0;
    let bestGain = 0;
    let bestHeight = current;
    let bestLines: number[] = [];
    for (let i = 0; i < columns.length; i++) {
      for (let k = 1; k <= LOOKAHEAD && k * step <= extra && w[i] + k * step <= max[i]; k++) {
        const hi = lines(i, w[i] + k * step);
        const h = tableHeight(i, hi);
        const gain = (current - h) / k;
        if (gain > bestGain) [best, bestSteps, bestGain, bestHeight, bestLines] = [i, k, gain, h, hi];
      }
    }
    if (best < 0) break;
    w[best] += bestSteps * step;
    heights[best] = bestLines;
    current = bestHeight;
    extra -= bestSteps * step;
  }
  if (extra > 0) {
    // No column's widening shortens the table: what is left goes to the column with the most text below its longest line.
    const open = columns.map((_, i) => i).filter((i) => w[i] < max[i]);
    const ink = (i: number) => paras[i].flat().reduce((a, b) => a + b, 0);
    const target = (open.length ? open : columns.map((_, i) => i)).reduce((a, b) => (ink(b) > ink(a) ? b : a));
    w[target] += extra;
  }
  return round(w, o.width);
}

/** Whole twips that add up to the width exactly. */
function round(w: number[], width: number): number[] {
  const out = w.map((x) => Math.floor(x));
  out[out.indexOf(Math.max(...out))] += width - out.reduce((a, b) => a + b, 0);
  return out;
}
