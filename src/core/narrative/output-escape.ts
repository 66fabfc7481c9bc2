import { toValue } from 'liquidjs';

/**
 * What `{{ … }}` writes into the narrative: the value as text, kept on one line, so that a cell's
 * newline cannot start a heading, a list item or a new paragraph of the template's Markdown.
 */
export function keepOnOneLine(value: unknown): string {
  const v = toValue(value);
  const text = typeof v === 'string' ? v : v === null || v === undefined ? '' : Array.isArray(v) ? v.map(keepOnOneLine).join('') : String(v);
  return text.replace(/[ \t]*[\r\n\u2028\u2029]+[ \t]*/g, ' ');
}
