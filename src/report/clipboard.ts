/**
 * The narrative for the clipboard: HTML that Word and Outlook paste with its headings, bold and
 * lists, and plain text without Markdown marks. Every piece of text is escaped: nothing in a cell
 * or a template becomes markup.
 */

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** "**bold**" spans as <strong>, the rest escaped. */
function inlineHtml(text: string): string {
  return text
    .split(/(\*\*.+?\*\*)/)
    .map((part) => {
      const b = /^\*\*(.+)\*\*$/.exec(part);
      return b ? `<strong>${escapeHtml(b[1])}</strong>` : escapeHtml(part);
    })
    .join('');
}

const plainInline = (text: string) => text.replace(/\*\*(.+?)\*\*/g, '$1');

/** The narrative's light Markdown (# to ### headings, - items, paragraphs) as an HTML fragment. */
export function narrativeToHtml(md: string): string {
  const out: string[] = [];
  let items: string[] = [];
  const flush = () => {
    if (items.length) out.push(`<ul>${items.join('')}</ul>`);
    items = [];
  };
  for (const line of md.split('\n')) {
    const item = /^[-*]\s+(.*)$/.exec(line);
    if (item) {
      items.push(`<li>${inlineHtml(item[1])}</li>`);
      continue;
    }
    flush();
    const h = /^(#{1,6})\s+(.*)$/.exec(line);
    if (h) out.push(`<h${Math.min(h[1].length, 3)}>${inlineHtml(h[2])}</h${Math.min(h[1].length, 3)}>`);
    else if (line.trim()) out.push(`<p>${inlineHtml(line)}</p>`);
  }
  flush();
  return `<meta charset="utf-8"><div>${out.join('\n')}</div>`;
}

/** The narrative as plain text: headings and paragraphs as lines, list items after a bullet, no marks. */
export function narrativeToClipboardText(md: string): string {
  return md
    .split('\n')
    .map((line) => {
      const item = /^[-*]\s+(.*)$/.exec(line);
      if (item) return `• ${plainInline(item[1])}`;
      const h = /^#{1,6}\s+(.*)$/.exec(line);
      return plainInline(h ? h[1] : line);
    })
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
