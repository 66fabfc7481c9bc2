import { CellValue, SheetGrid, cellText } from './grid';
import { fold } from './text';

/** Code -> unit name, from an "Abrevieri" sheet. */
export type Abbreviations = Map<string, string>;

const ABBREVIATIONS_SHEET = /abrevier|abbrevia|сокращен|аббревиат|glosar|legend/i;
const CODE = /^[\p{Lu}\d][\p{Lu}\d-]{1,14}$/u;

export function isAbbreviationsSheet(name: string): boolean {
  return ABBREVIATIONS_SHEET.test(fold(name));
}

/** Reads "DIP | Direcția implementare proiecte" rows, or "DIP – Direcția …" in one cell. */
export function readAbbreviations(grid: SheetGrid): Abbreviations {
  const out: Abbreviations = new Map();
  for (const row of grid.rows) {
    const texts = row.map((v: CellValue) => cellText(v)).filter(Boolean);
    if (texts.length === 0) continue;
    if (texts.length >= 2 && CODE.test(texts[0])) {
      out.set(texts[0], texts[1]);
      continue;
    }
    const m = /^([\p{Lu}\d][\p{Lu}\d-]{1,14})\s*[–—:=-]\s*(.+)$/u.exec(texts[0]);
    if (m) out.set(m[1], m[2].trim());
  }
  return out;
}

/** Words that begin the name of an institution or a group of them. */
const STARTS_UNIT =
  /^(minister|agenti|cancelari|consiliu|academi|inspectorat|administrati|biroul|serviciu|directi|centrul|oficiul|comisi|autoritat|institut|camera|curtea|procuratur|parlament|guvern|primari|alte|toate|institutii|autoritati|organ|apl|societat|universitat|fondul|casa|banca|departament|mecanism|ong|partener|министерств|агентств|государственн|бюро|служб|управлени|центр|совет|инспекц|ministry|agency|state|office|council|all|other)/;

/** Splits "Ministerul Sănătății, Muncii și Protecției Sociale; DIP, SACSI" into units. */
export function splitResponsible(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  // Separators and brackets are ASCII: the text is cut by slices, not rebuilt character by character.
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 40) depth++;
    else if (c === 41) depth = Math.max(0, depth - 1);
    else if (depth === 0 && (c === 44 || c === 59 || c === 10)) {
      parts.push(text.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(text.slice(start));
  const units: string[] = [];
  for (const raw of parts) {
    const p = raw
      .trim()
      .replace(/[.;]+$/, '')
      .trim();
    if (!p) continue;
    const prev = units[units.length - 1];
    // "Ministerul Educației, Culturii și Cercetării": a ministry's name goes on after its comma.
    const continuesName = prev !== undefined && /^ministerul\b/i.test(fold(prev)) && !STARTS_UNIT.test(fold(p)) && !CODE.test(p) && /^\p{Lu}/u.test(p);
    if (continuesName) units[units.length - 1] = `${prev}, ${p}`;
    else if (p.length > 4 && /[\s/]/.test(p)) units.push(...codesApart(p));
    else units.push(p);
  }
  return units;
}

/** Words that join codes ("DIP și DPD") and legal forms that start one unit's name ("IP AGE"). */
const JOINS = /^(si|și|и|and|&|\+)$/i;
const LEGAL_FORM = /^(IP|ÎS|IS|ÎM|IM|SA|SRL|AO|ONG|ГУ|ГП|АО|НКО)$/;

/** "DIP DPD", "DIP / DPD", "DIP și DPD": codes written apart without a comma are units apart. */
function codesApart(p: string): string[] {
  const words = p.split(/[\s/]+/).filter((w) => w && !JOINS.test(w));
  return words.length > 1 && words.every((w) => CODE.test(w) && !LEGAL_FORM.test(w)) ? words : [p];
}

export function looksLikeCode(unit: string): boolean {
  return CODE.test(unit);
}

/** A code as it would be typed without care: case, spaces, dots and dashes do not count. */
function codeKey(s: string): string {
  return s.toUpperCase().replace(/[\s.\-_–—]+/g, '');
}

/** Edit distance where swapping two neighbours ("SRJU" for "SJRU") costs one, not two. */
export function transpositionDistance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i, ...new Array<number>(b.length).fill(0)]);
  for (let j = 0; j <= b.length; j++) d[0][j] = j;
  for (let i = 1; i <= a.length; i++)
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
    }
  return d[a.length][b.length];
}

/**
 * The listed code a unit was meant to be: the same letters in another case or spacing, else the
 * one code within a typo or a swap of two letters. Two codes equally near: no suggestion.
 */
export function suggestCode(unit: string, abbreviations: Abbreviations): string | undefined {
  const key = codeKey(unit);
  if (!key) return undefined;
  const same = [...abbreviations.keys()].filter((k) => codeKey(k) === key);
  if (same.length === 1) return same[0] === unit ? undefined : same[0];
  if (same.length > 1) return undefined;
  const limit = Math.max(1, Math.floor(key.length / 3));
  let best: string[] = [];
  let bestD = Infinity;
  for (const known of abbreviations.keys()) {
    const d = transpositionDistance(key, codeKey(known));
    if (d < bestD) {
      bestD = d;
      best = [known];
    } else if (d === bestD) best.push(known);
  }
  return bestD <= limit && best.length === 1 ? best[0] : undefined;
}

/** A unit that is not code-shaped but is a listed code typed in another case or spacing ("sjru", "SJ RU"). */
export function isMistypedCode(unit: string, abbreviations: Abbreviations): boolean {
  if (looksLikeCode(unit) || unit.length > 20) return false;
  const key = codeKey(unit);
  return [...abbreviations.keys()].some((k) => codeKey(k) === key);
}
