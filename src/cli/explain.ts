import { formatPeriod } from '../core/format';
import { roleLabel, ui } from '../core/messages';
import { PeriodSource } from '../core/period';
import { Reading } from '../core/reading/reading';
import { Lang } from '../core/status';

function clip(s: string, n: number): string {
  const one = s.replace(/\s+/g, ' ').trim();
  return one.length > n ? `${one.slice(0, n - 1)}…` : one;
}

export function sourceText(source: PeriodSource, lang: Lang): string {
  switch (source.kind) {
    case 'cell':
      return ui(lang, 'source_cell', { cell: source.cell, text: clip(source.text, 60) });
    case 'sheet':
      return ui(lang, 'source_sheet', { text: source.text });
    case 'file':
      return ui(lang, 'source_file', { text: source.text });
    case 'option':
      return ui(lang, 'source_option');
  }
}

/** `check --explain`: the header row, each column's role with its evidence, the headings and the period. */
export function renderReading(r: Reading, lang: Lang): string[] {
  const lines = [`${ui(lang, 'reading')}`, `  ${ui(lang, 'header_row', { row: r.headerRow, start: r.dataStart })}`];
  const width = Math.min(40, Math.max(8, ...r.columns.map((c) => clip(c.header, 40).length)));
  for (const c of r.columns) {
    if (!c.header && !c.role) continue;
    const role = c.role ? roleLabel(lang, c.role) : ui(lang, 'role_none');
    const evidence: string[] = [];
    if (c.source === 'user') evidence.push(ui(lang, 'evidence_user'));
    if (c.source === 'header' || c.source === 'both') evidence.push(ui(lang, 'evidence_header'));
    if ((c.source === 'content' || c.source === 'both') && c.cells) evidence.push(ui(lang, 'evidence_content', { supporting: c.supporting, cells: c.cells }));
    const confidence = c.confidence !== null ? `  ${ui(lang, 'confidence')} ${Math.round(c.confidence * 100)}%` : '';
    lines.push(`  ${c.column.padEnd(3)} ${clip(c.header, 40).padEnd(width)}  → ${role}${confidence}${evidence.length ? `  (${evidence.join('; ')})` : ''}`);
  }
  const objectives = r.headings.filter((h) => h.level === 'objective').length;
  const areas = r.headings.length - objectives;
  lines.push(`  ${ui(lang, 'headings_found', { objectives, areas })}`);
  for (const h of r.headings) lines.push(`    ${h.level === 'area' ? '  ' : ''}${h.cell.padEnd(6)} ${h.key.padEnd(3)} ${clip(h.title, 70)}`);
  if (r.period && r.periodSource)
    lines.push(`  ${ui(lang, 'period_from', { period: formatPeriod(r.period, lang), source: sourceText(r.periodSource, lang) })}`);
  else lines.push(`  ${ui(lang, 'period_unknown')}`);
  lines.push('');
  return lines;
}
