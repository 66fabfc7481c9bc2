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
  let current = '';
  for (const ch of text) {
    if (ch === '(') depth++;
    if (ch === ')') depth = Math.max(0, depth - 1);
    if (depth === 0 && /[,;\n]/.test(ch)) {
      parts.push(current);
      current = '';
    } else current += ch;
  }
  parts.push(current);
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
    else units.push(p);
  }
  return units;
}

export function looksLikeCode(unit: string): boolean {
  return CODE.test(unit);
}
