import { SaxesParser, SaxesTagNS } from 'saxes';
import { ListCounter } from './numbering';

/**
 * The body of a WordprocessingML document (ECMA-376 Part 1, §17) as the blocks a reader sees:
 * paragraphs and tables, in document order. Only what a report's table needs is kept: cell text,
 * horizontal spans (w:gridSpan §17.4.17, legacy w:hMerge §17.4.22), vertical merges (w:vMerge
 * §17.4.85), cells skipped before and after a row (w:gridBefore / w:gridAfter §17.4.15-16) and
 * header rows repeated on each page (w:tblHeader §17.4.50).
 */

export interface DocCell {
  text: string;
  /** Grid columns the cell spans (w:gridSpan), at least 1. */
  span: number;
  /** w:vMerge: 'restart' begins a vertical merge, 'continue' extends the one above. */
  vMerge: 'restart' | 'continue' | null;
  /** Legacy w:hMerge: 'continue' joins the cell to the one on its left. */
  hMerge: 'restart' | 'continue' | null;
}

export interface DocRow {
  cells: DocCell[];
  gridBefore: number;
  gridAfter: number;
  /** Marked to repeat as a header row on each page. */
  header: boolean;
}

export type DocBlock = { kind: 'paragraph'; text: string } | { kind: 'table'; rows: DocRow[]; gridCols: number };

const W_NAMESPACES = new Set(['http://schemas.openxmlformats.org/wordprocessingml/2006/main', 'http://purl.oclc.org/ooxml/wordprocessingml/main']);
const MC_NAMESPACE = 'http://schemas.openxmlformats.org/markup-compatibility/2006';

/** Elements whose content is not the document's visible text in reading order. */
const SKIPPED = new Set([
  'txbxContent',
  'instrText',
  'delText',
  'delInstrText',
  'pict',
  // Tracked changes keep the properties as they were before; the current ones are outside.
  'tblGridChange',
  'tblPrChange',
  'trPrChange',
  'tcPrChange',
  'pPrChange',
  'rPrChange',
]);

interface TableState {
  rows: DocRow[];
  gridCols: number;
  row: DocRow | null;
  cell: { paragraphs: string[]; span: number; vMerge: DocCell['vMerge']; hMerge: DocCell['hMerge'] } | null;
}

function attr(tag: SaxesTagNS, local: string): string | undefined {
  for (const a of Object.values(tag.attributes)) if (a.local === local && (W_NAMESPACES.has(a.uri) || a.uri === '')) return a.value;
  return undefined;
}

/** "true" unless w:val says off (ST_OnOff: false, 0, off). */
function onOff(tag: SaxesTagNS): boolean {
  const v = attr(tag, 'val');
  return v === undefined || !/^(false|0|off)$/i.test(v);
}

function int(tag: SaxesTagNS, fallback: number): number {
  const n = parseInt(attr(tag, 'val') ?? '', 10);
  return Number.isFinite(n) && n >= 0 ? n : fallback;
}

/**
 * Parses word/document.xml. With the document's list definitions, a numbered paragraph's number
 * ("1.2.") leads its text, as Word shows it. Throws on XML that is not well formed.
 */
