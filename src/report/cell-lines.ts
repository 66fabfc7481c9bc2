/**
 * A cell's text as the lines a reader sees: paragraphs, bullet items ("- ", "• ") and numbered
 * items ("1)", "2.", "a)"), so that Word and Markdown show a list as a list. A list typed on one
 * line after a sentence ("…promovare. - Lansarea…") is split at each item. Every character of the
 * text stays: a bullet's marker becomes the list's bullet, a number stays as the officer wrote it.
 */
export interface CellLine {
  kind: 'text' | 'bullet' | 'numbered';
  text: string;
  /** A numbered item's own number, as written ("1)", "2.", "a)"). */
  marker?: string;
}

const BULLET = /^[-•▪◦·*]\s+(.*)$/su;
const NUMBERED = /^(\d{1,3}[.)]|[a-zа-я]\))\s+(.*)$/su;
/** " - " after the end of a sentence or a colon, before a capital or an opening quote: a new item. */
const INLINE_ITEM = /(?<=[.:;!?])\s+(?=[-•]\s+[\p{Lu}„"“«])/u;

export function cellLines(text: string): CellLine[] {
  const out: CellLine[] = [];
  for (const line of text.split(/\r\n|[\r\n\u2028\u2029]/)) {
    const pieces = line.split(INLINE_ITEM);
    for (const raw of pieces) {
      const piece = raw.trim();
      if (!piece) continue;
      const b = BULLET.exec(piece);
      const n = b ? null : NUMBERED.exec(piece);
      if (b && b[1].trim()) out.push({ kind: 'bullet', text: b[1].trim() });
      else if (n && n[2].trim()) out.push({ kind: 'numbered', marker: n[1], text: n[2].trim() });
      else out.push({ kind: 'text', text: piece });
    }
  }
  return out;
}
