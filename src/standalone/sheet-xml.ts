import { parseAddress } from '../core/grid';
import { attr, escapeXml } from './xml';

/** A sheet part that cannot be patched safely (no row or cell numbers): the download refuses rather than guess. */
export class PatchError extends Error {}

const CELL_START = /<c\b[^>]*?(\/>|>)/g;

function rowNumberOf(tag: string): number {
  const r = attr(tag, 'r');
  if (r === null) throw new PatchError('row without a number');
  return Number(r);
}

/** The element's end in xml from a start tag at i: after "/>", or after its closing tag. */
function elementEnd(xml: string, i: number, name: string): number {
  const startEnd = xml.indexOf('>', i);
  if (xml[startEnd - 1] === '/') return startEnd + 1;
  const close = xml.indexOf(`</${name}>`, startEnd);
  if (close < 0) throw new PatchError(`unclosed <${name}>`);
  return close + name.length + 3;
}

/** A text cell as Excel reads it: an inline string, keeping the cell's style. */
function textCell(address: string, style: string | null, value: string): string {
  const s = style !== null ? ` s="${escapeXml(style)}"` : '';
  return `<c r="${address}"${s} t="inlineStr"><is><t xml:space="preserve">${escapeXml(value)}</t></is></c>`;
}

function setInRow(row: string, address: string, value: string): string {
  const col = parseAddress(address)!.col;
  const open = row.indexOf('>') + 1;
  if (row[open - 2] === '/') return `${row.slice(0, open - 2)}>${textCell(address, null, value)}</row>`;
  CELL_START.lastIndex = open;
  let m: RegExpExecArray | null;
  while ((m = CELL_START.exec(row))) {
    const r = attr(m[0], 'r');
    if (r === null) throw new PatchError('cell without an address');
    const c = parseAddress(r)!.col;
    if (c === col) {
      const end = elementEnd(row, m.index, 'c');
      return row.slice(0, m.index) + textCell(address, attr(m[0], 's'), value) + row.slice(end);
    }
    if (c > col) return row.slice(0, m.index) + textCell(address, null, value) + row.slice(m.index);
    CELL_START.lastIndex = elementEnd(row, m.index, 'c');
  }
  const close = row.lastIndexOf('</row>');
  return row.slice(0, close) + textCell(address, null, value) + row.slice(close);
}

/**
 * Writes text into cells of a worksheet part, touching only those cells' elements: each becomes an
 * inline string with its style kept; a missing cell or row is inserted in order.
 */
export function setCells(xml: string, edits: { cell: string; value: string }[]): string {
  let out = xml;
  for (const e of edits) {
    const p = parseAddress(e.cell);
    if (!p) throw new PatchError(`bad address ${e.cell}`);
    const address = e.cell.replace(/\$/g, '').toUpperCase();
    const rowNo = p.row + 1;
    let dataStart = out.search(/<sheetData\b/);
    if (dataStart < 0) throw new PatchError('no sheetData');
    if (/^<sheetData\s*\/>/.test(out.slice(dataStart))) {
      out = out.replace(/<sheetData\s*\/>/, '<sheetData></sheetData>');
      dataStart = out.search(/<sheetData\b/);
    }
    const dataEnd = out.indexOf('</sheetData>', dataStart);
    const rowRe = /<row\b[^>]*>/g;
    rowRe.lastIndex = dataStart;
    let m: RegExpExecArray | null;
    let done = false;
    while ((m = rowRe.exec(out)) && m.index < dataEnd) {
      const n = rowNumberOf(m[0]);
      if (n === rowNo) {
        const end = elementEnd(out, m.index, 'row');
        out = out.slice(0, m.index) + setInRow(out.slice(m.index, end), address, e.value) + out.slice(end);
        done = true;
        break;
      }
      if (n > rowNo) {
        out = `${out.slice(0, m.index)}<row r="${rowNo}">${textCell(address, null, e.value)}</row>${out.slice(m.index)}`;
        done = true;
        break;
      }
      rowRe.lastIndex = elementEnd(out, m.index, 'row');
    }
    if (!done) out = `${out.slice(0, dataEnd)}<row r="${rowNo}">${textCell(address, null, e.value)}</row>${out.slice(dataEnd)}`;
  }
  return out;
}

/** Elements that follow dataValidations in a worksheet (ECMA-376 CT_Worksheet order). */
const AFTER_VALIDATIONS = [
  'hyperlinks',
  'printOptions',
  'pageMargins',
  'pageSetup',
  'headerFooter',
  'rowBreaks',
  'colBreaks',
  'customProperties',
  'cellWatches',
  'ignoredErrors',
  'smartTags',
  'drawing',
  'legacyDrawing',
  'legacyDrawingHF',
  'drawingHF',
  'picture',
  'oleObjects',
  'controls',
  'webPublishItems',
  'tableParts',
  'extLst',
];

/** A dropdown list on a range, replacing a validation on exactly that range and keeping the others. */
export function setListValidation(xml: string, range: string, allowed: string[]): string {
  const list = allowed.map((a) => a.replace(/"/g, '""')).join(',');
  const rule = `<dataValidation type="list" allowBlank="1" showErrorMessage="1" error="${escapeXml(allowed.join(', '))}" sqref="${range}"><formula1>${escapeXml(`"${list}"`)}</formula1></dataValidation>`;
  const existing = /<dataValidations\b[^>]*>([\s\S]*?)<\/dataValidations>/.exec(xml);
  if (existing) {
    const kept = [...existing[1].matchAll(/<dataValidation\b[\s\S]*?(?:\/>|<\/dataValidation>)/g)]
      .map((m) => m[0])
      .filter((v) => attr(v.slice(0, v.indexOf('>') + 1), 'sqref') !== range);
    const all = [...kept, rule];
    return (
      xml.slice(0, existing.index) + `<dataValidations count="${all.length}">${all.join('')}</dataValidations>` + xml.slice(existing.index + existing[0].length)
    );
  }
  const block = `<dataValidations count="1">${rule}</dataValidations>`;
  for (const name of AFTER_VALIDATIONS) {
    const i = xml.search(new RegExp(`<${name}[\\s>/]`));
    if (i >= 0) return xml.slice(0, i) + block + xml.slice(i);
  }
  const end = xml.lastIndexOf('</worksheet>');
  return xml.slice(0, end) + block + xml.slice(end);
}
