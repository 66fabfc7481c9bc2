/** Ids as written: in their own column, or leading the action's text. */

const LEADING_ID = /^\s*(\d{1,3}(?:\.\d{1,3})+)\.?(?=\s|$|[^\d.])[\s.:)–-]*/;
/** "12 - …", "12) …", "12: …". */
const NUMBERED_TEXT = /^\s*(\d{1,3}(?:\.\d{1,3})*)\s*(?:[–—-]|\)|:)\s*(?=\S)/u;
/** "Action 12: …", "Acțiunea 3. – …", "Мероприятие 4 – …": a word naming the action, then its number. */
const WORDED_ID =
  /^\s*(?:action|activity|actiunea|acțiunea|activitatea|мероприятие|действие)\s*(?:nr\.?|no\.?|№)?\s*(\d{1,3}(?:\.\d{1,3})*)(?:\s*[.:)–—-])*\s*(?=\S)/iu;
/** "R2.1 …", "A1.2 …", "OG3 …": a short capital prefix joined to the number. */
const LETTERED_ID = /^\s*([A-Z]{1,3}\d{1,3}(?:\.\d{1,3})*)\.?(?=\s)[\s.:)–-]*/;

export function normaliseId(text: string): string {
  return text.replace(/\s+/g, '').replace(/\.+$/, '');
}

/** Splits "1.4. Instituirea …" into its id and title: a dotted number, the form headings never take. */
export function leadingId(text: string): { id: string; rest: string } | null {
  const m = LEADING_ID.exec(text);
  return m ? { id: normaliseId(m[1]), rest: text.slice(m[0].length).trim() } : null;
}

/** Any common way of numbering an action inside its text: dotted, "12 - ", "12) ", "Action 12:", "R2.1 ". */
export function actionTextId(text: string): { id: string; rest: string } | null {
  const dotted = leadingId(text);
  if (dotted) return dotted;
  for (const re of [NUMBERED_TEXT, WORDED_ID, LETTERED_ID]) {
    const m = re.exec(text);
    if (m) return { id: normaliseId(m[1]), rest: text.slice(m[0].length).trim() };
  }
  return null;
}
