import { cellLines } from './cell-lines';

/** Cell text made inert in the outputs: it stays text, inside its heading, line or table cell. */

/** C0 controls but tab and newline, DEL and C1 controls: a terminal would obey them (ANSI escapes). */
// eslint-disable-next-line no-control-regex -- these are the characters to remove
const CONTROLS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;

/** One line of plain text: newlines and runs of spaces become one space, control characters go. */
export function oneLine(s: string): string {
  return s.replace(CONTROLS, '').replace(/\s*[\r\n\u2028\u2029]+\s*/g, ' ');
}

/** Plain text kept on its lines, control characters removed. */
export function plain(s: string): string {
  return s.replace(CONTROLS, '');
}

const HTML: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };

/** Markdown text: HTML as entities, Markdown's own characters backslashed, one line. */
export function mdInline(s: string): string {
  return oneLine(s)
    .replace(/[&<>]/g, (c) => HTML[c])
    .replace(/[\\`*_[\]#|~!]/g, '\\$&');
}

/** A Markdown table cell: as mdInline, the cell's lines kept apart by <br>, its list items after a bullet. */
export function mdCell(s: string): string {
  return cellLines(plain(s))
    .map((l) => (l.kind === 'bullet' ? `• ${mdInline(l.text)}` : mdInline(l.kind === 'numbered' ? `${l.marker} ${l.text}` : l.text)))
    .join('<br>');
}

/**
 * The narrative is the template's Markdown, values inserted on one line (the engine's output
 * escape); here its HTML becomes text and link syntax cannot carry a `javascript:` target.
 */
export function mdNarrative(md: string): string {
  return plain(md)
    .replace(/[&<>]/g, (c) => HTML[c])
    .replace(/\]\(/g, ']\\(');
}
