import { Zippable, strFromU8, strToU8, zipSync } from 'fflate';
import { MergedArea, columnLetters } from '../core/grid';
import { findOverlap } from '../core/merged-grid';
import type { FileError } from '../core/messages/catalog';
import { Inflater, ZipDamaged, ZipEntry, inflateEntry, readDirectory } from './zip';
import { EXCEL_MAX_COLS, EXCEL_MAX_ROWS, ReadLimits, formatBytes } from './limits';

/** A workbook refused before parsing, with the cause in words the message catalog has. */
export class WorkbookRefused extends Error {
  constructor(
    readonly error: FileError,
    readonly params: Record<string, string | number> = {},
  ) {
    super(`${error} ${JSON.stringify(params)}`);
  }
}

export interface SheetFacts {
  /** The sheet's name in workbook.xml. */
  name: string;
  /** Merged areas as the file declares them, 0-based. */
  merges: MergedArea[];
  /** 0-based indexes of rows marked hidden. */
  hiddenRows: number[];
}

export interface Preflight {
  /** The parts again, inflated within the limits and zipped without compression, mergeCells taken out. */
  zip: Uint8Array;
  sheets: Map<string, SheetFacts>;
}

const tag = (name: string) => new RegExp(`<(?:[\\w.-]+:)?${name}\\b([^>]*?)(/?)>`, 'g');
const attrPatterns = new Map<string, RegExp>();
function attr(attrs: string, name: string): string | undefined {
  let re = attrPatterns.get(name);
  if (!re) attrPatterns.set(name, (re = new RegExp(`(?:^|\\s)${name}\\s*=\\s*["']([^"']*)["']`)));
  return re.exec(attrs)?.[1];
}

function decodeXmlText(s: string): string {
  return s.replace(/&(lt|gt|amp|quot|apos|#\d+|#x[0-9a-f]+);/gi, (_, e: string) => {
    const k = e.toLowerCase();
    if (k === 'lt') return '<';
    if (k === 'gt') return '>';
    if (k === 'amp') return '&';
    if (k === 'quot') return '"';
    if (k === 'apos') return "'";
    const code = k[1] === 'x' ? parseInt(k.slice(2), 16) : parseInt(k.slice(1), 10);
    return code <= 0x10ffff ? String.fromCodePoint(code) : '';
  });
}

/** "B7" -> 0-based { row, col }, or null; columns and rows beyond Excel's are kept to be refused. */
function parseRef(ref: string): { row: number; col: number } | null {
  const m = /^\$?([A-Za-z]{1,7})\$?(\d{1,15})$/.exec(ref.trim());
  if (!m) return null;
  let col = 0;
  for (const ch of m[1].toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m[2]) - 1, col: col - 1 };
}

const beyond = (p: { row: number; col: number }) => p.row >= EXCEL_MAX_ROWS || p.col >= EXCEL_MAX_COLS || p.row < 0 || p.col < 0;

/** Step 1: the zip's central directory, read before anything is inflated. */
function checkDirectory(bytes: Uint8Array, limits: ReadLimits): ZipEntry[] {
  const directory = readDirectory(bytes);
  if (directory.count > limits.parts) throw new WorkbookRefused('too_many_parts', { limit: limits.parts });
  const entries: ZipEntry[] = [];
  let total = 0;
  for (const f of directory.entries()) {
    if (f.size > limits.partBytes)
      throw new WorkbookRefused('part_too_large', { part: f.name, size: formatBytes(f.size), limit: formatBytes(limits.partBytes) });
    total += f.size;
    if (total > limits.totalBytes) throw new WorkbookRefused('unpacked_too_large', { size: `> ${formatBytes(total)}`, limit: formatBytes(limits.totalBytes) });
    if (f.method !== 0 && f.method !== 8) throw new WorkbookRefused('corrupt_part', { part: f.name });
    if (!f.name.endsWith('/')) entries.push(f);
  }
  return entries;
}

