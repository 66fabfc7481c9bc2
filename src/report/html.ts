import { cellLines } from './cell-lines';
import { narrativeToHtml } from './clipboard';
import { ReportModel } from './model';

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** A cell's lines as HTML: paragraphs, and its lists as lists (Word pastes them as lists). */
function cellHtml(text: string): string {
  const out: string[] = [];
  let items: string[] = [];
  const flush = () => {
    if (items.length) out.push(`<ul style="margin:0;padding-left:14pt">${items.join('')}</ul>`);
    items = [];
  };
  for (const l of cellLines(text)) {
    if (l.kind === 'bullet') {
      items.push(`<li>${escapeHtml(l.text)}</li>`);
      continue;
    }
    flush();
    out.push(`<p style="margin:0">${escapeHtml(l.kind === 'numbered' ? `${l.marker} ${l.text}` : l.text)}</p>`);
  }
  flush();
  return out.join('');
}

function tableHtml(head: string[], rows: string[][]): string {
  const cell = (tag: string, t: string) => `<${tag} style="border:1px solid #000;padding:2pt 4pt;vertical-align:top">${cellHtml(t)}</${tag}>`;
  return `<table style="border-collapse:collapse;width:100%;font-size:10pt"><thead><tr>${head.map((h) => cell('th', h)).join('')}</tr></thead><tbody>${rows
    .map((r) => `<tr>${r.map((c) => cell('td', c)).join('')}</tr>`)
    .join('')}</tbody></table>`;
}

/**
 * The whole report (title, narrative, the actions' tables, the statistics) as HTML for the
 * clipboard: where the pane cannot download a .docx (Office on Mac), Word pastes this with its
 * headings, lists and tables. Every piece of text is escaped.
 */
export function reportToHtml(m: ReportModel): string {
  const narrative = narrativeToHtml(m.narrative).replace(/^<meta charset="utf-8"><div>|<\/div>$/g, '');
  const parts = [`<h1>${escapeHtml(m.title)}</h1>`, ...m.titleLines.map((l) => `<p>${escapeHtml(l.replace(/\*\*/g, ''))}</p>`), narrative];
  parts.push(`<h1>${escapeHtml(m.labels.actionsTable)}</h1>`);
  for (const g of m.groups) parts.push(...(g.title ? [`<h2>${escapeHtml(g.title)}</h2>`] : []), tableHtml(m.labels.columns, g.rows));
  if (m.stats.length) parts.push(`<h1>${escapeHtml(m.labels.statsTable)}</h1>`, tableHtml(m.labels.statsColumns, m.stats));
  return `<meta charset="utf-8"><div>${parts.join('\n')}</div>`;
}
