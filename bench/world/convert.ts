// Turns a table published as CSV, Markdown or HTML into a one-sheet .xlsx, row for row and cell for cell.
// Usage: node dist/bench/world/convert.js IN OUT.xlsx [--headings] [--before "title line"]... [--sheet NAME]
import { promises as fs } from 'fs';
import ExcelJS from 'exceljs';
import { csvRows, htmlRows, markdownRows, Rows } from './tables';

export function tableRows(text: string, path: string, keepHeadings: boolean): Rows {
  if (/\.csv$/i.test(path)) return csvRows(text.replace(/^\uFEFF/, ''));
  if (/<table/i.test(text)) return htmlRows(text);
  return markdownRows(text, keepHeadings);
}

/** A cell that is a plain number is stored as one (as Excel does on opening a CSV); every other text stays text. */
export function asExcelWouldOpen(text: string): string | number {
  return /^-?(0|[1-9]\d{0,14})(\.\d+)?$/.test(text) ? Number(text) : text;
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
  if (!input || !out) throw new Error('usage: convert IN OUT.xlsx [--headings] [--before TEXT]... [--sheet NAME]');
  const before: Rows = [];
  let sheet = 'Sheet1';
  for (let i = 2; i < argv.length; i++) {
    if (argv[i] === '--before') before.push([argv[++i]]);
    if (argv[i] === '--sheet') sheet = argv[++i];
  }
  const rows = tableRows(await fs.readFile(input, 'utf8'), input, argv.includes('--headings'));
  await writeRows([...before, ...rows], out, sheet);
  process.stdout.write(`${out}: ${rows.length} table rows (+${before.length} lines before)\n`);
}

if (require.main === module) main(process.argv.slice(2)).catch((e) => (process.stderr.write(`${String(e)}\n`), process.exit(1)));