/** Step 2: every part inflated, none past its declared size. */
function inflateAll(bytes: Uint8Array, entries: ZipEntry[], inflater?: Inflater): Record<string, Uint8Array> {
  const parts: Record<string, Uint8Array> = {};
  for (const entry of entries) {
    const data = inflateEntry(bytes, entry, inflater);
    if (data === 'larger_than_declared') throw new WorkbookRefused('part_lies', { part: entry.name });
    parts[entry.name.replace(/^\//, '')] = data;
  }
  return parts;
}

/** Sheet part path -> sheet name, from workbook.xml and its relationships. */
function sheetParts(parts: Record<string, Uint8Array>): Map<string, string> {
  const workbook = parts['xl/workbook.xml'] ? strFromU8(parts['xl/workbook.xml']) : '';
  const rels = parts['xl/_rels/workbook.xml.rels'] ? strFromU8(parts['xl/_rels/workbook.xml.rels']) : '';
  const targets = new Map<string, string>();
  for (const m of rels.matchAll(tag('Relationship'))) {
    const id = attr(m[1], 'Id');
    const target = attr(m[1], 'Target');
    if (id && target) targets.set(id, target.startsWith('/') ? target.slice(1) : `xl/${target.replace(/^\.\//, '')}`);
  }
  const out = new Map<string, string>();
  const seen = new Map<string, string>();
  for (const m of workbook.matchAll(tag('sheet'))) {
    const name = decodeXmlText(attr(m[1], 'name') ?? '');
    const key = name.toLowerCase();
    if (seen.has(key)) throw new WorkbookRefused('duplicate_sheet_names', { name });
    seen.set(key, name);
    const id = /(?:^|\s)[\w]+:id\s*=\s*["']([^"']*)["']/.exec(m[1])?.[1];
    const part = id ? targets.get(id) : undefined;
    if (part) out.set(part, name);
  }
  return out;
}

const MERGE_CELLS = /<(?:[\w.-]+:)?mergeCells\b[^>]*?(?:\/>|>[\s\S]*?<\/(?:[\w.-]+:)?mergeCells>)/g;

/** Step 3: a sheet's rows, cells and merged areas checked against Excel's size and the limits. */
function scanSheet(xml: string, sheet: string, limits: ReadLimits, cellsSoFar: { n: number }): { facts: SheetFacts; xml: string } {
  const refuseBeyond = (p: { row: number; col: number }) => {
    throw new WorkbookRefused('beyond_excel', { sheet, cell: p.col < 0 || p.col > 1e7 ? `R${p.row + 1}` : `${columnLetters(p.col)}${p.row + 1}` });
  };
  const dimension = tag('dimension').exec(xml);
  if (dimension) {
    for (const ref of (attr(dimension[1], 'ref') ?? '').split(':')) {
      const p = parseRef(ref);
      if (p && beyond(p)) refuseBeyond(p);
    }
  }
  const hiddenRows: number[] = [];
  let rows = 0;
  let lastRow = -1;
  for (const m of xml.matchAll(tag('row'))) {
    const r = attr(m[1], 'r');
    const row = r !== undefined ? Number(r) - 1 : lastRow + 1;
    if (!Number.isSafeInteger(row) || row < 0 || row >= EXCEL_MAX_ROWS) refuseBeyond({ row, col: 0 });
    lastRow = row;
    if (m[2] !== '/') rows++;
    if (rows > limits.rows) throw new WorkbookRefused('too_many_rows', { sheet, limit: limits.rows });
    const hidden = attr(m[1], 'hidden');
    if (hidden === '1' || hidden === 'true') hiddenRows.push(row);
  }
  for (const m of xml.matchAll(tag('c'))) {
    if (++cellsSoFar.n > limits.cells) throw new WorkbookRefused('too_many_cells', { limit: limits.cells });
    const r = attr(m[1], 'r');
    const p = r ? parseRef(r) : null;
    if (p && beyond(p)) refuseBeyond(p);
  }
  const merges: MergedArea[] = [];
  const stripped = xml.replace(MERGE_CELLS, (block) => {
    for (const m of block.matchAll(tag('mergeCell'))) {
      const [a, b = a] = (attr(m[1], 'ref') ?? '').split(':');
      const p = parseRef(a);
      const q = parseRef(b);
      if (!p || !q) continue;
      if (beyond(p)) refuseBeyond(p);
      if (beyond(q)) refuseBeyond(q);
      if (merges.length >= limits.merges) throw new WorkbookRefused('too_many_merges', { sheet, limit: limits.merges });
      merges.push({ top: Math.min(p.row, q.row), left: Math.min(p.col, q.col), bottom: Math.max(p.row, q.row), right: Math.max(p.col, q.col) });
    }
    return '';
  });
  const overlap = findOverlap(merges);
  if (overlap) throw new WorkbookRefused('overlapping_merges', { sheet, a: areaRef(overlap[0]), b: areaRef(overlap[1]) });
  return { facts: { name: sheet, merges, hiddenRows }, xml: stripped };
}

export const areaRef = (m: MergedArea) => `${columnLetters(m.left)}${m.top + 1}:${columnLetters(m.right)}${m.bottom + 1}`;

const DTD = /<!DOCTYPE|<!ENTITY/i;

/**
 * Checks a workbook's zip before any parser inflates it: the declared sizes and number of parts,
 * then each part inflated, stopped as soon as it outgrows its declared size, DTDs, duplicate sheet names, cells beyond Excel's last row and column, row, cell and
 * merge counts, overlapping merges. Throws WorkbookRefused naming the cause.
 */
export function preflight(bytes: Uint8Array, limits: ReadLimits, inflater?: Inflater): Preflight {
  let parts: Record<string, Uint8Array>;
  try {
    parts = inflateAll(bytes, checkDirectory(bytes, limits), inflater);
  } catch (e) {
    if (e instanceof ZipDamaged) throw new WorkbookRefused('corrupt_zip');
    throw e;
  }
  const names = sheetParts(parts);
  const sheets = new Map<string, SheetFacts>();
  const out: Zippable = {};
  const cells = { n: 0 };
  for (const [path, data] of Object.entries(parts)) {
    if (!/\.(xml|rels|vml)$/i.test(path)) {
      out[path] = data;
      continue;
    }
    const xml = strFromU8(data);
    if (DTD.test(xml)) throw new WorkbookRefused('dtd', { part: path });
    const sheet = names.get(path);
    if (sheet === undefined) {
      out[path] = data;
      continue;
    }
    const scanned = scanSheet(xml, sheet, limits, cells);
    sheets.set(sheet, scanned.facts);
    out[path] = scanned.xml.length === xml.length ? data : strToU8(scanned.xml);
  }
  return { zip: zipSync(out, { level: 0 }), sheets };
}
