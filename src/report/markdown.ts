import { mdCell, mdInline, mdNarrative, oneLine, plain } from './inert';
import { ReportModel } from './model';

function table(head: string[], rows: string[][]): string[] {
  return [`| ${head.map(mdCell).join(' | ')} |`, `|${head.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${r.map(mdCell).join(' | ')} |`)];
}

/** The report in Markdown; text from cells is escaped so that it stays text in its heading or cell. */
export function toMarkdown(m: ReportModel): string {
  const lines = [`# ${mdInline(m.title)}`, '', mdInline(m.subtitle), '', mdNarrative(m.narrative), '', `## ${m.labels.actionsTable}`, ''];
  for (const g of m.groups) lines.push(...(g.title ? [`### ${mdInline(g.title)}`, ''] : []), ...table(m.labels.columns, g.rows), '');
  if (m.stats.length) lines.push(`## ${m.labels.statsTable}`, '', ...table(m.labels.statsColumns, m.stats), '');
  return lines.join('\n');
}

/** The narrative alone, from the template's light Markdown to plain text. */
export function narrativeToPlain(md: string): string {
  return md
    .split('\n')
    .map((l) => {
      const h = /^#{1,6}\s+(.*)$/.exec(l);
      const text = (h ? h[1] : l).replace(/\*\*(.+?)\*\*/g, '$1');
      return h ? `${text}\n${'='.repeat(text.length)}` : text;
    })
    .join('\n');
}

export function toPlainText(m: ReportModel): string {
  const rule = (s: string, ch = '=') => `${s}\n${ch.repeat(Math.min(s.length, 100))}`;
  const lines = [rule(oneLine(m.title)), oneLine(m.subtitle), '', plain(narrativeToPlain(m.narrative)), '', rule(m.labels.actionsTable)];
  for (const g of m.groups) {
    if (g.title) lines.push('', rule(oneLine(g.title), '-'));
    for (const r of g.rows) {
      lines.push('', oneLine(`${r[0]} ${r[1]}`));
      // Continuation lines are indented: a cell's "# " or "===" line cannot pass for a heading.
      m.labels.columns.slice(2).forEach((label, i) => {
        if (r[i + 2])
          lines.push(
            `  ${label}: ${plain(r[i + 2])
              .trim()
              .replace(/\s*\n\s*/g, '\n    ')}`,
          );
      });
    }
  }
  if (!m.stats.length) return [...lines, ''].join('\n');
  lines.push('', rule(m.labels.statsTable));
  const stats = m.stats.map((r) => r.map(oneLine));
  const widths = m.labels.statsColumns.map((h, i) => Math.max(h.length, ...stats.map((r) => r[i].length)));
  const first = Math.min(widths[0], 60);
  const fmt = (r: string[]) =>
    r.map((c, i) => (i === 0 ? (c.length > first ? `${c.slice(0, first - 1)}…` : c.padEnd(first)) : c.padStart(widths[i]))).join('  ');
  lines.push(fmt(m.labels.statsColumns), ...stats.map(fmt), '');
  return lines.join('\n');
}
