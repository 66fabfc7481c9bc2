import { MergedArea, SheetGrid, WorkbookGrid } from '../core/grid';
import { Layout, MergedGrid, detectLayout } from '../core/layout';
import { fold } from '../core/text';
import { DocBlock } from './ooxml';
import { TableGrid, tableToGrid } from './table-grid';

/** Title paragraphs kept above the table: the first and the last few, where title and period are. */
const TITLE_HEAD = 15;
const TITLE_TAIL = 10;
/** A paragraph between two parts of the plan's table longer than this is prose, not a heading. */
const HEADING_MAX_CHARS = 300;

class SheetBuilder {
  readonly rows: string[][] = [];
  readonly merges: MergedArea[] = [];

  constructor(readonly width: number) {}

  /** A row of one text across the whole table, as an objective heading is laid out. */
  addSpanning(text: string): void {
    const r = this.rows.length;
    this.rows.push([text]);
    if (this.width > 1) this.merges.push({ top: r, left: 0, bottom: r, right: this.width - 1 });
  }

  /** Adds the table's rows that keep() keeps; headings go in as spanning rows before row `headingsAt`. */
  addTable(t: TableGrid, keep: (row: number) => boolean, headings: string[] = [], headingsAt = 0): void {
    const at = new Map<number, number>();
    t.rows.forEach((row, r) => {
      if (r === headingsAt) for (const h of headings) this.addSpanning(h);
      if (!keep(r)) return;
      at.set(r, this.rows.length);
      this.rows.push(row);
    });
    for (const m of t.merges) {
      // A merge that began on a dropped (repeated header) row is not carried over.
      const top = at.get(m.top);
      if (top === undefined) continue;
      let bottom = top;
      for (let r = m.top; r <= m.bottom; r++) if (at.has(r)) bottom = at.get(r)!;
      if (bottom > top || m.right > m.left) this.merges.push({ top, left: m.left, bottom, right: m.right });
    }
  }

  sheet(name: string): SheetGrid {
    return { name, rows: this.rows, merges: this.merges };
  }
}

const signature = (row: string[]) => fold(row.join('\u0001'));

function layoutOf(t: TableGrid): Layout | null {
  return detectLayout(new MergedGrid({ name: '', rows: t.rows, merges: t.merges }));
}

/** A one-cell table is how some documents set a heading in a frame. */
function singleText(t: TableGrid): string | null {
  const texts = t.rows.flat().filter((s) => s.trim() !== '');
  return texts.length === 1 && t.rows.length === 1 ? texts[0] : null;
}

const GROUP_HEADING = /^(obiectiv|цел|задач|objective|goal|domeniu|directi|направлени|area\b|\d{1,3}\.?\s+\p{L})/u;

/**
 * The paragraphs above the first table: title lines, and the grouping headings right above the
 * table ("Obiectivul 1. …" set as a heading before the table of its actions), which belong under
 * the table's header, on the first objective's actions.
 */
function splitTitle(paragraphs: string[]): { titles: string[]; headings: string[] } {
  const texts = paragraphs.map((p) => p.trim()).filter(Boolean);
  let cut = texts.length;
  while (cut > 0 && GROUP_HEADING.test(fold(texts[cut - 1])) && texts[cut - 1].length <= HEADING_MAX_CHARS) cut--;
  const titles = texts.slice(0, cut);
  return {
    titles: titles.length <= TITLE_HEAD + TITLE_TAIL ? titles : [...titles.slice(0, TITLE_HEAD), ...titles.slice(-TITLE_TAIL)],
    headings: texts.slice(cut),
  };
}

/**
 * The plan as the engine reads a sheet: the title paragraphs above the first table that reads like
 * a plan, that table, and the tables after it with the same columns (a table per objective, or a
 * table continued on the next page), with the paragraphs between them as heading rows across the
 * table. Header rows repeated further down (typed again, or converted from a PDF) are dropped.
 * Another plan-like table of a different shape becomes a sheet of its own. Null when no table
 * reads like a plan (a letter, a memo).
 */
export function documentToWorkbook(blocks: DocBlock[]): WorkbookGrid | null {
  const sheets: SheetGrid[] = [];
  let i = 0;
  let paragraphsBefore: string[] = [];
  while (i < blocks.length) {
    const block = blocks[i++];
    if (block.kind === 'paragraph') {
      paragraphsBefore.push(block.text);
      continue;
    }
    const first = tableToGrid(block.rows, block.gridCols);
    const layout = layoutOf(first);
    if (!layout) {
      const text = singleText(first);
      if (text) paragraphsBefore.push(text);
      continue;
    }
    const sheet = new SheetBuilder(first.width);
    const { titles, headings } = splitTitle(paragraphsBefore);
    for (const t of titles) sheet.rows.push([t]);
    paragraphsBefore = [];
    const headerRows = new Set<string>();
    for (let r = layout.headerTop; r < layout.dataStart; r++) headerRows.add(signature(first.rows[r]));
    const notRepeatedHeader = (t: TableGrid) => (r: number) => !headerRows.has(signature(t.rows[r]));
    sheet.addTable(first, (r) => r < layout.dataStart || notRepeatedHeader(first)(r), headings, layout.dataStart);
    let pending: string[] = [];
    while (i < blocks.length) {
      const next = blocks[i];
      if (next.kind === 'paragraph') {
        const text = next.text.trim();
        if (text) pending.push(text);
        i++;
        continue;
      }
      const t = tableToGrid(next.rows, next.gridCols);
      const heading = singleText(t);
      if (heading) {
        pending.push(heading);
        i++;
        continue;
      }
      if (t.width !== first.width) break;
      for (const p of pending) if (p.length <= HEADING_MAX_CHARS) sheet.addSpanning(p);
      pending = [];
      sheet.addTable(t, notRepeatedHeader(t));
      i++;
    }
    paragraphsBefore = pending;
    sheets.push(sheet.sheet(sheets.length === 0 ? 'Word' : `Word ${sheets.length + 1}`));
  }
  return sheets.length ? { sheets } : null;
}
