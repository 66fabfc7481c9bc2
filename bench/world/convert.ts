// Turns a table published as CSV, Markdown or HTML into a one-sheet .xlsx, row for row and cell for cell.
// Usage: node dist/bench/world/convert.js IN OUT.xlsx [--headings] [--before "title line"]... [--title-from-heading] [--sheet NAME] [--header "A|B|C"] [--milestone-cards]
//    or: node dist/bench/world/convert.js SUBCOMMITMENTS_DIR OUT.xlsx --collection COMMITMENTS_DIR [--title TEXT] [--sheet NAME]
import { promises as fs } from 'fs';
import ExcelJS from 'exceljs';
import { milestoneCardRows } from './cards';
import { TRACKER_HEADER, trackerRows } from './collection';
import { csvRows, htmlRows, htmlText, markdownRows, Rows } from './tables';

export function tableRows(text: string, path: string, keepHeadings: boolean, cards = false): Rows {
  if (cards) return milestoneCardRows(text);
  if (/\.csv$/i.test(path)) return csvRows(text.replace(/^\uFEFF/, ''));
  if (/<table/i.test(text)) return htmlRows(text);
  return markdownRows(text, keepHeadings);
}

/** A cell that is a plain number is stored as one (as Excel does on opening a CSV); every other text stays text. */
export function asExcelWouldOpen(text: string): string | number {
  return /^-?(0|[1-9]\d{0,14})(\.\d+)?$/.test(text) ? Number(text) : text;
}

/** The source's first heading (Markdown "#…" or HTML <h1>-<h6>), as a title row above the table. */
export function firstHeading(text: string): string {
  const md = /^#{1,6}\s+(.+)$/m.exec(text)?.[1];
  return md ?? htmlText(/<h[1-6][^>]*>([\s\S]*?)<\/h[1-6]>/i.exec(text)?.[1] ?? '');
}

export async function writeRows(rows: Rows, out: string, sheetName: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(sheetName);
  for (const row of rows) ws.addRow(row.map(asExcelWouldOpen));
  ws.eachRow((r) => r.eachCell((c) => (c.alignment = { wrapText: true, vertical: 'top' })));
  await wb.xlsx.writeFile(out);
}

async function main(argv: string[]): Promise<void> {
  const [input, out] = argv;
  const collection = argv.indexOf('--collection');
  if (collection > 0) {
    const rows = trackerRows(input, argv[collection + 1]);
    const title = argv.includes('--title') ? [[argv[argv.indexOf('--title') + 1]]] : [];
    return writeRows([...title, TRACKER_HEADER, ...rows], out, argv[argv.indexOf('--sheet') + 1] ?? 'Sheet1');
  }
  if (!input || !out) throw new Error('usage: convert IN OUT.xlsx [--headings] [--before TEXT]... [--sheet NAME]');
  const text = await fs.readFile(input, 'utf8');
  const before: Rows = [];
  const header: Rows = [];
  let sheet = 'Sheet1';
  for (let i = 2; i < argv.length; i++) {
    if (argv[i] === '--before') before.push([argv[++i]]);
    if (argv[i] === '--sheet') sheet = argv[++i];
    if (argv[i] === '--header') header.push(argv[++i].split('|'));
    if (argv[i] === '--title-from-heading') before.push([firstHeading(text)]);
  }
  const rows = tableRows(text, input, argv.includes('--headings'), argv.includes('--milestone-cards'));
  await writeRows([...before, ...header, ...rows], out, sheet);
  process.stdout.write(`${out}: ${rows.length} table rows (+${before.length} lines before)\n`);
}

if (require.main === module) main(process.argv.slice(2)).catch((e) => (process.stderr.write(`${String(e)}\n`), process.exit(1)));
