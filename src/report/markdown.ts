import { ReportModel } from './model';

const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\s*\n\s*/g, '<br>');

function table(head: string[], rows: string[][]): string[] {
  return [`| ${head.map(cell).join(' | ')} |`, `|${head.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${r.map(cell).join(' | ')} |`)];
}

export function toMarkdown(m: ReportModel): string {
  const lines = [`# ${m.title}`, '', m.subtitle, '', m.narrative, '', `## ${m.labels.actionsTable}`, ''];
  for (const g of m.groups) lines.push(`### ${g.title}`, '', ...table(m.labels.columns, g.rows), '');
  lines.push(`## ${m.labels.statsTable}`, '', ...table(m.labels.statsColumns, m.stats), '');
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
  const lines = [rule(m.title), m.subtitle, '', narrativeToPlain(m.narrative), '', rule(m.labels.actionsTable)];
  for (const g of m.groups) {
    lines.push('', rule(g.title, '-'));
    for (const r of g.rows) {
      lines.push('', `${r[0]} ${r[1]}`);
      m.labels.columns.slice(2).forEach((label, i) => {
        if (r[i + 2]) lines.push(`  ${label}: ${r[i + 2].replace(/\n+/g, '\n    ')}`);
      });
    }
  }
  lines.push('', rule(m.labels.statsTable));
  const widths = m.labels.statsColumns.map((h, i) => Math.max(h.length, ...m.stats.map((r) => r[i].length)));
  const first = Math.min(widths[0], 60);
  const fmt = (r: string[]) =>
    r.map((c, i) => (i === 0 ? (c.length > first ? `${c.slice(0, first - 1)}…` : c.padEnd(first)) : c.padStart(widths[i]))).join('  ');
  lines.push(fmt(m.labels.statsColumns), ...m.stats.map(fmt), '');
  return lines.join('\n');
}
