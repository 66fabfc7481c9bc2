import { formatPeriod } from '../core/format';
import { ui } from '../core/messages';
import { evidenceText, periodSourceText, roleText, rowClassLabel } from '../core/reading/describe';
import { Reading } from '../core/reading/reading';
import { Lang } from '../core/status';

function clip(s: string, n: number): string {
  const one = s.replace(/\s+/g, ' ').trim();
  return one.length > n ? `${one.slice(0, n - 1)}…` : one;
}

/** Where the table ends and every row not read as an action, with its class. */
function rowLines(r: Reading, lang: Lang): string[] {
  const lines = [`  ${r.tableEnd !== null ? ui(lang, 'table_end', { row: r.tableEnd }) : ui(lang, 'table_end_none')}`];
  lines.push(`  ${ui(lang, 'rows_not_actions', { count: r.rows.length })}`);
  const width = Math.max(...r.rows.map((x) => rowClassLabel(x.cls, lang).length), 0);
  for (const x of r.rows) lines.push(`    ${x.cell.padEnd(6)} ${rowClassLabel(x.cls, lang).padEnd(width)}  ${clip(x.text, 70)}`);
  return lines;
}

/** `check --explain`: the header row, each column's role with its evidence, the headings and the period. */
export function renderReading(r: Reading, lang: Lang): string[] {
  const lines = [`${ui(lang, 'reading')}`, `  ${ui(lang, 'header_row', { row: r.headerRow, start: r.dataStart })}`];
  const width = Math.min(40, Math.max(8, ...r.columns.map((c) => clip(c.header, 40).length)));
  for (const c of r.columns) {
    if (!c.header && !c.role) continue;
    const confidence = c.confidence !== null ? `  ${ui(lang, 'confidence')} ${Math.round(c.confidence * 100)}%` : '';
    const evidence = evidenceText(c, lang);
    lines.push(`  ${c.column.padEnd(3)} ${clip(c.header, 40).padEnd(width)}  → ${roleText(c, lang)}${confidence}${evidence ? `  (${evidence})` : ''}`);
  }
  const objectives = r.headings.filter((h) => h.level === 'objective').length;
  lines.push(`  ${ui(lang, 'headings_found', { objectives, areas: r.headings.length - objectives })}`);
  for (const h of r.headings) lines.push(`    ${h.level === 'area' ? '  ' : ''}${h.cell.padEnd(6)} ${h.key.padEnd(3)} ${clip(h.title, 70)}`);
  lines.push(...rowLines(r, lang));
  if (r.period && r.periodSource)
    lines.push(`  ${ui(lang, 'period_from', { period: formatPeriod(r.period, lang), source: periodSourceText(r.periodSource, lang) })}`);
  else lines.push(`  ${ui(lang, 'period_unknown')}`);
  lines.push('');
  return lines;
}
