// The U.S. NAP5 commitment tracker keeps one record per sub-commitment as a Jekyll collection (Markdown files with a
// YAML front matter) and renders each as a small table with the labels below. This reads the records, in file
// order, as rows under those labels; theme and commitment title come from the record and its parent commitment.
import { readFileSync, readdirSync } from 'fs';
import { join } from 'path';
import { Rows, htmlText } from './tables';

export const TRACKER_HEADER = [
  'Theme',
  'Commitment',
  'ID',
  'Sub-Commitment',
  'Agency & Subagency',
  'Sub-Commitment Status',
  'February 2024 Progress',
  'August 2023 Progress',
];

/** A YAML front matter of `key: value` lines; a double-quoted value may run over lines (folded as YAML folds it). */
export function frontMatter(text: string): { fields: Record<string, string>; body: string } {
  const m = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(text);
  if (!m) return { fields: {}, body: text };
  const fields: Record<string, string> = {};
  const lines = m[1].split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const kv = /^([A-Za-z_][\w-]*):\s*(.*)$/.exec(lines[i]);
    if (!kv) continue;
    let value = kv[2];
    if (value.startsWith('"')) {
      while (!/[^\\]"\s*$/.test(value) && i + 1 < lines.length) {
        const next = lines[++i].trim();
        value += next === '' ? '\n' : value.endsWith('\n') ? next : ` ${next}`;
      }
      value = value.trim().replace(/^"|"$/g, '').replace(/\\"/g, '"');
    }
    fields[kv[1]] = value.trim();
  }
  return { fields, body: m[2] };
}

const records = (dir: string) =>
  readdirSync(dir)
    .filter((f) => f.endsWith('.md'))
    .sort()
    .map((f) => frontMatter(readFileSync(join(dir, f), 'utf8')));

export function trackerRows(subDir: string, parentDir: string): Rows {
  const titles = new Map(records(parentDir).map((r) => [r.fields.commitment_id, r.fields.title]));
  return records(subDir).map(({ fields: f, body }) => [
    f.commitment_theme_name,
    titles.get(f.commitment_id) ?? '',
    f.commitment_detail_sub_id,
    f.commitment_detail_sub,
    htmlText(f.commitment_agency),
    f.commitment_status,
    body.trim(),
    htmlText(f.aug_2023_progress ?? ''),
  ]);
}