export function parseDocumentXml(xml: string, lists?: ListCounter): DocBlock[] {
  const parser = new SaxesParser({ xmlns: true });
  const blocks: DocBlock[] = [];
  const tables: TableState[] = [];
  let paragraph: string[] | null = null;
  let paragraphDepth = 0;
  let skipDepth = 0;
  let inText = false;
  let runDepth = 0;
  let numPr: { numId: string; ilvl: number } | null = null;

  const currentTable = () => tables[tables.length - 1];

  const endParagraph = () => {
    const text = (paragraph ?? []).join('');
    paragraph = null;
    const t = currentTable();
    if (t?.cell) t.cell.paragraphs.push(text);
    else if (t)
      return; // text between cells belongs to no cell
    else blocks.push({ kind: 'paragraph', text });
  };

  parser.on('opentag', (tag) => {
    const ns = tag.uri ?? '';
    if (skipDepth > 0) {
      skipDepth++;
      return;
    }
    if ((ns === MC_NAMESPACE && tag.local === 'Fallback') || (W_NAMESPACES.has(ns) && SKIPPED.has(tag.local ?? ''))) {
      skipDepth = 1;
      return;
    }
    if (!W_NAMESPACES.has(ns)) return;
    const t = currentTable();
    switch (tag.local) {
      case 'p':
        if (paragraph) paragraphDepth++;
        else {
          paragraph = [];
          paragraphDepth = 1;
        }
        break;
      case 'r':
        runDepth++;
        break;
      case 'numPr':
        if (paragraph && !runDepth) numPr = { numId: '', ilvl: 0 };
        break;
      case 'numId':
        if (numPr) numPr.numId = attr(tag, 'val') ?? '';
        break;
      case 'ilvl':
        if (numPr) numPr.ilvl = int(tag, 0);
        break;
      case 't':
        inText = true;
        break;
      // In a run these are characters; w:tab is also a tab stop in paragraph properties.
      case 'tab':
        if (paragraph && runDepth) paragraph.push('\t');
        break;
      case 'br':
      case 'cr':
        if (paragraph && runDepth) paragraph.push('\n');
        break;
      case 'noBreakHyphen':
        if (paragraph && runDepth) paragraph.push('-');
        break;
      case 'tbl':
        // A table nested in a cell adds its text to that cell, one paragraph per cell.
        tables.push({ rows: [], gridCols: 0, row: null, cell: null });
        break;
      case 'gridCol':
        if (t && !t.row) t.gridCols++;
        break;
      case 'tr':
        if (t) t.row = { cells: [], gridBefore: 0, gridAfter: 0, header: false };
        break;
      case 'gridBefore':
        if (t?.row && !t.cell) t.row.gridBefore = int(tag, 0);
        break;
      case 'gridAfter':
        if (t?.row && !t.cell) t.row.gridAfter = int(tag, 0);
        break;
      case 'tblHeader':
        if (t?.row && !t.cell) t.row.header = onOff(tag);
        break;
      case 'tc':
        if (t?.row) t.cell = { paragraphs: [], span: 1, vMerge: null, hMerge: null };
        break;
      case 'gridSpan':
        if (t?.cell) t.cell.span = Math.max(1, int(tag, 1));
        break;
      case 'vMerge':
        if (t?.cell) t.cell.vMerge = attr(tag, 'val') === 'restart' ? 'restart' : 'continue';
        break;
      case 'hMerge':
        if (t?.cell) t.cell.hMerge = attr(tag, 'val') === 'restart' ? 'restart' : 'continue';
        break;
    }
  });

  parser.on('text', (text) => {
    if (skipDepth === 0 && inText && paragraph) paragraph.push(text);
  });

  parser.on('closetag', (tag) => {
    if (skipDepth > 0) {
      skipDepth--;
      return;
    }
    if (!W_NAMESPACES.has(tag.uri ?? '')) return;
    const t = currentTable();
    switch (tag.local) {
      case 'r':
        runDepth = Math.max(0, runDepth - 1);
        break;
      case 'pPr': {
        const label = numPr && numPr.numId !== '0' && lists ? lists.next(numPr.numId, numPr.ilvl) : null;
        if (label && paragraph) paragraph.push(`${label} `);
        numPr = null;
        break;
      }
      case 't':
        inText = false;
        break;
      case 'p':
        if (paragraphDepth > 1) paragraphDepth--;
        else if (paragraph) endParagraph();
        break;
      case 'tc':
        if (t?.row && t.cell) {
          t.row.cells.push({ text: t.cell.paragraphs.join('\n').trim(), span: t.cell.span, vMerge: t.cell.vMerge, hMerge: t.cell.hMerge });
          t.cell = null;
        }
        break;
      case 'tr':
        if (t?.row) t.rows.push(t.row);
        if (t) t.row = null;
        break;
      case 'tbl': {
        const done = tables.pop();
        if (!done) break;
        const outer = currentTable();
        if (outer?.cell) {
          for (const row of done.rows) for (const c of row.cells) if (c.text) outer.cell.paragraphs.push(c.text);
        } else if (!outer) blocks.push({ kind: 'table', rows: done.rows, gridCols: done.gridCols });
        break;
      }
    }
  });

  parser.write(xml).close();
  return blocks;
}
