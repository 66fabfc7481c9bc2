// Reads the tables of a CSV, Markdown or HTML text into rows of cell texts, keeping columns, order and text.
// Only what a table holds is kept; markup is dropped (tags, Markdown emphasis), entities are decoded.

export type Rows = string[][];

const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  ndash: '–',
  mdash: '—',
  rsquo: '’',
  lsquo: '‘',
  rdquo: '”',
  ldquo: '“',
  hellip: '…',
};

export function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e: string) => {
    if (e[0] === '#') return String.fromCodePoint(e[1].toLowerCase() === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10));
    return ENTITIES[e.toLowerCase()] ?? m;
  });
}

/** The visible text of an HTML fragment: blocks and <br> become line breaks, blank lines are dropped. */
export function htmlText(html: string): string {
  const withBreaks = html
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<\/(p|li|div|h[1-6])>/gi, '\n')
    .replace(/<li[^>]*>/gi, (html.match(/<li[\s>]/gi) ?? []).length > 1 ? '\n• ' : '\n');
  const text = decodeEntities(withBreaks.replace(/<[^>]*>/g, ''));
  return text
    .split('\n')
    .map((line) => line.replace(/[ \t\u00a0]+/g, ' ').trim())
    .filter((line) => line !== '')
    .join('\n');
}

/** Every <tr> of every <table>, in order; each <td>/<th> is one cell (colspan repeats nothing, it is one cell). */
export function htmlRows(html: string): Rows {
  const rows: Rows = [];
  for (const table of html.match(/<table[\s\S]*?<\/table>/gi) ?? []) {
    for (const tr of table.match(/<tr[\s\S]*?<\/tr>/gi) ?? []) {
      const cells = tr.match(/<t[dh][\s\S]*?<\/t[dh]>/gi) ?? [];
      rows.push(cells.map((c) => htmlText(c.replace(/^<t[dh][^>]*>/i, '').replace(/<\/t[dh]>$/i, ''))));
    }
  }
  return rows;
}

const stripEmphasis = (s: string) => s.replace(/\*\*([^*]+)\*\*/g, '$1').replace(/__([^_]+)__/g, '$1');

/** Markdown pipe tables, in order; with headings, each "#" heading line before a table becomes a one-cell row. */
export function markdownRows(md: string, keepHeadings: boolean): Rows {
  const rows: Rows = [];
  for (const raw of md.split(/\r?\n/)) {
    const line = raw.trim();
    if (keepHeadings && /^#{1,6}\s/.test(line)) rows.push([stripEmphasis(line.replace(/^#+\s*/, ''))]);
    if (!line.startsWith('|')) continue;
    const cells = line
      .replace(/^\|/, '')
      .replace(/\|$/, '')
      .split('|')
      .map((c) => stripEmphasis(c.trim()));
    if (cells.every((c) => /^:?-{3,}:?$/.test(c))) continue;
    rows.push(cells);
  }
  return rows;
}

/** RFC 4180 CSV: quoted fields may hold commas, quotes ("") and line breaks. */
export function csvRows(csv: string): Rows {
  const rows: Rows = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  const endCell = () => {
    row.push(cell);
    cell = '';
  };
  const endRow = () => {
    endCell();
    rows.push(row);
    row = [];
  };
  for (let i = 0; i < csv.length; i++) {
    const ch = csv[i];
    if (quoted && ch === '"' && csv[i + 1] === '"') {
      cell += '"';
      i++;
    } else if (ch === '"') quoted = !quoted;
    else if (quoted || (ch !== ',' && ch !== '\n' && ch !== '\r')) cell += ch;
    else if (ch === ',') endCell();
    else {
      if (ch === '\r' && csv[i + 1] === '\n') i++;
      endRow();
    }
  }
  if (cell !== '' || row.length) endRow();
  return rows;
}
