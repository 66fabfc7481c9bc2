/**
 * Builds samples/open-government-2020-s1.xlsx from the report's rows in the JSON beside it, laid out
 * as an officer keeps it: title rows, a header row, objective and area heading rows, one row per
 * action. Strings are kept exactly as in the source. Run: npm run sample
 */
import ExcelJS from 'exceljs';
import { existsSync, readFileSync } from 'fs';
import { dirname, join } from 'path';

/** The project root, whether this runs from samples/ (ts-jest) or dist/samples/ (built). */
function projectRoot(): string {
  let dir = __dirname;
  while (!existsSync(join(dir, 'package.json')) && dirname(dir) !== dir) dir = dirname(dir);
  return dir;
}

export interface SampleAction {
  objective_group: string;
  area: string;
  id: string;
  action: string;
  responsible: string;
  deadline: string;
  cost: string;
  indicators: string;
  status: string;
  description: string;
}

export const SAMPLE_JSON = join(projectRoot(), 'samples', 'open-government-2020-s1.json');
export const SAMPLE_XLSX = join(projectRoot(), 'samples', 'open-government-2020-s1.xlsx');

const HEADERS = ['Nr.', 'Acțiunea', 'Instituția responsabilă', 'Termen de realizare', 'Costuri', 'Indicatori de progres', 'Statutul', 'Descrierea succintă'];
const WIDTHS = [7, 40, 30, 16, 18, 30, 18, 80];

export function readSampleActions(): SampleAction[] {
  return JSON.parse(readFileSync(SAMPLE_JSON, 'utf8')) as SampleAction[];
}

export function buildSampleWorkbook(actions: SampleAction[]): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Action Plan Report';
  wb.created = new Date(Date.UTC(2020, 6, 15));
  wb.modified = wb.created;
  const ws = wb.addWorksheet('Raport S1 2020', { views: [{ state: 'frozen', ySplit: 4 }] });
  ws.columns = WIDTHS.map((width) => ({ width }));
  const last = HEADERS.length;
  const spanRow = (text: string, style: Partial<ExcelJS.Font>, fill?: string) => {
    const row = ws.addRow([text]);
    ws.mergeCells(row.number, 1, row.number, last);
    row.getCell(1).font = style;
    row.getCell(1).alignment = { wrapText: true, vertical: 'middle' };
    if (fill) row.getCell(1).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: fill } };
    return row;
  };
  spanRow('Raport privind implementarea Planului de acțiuni pentru un Guvern deschis pentru anii 2019-2020', { bold: true, size: 14 });
  spanRow('pentru semestrul I, 2020', { italic: true, size: 12 });
  ws.addRow([]);
  const header = ws.addRow(HEADERS);
  header.eachCell((c) => {
    c.font = { bold: true };
    c.alignment = { wrapText: true, vertical: 'middle', horizontal: 'center' };
    c.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E1F2' } };
    c.border = { top: { style: 'thin' }, bottom: { style: 'thin' }, left: { style: 'thin' }, right: { style: 'thin' } };
  });
  let objective = '';
  let area = '';
  for (const a of actions) {
    if (a.objective_group !== objective) {
      objective = a.objective_group;
      spanRow(objective, { bold: true }, 'FFFCE4D6');
    }
    if (a.area !== area) {
      area = a.area;
      spanRow(area, { bold: true, italic: true }, 'FFF2F2F2');
    }
    const row = ws.addRow([a.id, a.action, a.responsible, a.deadline, a.cost, a.indicators, a.status, a.description]);
    row.eachCell((c) => {
      c.alignment = { wrapText: true, vertical: 'top' };
      c.border = { top: { style: 'thin' }, bottom: { style: 'thin' }, left: { style: 'thin' }, right: { style: 'thin' } };
    });
    row.getCell(1).numFmt = '@';
  }
  return wb;
}

if (require.main === module) {
  buildSampleWorkbook(readSampleActions())
    .xlsx.writeFile(SAMPLE_XLSX)
    .then(() => console.log(`wrote ${SAMPLE_XLSX}`));
}
