/**
 * The title block a template writes before its first section: a "# " title line, then lines such as
 * the institution, the period and the date. Everything from the first "## " heading on is the body.
 */
export interface TitleBlock {
  /** The "# " line, or null when the template writes no title. */
  title: string | null;
  /** The other lines of the block, in order, without blank lines. */
  lines: string[];
  /** The narrative after the block. */
  body: string;
}

export function splitTitleBlock(narrative: string): TitleBlock {
  const all = narrative.split('\n');
  const first = all.findIndex((l) => l.trim() !== '');
  if (first < 0 || !/^#\s+\S/.test(all[first])) return { title: null, lines: [], body: narrative };
  let end = all.findIndex((l, i) => i > first && /^#{1,6}\s/.test(l));
  if (end < 0) end = all.length;
  return {
    title: all[first].replace(/^#\s+/, '').trim(),
    lines: all
      .slice(first + 1, end)
      .map((l) => l.trim())
      .filter(Boolean),
    body: all.slice(end).join('\n').trim(),
  };
}
