import type { Analysis } from '../core/analyze';
import { formatPeriod } from '../core/format';
import { ui } from '../core/messages';
import type { UiKey } from '../core/messages/catalog';
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

/** The sheets read, as the header line names them: one name, or each name of a plan over several sheets. */
export function sheetsRead(a: Analysis): string {
  const read = a.sheets.filter((s) => s.use === 'read').map((s) => s.sheet);
  return read.length > 1 ? read.join(', ') : a.sheet;
}

/** `--explain` for a workbook of several sheets: which were read, the cover, and each sheet left with its reason. */
export function renderSheets(a: Analysis, lang: Lang): string[] {
  if (a.sheets.length < 2) return [];
  const read = a.sheets.filter((s) => s.use === 'read');
  const lines = [ui(lang, 'sheets_read', { count: read.length, sheets: read.map((s) => `"${s.sheet}"`).join(', ') })];
  for (const s of a.sheets) {
    if (s.use === 'cover') lines.push(`  ${ui(lang, 'sheet_cover', { sheet: `"${s.sheet}"` })}`);
    if (s.use === 'left') lines.push(`  ${ui(lang, 'sheet_left', { sheet: `"${s.sheet}"`, why: ui(lang, `sheet_why_${s.reason}` as UiKey) })}`);
  }
  lines.push('');
  return lines;
}
