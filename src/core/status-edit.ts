import { inferStatus, matchLeadingStatus, nearStatus, State } from './status';

/**
 * A status written into a cell: the exact characters it takes the place of, at the start of the
 * cell's text after any white space, and what goes there. Every other character stays.
 */
export interface StatusEdit {
  typed: string;
  replacement: string;
}

/** Between a status put before a cell's text and that text. */
export const STATUS_SEPARATOR = '. ';

/** White space and invisible characters before the status: the cell's own, kept where they are. */
const leadOf = (text: string) => /^[\s\p{Cf}]*/u.exec(text)![0].length;

/** The cell's text with the edit made; null when the cell does not start with what the edit replaces. */
export function applyStatusEdit(text: string, edit: StatusEdit): string | null {
  const lead = leadOf(text);
  if (!text.startsWith(edit.typed, lead)) return null;
  return text.slice(0, lead) + edit.replacement + text.slice(lead + edit.typed.length);
}

/** The part of a cell that is its status phrase, and the rest as typed (the separator after the phrase kept apart). */
export interface StatusCell {
  /** White space before the status. */
  lead: string;
  /** The status phrase as typed; empty when the cell does not start with one. */
  phrase: string;
  /** What follows the phrase up to the text: its qualifiers stay in the text, only punctuation and space come here. */
  separator: string;
  text: string;
}

/**
 * A combined status / description cell split for editing: the leading status phrase (one of the
 * vocabulary, a clear phrase outside it used alone, or a near miss), and the text after it.
 */
export function splitStatusCell(cell: string, allowed: readonly State[]): StatusCell {
  const lead = leadOf(cell);
  const body = cell.slice(lead);
  const m = matchLeadingStatus(body);
  const inferred = m ? null : inferStatus(body);
  const near = m || inferred ? null : nearStatus(body, allowed);
  const end = m ? m.phraseEnd : inferred?.whole ? inferred.phraseEnd : near ? typedEnd(body, near.end) : 0;
  // Nothing read as a status: the text starts the cell, whatever its first character.
  const separator = end > 0 ? /^[\s.,;:!–-]*/.exec(body.slice(end))![0] : '';
  return { lead: cell.slice(0, lead), phrase: body.slice(0, end), separator, text: body.slice(end + separator.length) };
}

/** A combined cell with its status chosen: the status put in place of the old one, or before the text; the text kept. */
export function joinStatusCell(parts: StatusCell, status: string): string {
  const separator = parts.separator || (parts.text ? STATUS_SEPARATOR : '');
  return parts.lead + status + separator + parts.text;
}

/** The end of a leading phrase read loosely, without the white space and "!" after its words. */
export function typedEnd(text: string, end: number): number {
  let e = end;
  while (e > 0 && /[\s!]/.test(text[e - 1])) e--;
  return e;
}
