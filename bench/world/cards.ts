// The 2020 progress page of the Federal Data Strategy shows one "card" per milestone, not a table: this reads the
// page's heading and first two paragraphs as title rows, then the cards in page order as rows (quarter headings as
// one-cell rows), each card's five fields as cells, texts as shown. The column header row is ours (the page has none).
import { Rows, htmlText } from './tables';

export const CARD_HEADER = ['Milestone', 'Status', 'Metric', 'Metric details', 'Next step'];

const FIELDS: readonly RegExp[] = [
  /<ul class="[^"]*milestone-meta">([\s\S]*?)<\/ul>/,
  /milestone-status-classification">([\s\S]*?)<\/div>/,
  /milestone-status-metric-number">([\s\S]*?)<\/div>/,
  /milestone-status-metric-details">([\s\S]*?)<\/div>/,
  /<ul class="milestone-status-next">([\s\S]*?)<\/ul>/,
];

const PIECE = /<h3 class="milestone-quarter-heading"[^>]*>([\s\S]*?)<\/h3>|<div\s+id="action-[^"]*"\s+class="usa-grid milestone-progress-row/g;

function titleRows(body: string): Rows {
  const top = body.slice(0, body.search(PIECE));
  const heading = /<h2>([\s\S]*?)<\/h2>/.exec(top)?.[1] ?? '';
  const paragraphs = [...top.matchAll(/<p>([\s\S]*?)<\/p>/g)].slice(0, 2).map((m) => m[1]);
  return [heading, ...paragraphs].map((h) => [htmlText(h)]);
}

export function milestoneCardRows(html: string): Rows {
  const body = html.split(/<h1>Supplemental/)[0];
  const starts = [...body.matchAll(PIECE)];
  const cards = starts.map((m, i) => {
    if (m[1] !== undefined) return [htmlText(m[1])];
    const card = body.slice(m.index, starts[i + 1]?.index ?? body.length);
    return FIELDS.map((re) => htmlText(re.exec(card)?.[1] ?? ''));
  });
  return [...titleRows(body), CARD_HEADER, ...cards];
}
