import { roleLabel, ui } from '../messages';
import { PeriodSource } from '../period';
import { Lang } from '../status';
import { ColumnReading } from './reading';
import { RowAccount } from './row-accounts';

function clip(s: string, n: number): string {
  const one = s.replace(/\s+/g, ' ').trim();
  return one.length > n ? `${one.slice(0, n - 1)}…` : one;
}

/** Where the period was read, as the officer reads it: "cell A2 ("pentru semestrul I, 2022")". */
export function periodSourceText(source: PeriodSource, lang: Lang): string {
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

/** Why a column has its role: "header; content: 28 of 29 cells". */
export function evidenceText(c: ColumnReading, lang: Lang): string {
  const parts: string[] = [];
  if (c.source === 'user') parts.push(ui(lang, 'evidence_user'));
  if (c.source === 'header' || c.source === 'both') parts.push(ui(lang, 'evidence_header'));
  if ((c.source === 'content' || c.source === 'both') && c.cells) parts.push(ui(lang, 'evidence_content', { supporting: c.supporting, cells: c.cells }));
  return parts.join('; ');
}

export function roleText(c: ColumnReading, lang: Lang): string {
  return c.role ? roleLabel(lang, c.role) : ui(lang, 'role_none');
}

/** A row's class as the officer names it: title, header, grouping, total, note. */
export function rowClassLabel(cls: RowAccount['cls'], lang: Lang): string {
  return ui(lang, `row_class_${cls}`);
}
