/**
 * The sample's next period and Word reports laid out the way institutions lay them out, for the
 * comparison tests. Everything is built from samples/open-government-2020-s1.json.
 */
import { AlignmentType, Document, HeadingLevel, LevelFormat, Packer, PageOrientation, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import ExcelJS from 'exceljs';
import { SampleAction, buildSampleWorkbook } from '../../samples/build-sample';

const UPDATE = 'În semestrul II, 2020 au continuat activitățile planificate, conform calendarului aprobat de instituțiile responsabile. ';

/**
 * Semester II 2020 as an officer would report it after semester I: 1.1, 3.1 and 6.5 done; 1.2 back in
 * progress; 1.10's deadline postponed from Trimestrul II, 2019 to Trimestrul IV, 2020; 2.4 renumbered
 * 2.5; 6.2 split into sub-actions 6.2.1–6.2.3 (still in progress, still overdue); 5.2 dropped
 * without being cancelled; 1.3 and 4.1 with the semester I description copied (4.1 with its years
 * changed); 1.9 and 6.7 still not started; a new action 6.8. Every other description is updated.
 */
export function nextPeriodActions(previous: SampleAction[]): SampleAction[] {
  const out: SampleAction[] = [];
  for (const a of previous) {
    const b: SampleAction = { ...a, description: UPDATE + a.description };
    switch (a.id) {
      case '1.1':
      case '3.1':
      case '6.5':
        b.status = 'Realizată';
        break;
      case '1.2':
        b.status = 'În proces de realizare';
        break;
      case '1.3':
        b.description = a.description;
        break;
      case '4.1':
        b.description = a.description.replace(/20(\d\d)/g, (_, y: string) => `20${String(Number(y) + 1).padStart(2, '0')}`);
        break;
      case '1.10':
        b.deadline = 'Trimestrul IV, 2020';
        break;
      case '2.4':
        b.id = '2.5';
        break;
      case '5.2':
        continue;
      case '6.2': {
        const services = [
          'Modernizarea serviciului de eliberare a permisului de conducere',
          'Modernizarea serviciului de acordare a ajutorului de șomaj',
          'Modernizarea serviciului de determinare a dizabilității și capacității de muncă',
        ];
        out.push({ ...a, responsible: '', deadline: '', cost: '', indicators: '', status: '', description: '' });
        services.forEach((action, i) => out.push({ ...b, id: `6.2.${i + 1}`, action }));
        continue;
      }
    }
    out.push(b);
  }
  const last = out[out.length - 1];
  out.push({
    ...last,
    id: '6.8',
    action: 'Elaborarea ghidului de bune practici privind prestarea serviciilor publice electronice pentru persoanele în etate',
    deadline: 'Trimestrul II, 2021',
    status: 'Inițiată',
    description: 'A fost constituit grupul de lucru și aprobat planul de elaborare a ghidului.',
  });
  return out;
}

/** The sample's workbook layout with the semester II title. */
export function buildNextPeriodWorkbook(actions: SampleAction[]): ExcelJS.Workbook {
  const wb = buildSampleWorkbook(actions);
  wb.worksheets[0].getCell('A2').value = 'pentru semestrul II, 2020';
  wb.worksheets[0].name = 'Raport S2 2020';
  return wb;
}

export async function xlsxBytes(wb: ExcelJS.Workbook): Promise<Uint8Array> {
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

const TITLE = 'Raport privind implementarea Planului de acțiuni pentru un Guvern deschis pentru anii 2019-2020';

const text = (s: string, bold = false) => s.split(/\n\s*\n/).map((p) => new Paragraph({ children: [new TextRun({ text: p, bold })] }));
const cell = (s: string, opts: { bold?: boolean; columnSpan?: number; rowSpan?: number } = {}) =>
  new TableCell({ children: text(s, opts.bold), columnSpan: opts.columnSpan, rowSpan: opts.rowSpan });

export type WordLayout = 'one-table' | 'table-per-objective' | 'numbered-list';

/**
 * layout "one-table": one landscape table; a header row marked to repeat on each page and also typed
 * again every ten rows (as a PDF converted to Word gives it), a column-numbering row, objective and
 * area rows merged across the table, the status glued to the description in one column
 * ("Realizată." then the narrative), ids in their own column.
 * layout "table-per-objective": the objective as a heading paragraph above a table of its own, each
 * table with its header; no id column (the id leads the action text); the area as a row merged
 * across; a deadline repeated on consecutive rows merged down (vertical merge).
 * layout "numbered-list": the "Nr." column and the area rows numbered by Word's automatic list
 * numbering (a two-level list, "1." for areas, "1.1." for actions): the numbers are not in the text.
 */
export async function buildWordReport(actions: SampleAction[], layout: WordLayout, period = 'pentru semestrul I, 2020'): Promise<Uint8Array> {
  const children: (Paragraph | Table)[] = [
    new Paragraph({ text: TITLE, heading: HEADING_TITLE, alignment: AlignmentType.CENTER }),
    new Paragraph({ text: period, alignment: AlignmentType.CENTER }),
    new Paragraph({ text: '' }),
  ];
  if (layout === 'one-table') children.push(oneTable(actions));
  else if (layout === 'numbered-list') children.push(numberedTable(actions));
  else {
    const objectives = [...new Set(actions.map((a) => a.objective_group))];
    for (const o of objectives) {
      children.push(new Paragraph({ text: o, heading: HeadingLevel.HEADING_2 }));
      children.push(objectiveTable(actions.filter((a) => a.objective_group === o)));
      children.push(new Paragraph({ text: '' }));
    }
  }
  children.push(new Paragraph({ text: 'Secretar general de stat' }));
  const doc = new Document({
    numbering: {
      config: [
        {
          reference: 'ids',
          levels: [
            { level: 0, format: LevelFormat.DECIMAL, text: '%1.' },
            { level: 1, format: LevelFormat.DECIMAL, text: '%1.%2.' },
          ],
        },
      ],
    },
    sections: [{ properties: { page: { size: { orientation: PageOrientation.LANDSCAPE } } }, children }],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}

const HEADING_TITLE = HeadingLevel.TITLE;

function oneTable(actions: SampleAction[]): Table {
  const headers = [
    'Nr. d/o',
    'Acțiunea',
    'Instituția responsabilă',
    'Termen de realizare',
    'Indicatori de progres',
    'Nivelul de realizare a acțiunii / Descrierea succintă',
  ];
  const headerRow = (repeat: boolean) => new TableRow({ tableHeader: repeat, children: headers.map((h) => cell(h, { bold: true })) });
  const rows: TableRow[] = [headerRow(true), new TableRow({ tableHeader: true, children: headers.map((_, i) => cell(String(i + 1))) })];
  let objective = '';
  let area = '';
  let since = 0;
  for (const a of actions) {
    if (since === 10) {
      rows.push(headerRow(false));
      since = 0;
    }
    if (a.objective_group !== objective)
      rows.push(new TableRow({ children: [cell((objective = a.objective_group), { bold: true, columnSpan: headers.length })] }));
    if (a.area !== area) rows.push(new TableRow({ children: [cell((area = a.area), { bold: true, columnSpan: headers.length })] }));
    const status = a.status ? `${a.status}.\n\n${a.description}` : '';
    rows.push(new TableRow({ children: [a.id, a.action, a.responsible, a.deadline, a.indicators, status].map((s) => cell(s)) }));
    since++;
  }
  return new Table({ rows, width: { size: 100, type: WidthType.PERCENTAGE } });
}

function numberedTable(actions: SampleAction[]): Table {
  const headers = ['Nr. d/o', 'Acțiunea', 'Responsabil', 'Termen de realizare', 'Statutul', 'Descrierea succintă'];
  const numbered = (level: number, s = '') =>
    new TableCell({
      children: [new Paragraph({ numbering: { reference: 'ids', level }, children: s ? [new TextRun(s)] : [] })],
      columnSpan: level === 0 ? headers.length : undefined,
    });
  const rows: TableRow[] = [new TableRow({ tableHeader: true, children: headers.map((h) => cell(h, { bold: true })) })];
  let objective = '';
  let area = '';
  for (const a of actions) {
    if (a.objective_group !== objective)
      rows.push(new TableRow({ children: [cell((objective = a.objective_group), { bold: true, columnSpan: headers.length })] }));
    if (a.area !== area) rows.push(new TableRow({ children: [numbered(0, (area = a.area).replace(/^\d+\.\s*/, ''))] }));
    rows.push(new TableRow({ children: [numbered(1), ...[a.action, a.responsible, a.deadline, a.status, a.description].map((s) => cell(s))] }));
  }
  return new Table({ rows, width: { size: 100, type: WidthType.PERCENTAGE } });
}

function objectiveTable(actions: SampleAction[]): Table {
  const headers = ['Acțiunea', 'Responsabil', 'Termen de realizare', 'Statutul', 'Informația privind realizarea'];
  const rows: TableRow[] = [new TableRow({ tableHeader: true, children: headers.map((h) => cell(h, { bold: true })) })];
  let area = '';
  for (let i = 0; i < actions.length; i++) {
    const a = actions[i];
    if (a.area !== area) rows.push(new TableRow({ children: [cell((area = a.area), { bold: true, columnSpan: headers.length })] }));
    const previousSame = i > 0 && actions[i - 1].area === a.area && actions[i - 1].deadline === a.deadline;
    let span = 1;
    while (i + span < actions.length && actions[i + span].deadline === a.deadline && actions[i + span].area === a.area) span++;
    const cells = [cell(`${a.id}. ${a.action}`), cell(a.responsible)];
    if (!previousSame) cells.push(cell(a.deadline, { rowSpan: span }));
    cells.push(cell(a.status), cell(a.description));
    rows.push(new TableRow({ children: cells }));
  }
  return new Table({ rows, width: { size: 100, type: WidthType.PERCENTAGE } });
}

/** A letter: an address, paragraphs, a signature, and a small contact table. No plan. */
export async function buildLetter(): Promise<Uint8Array> {
  const doc = new Document({
    sections: [
      {
        children: [
          new Paragraph('Către: Cancelaria de Stat'),
          new Paragraph('Nr. 01-12/345 din 15.07.2020'),
          new Paragraph('Stimată doamnă Secretar general,'),
          new Paragraph(
            'Prin prezenta, vă informăm că raportul privind implementarea Planului de acțiuni pentru semestrul I, 2020 va fi prezentat până la 31 iulie 2020.',
          ),
          new Table({
            rows: [
              new TableRow({ children: [cell('Persoana de contact'), cell('Telefon')] }),
              new TableRow({ children: [cell('Direcția analiză'), cell('022 000 000')] }),
            ],
          }),
          new Paragraph('Cu respect,'),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}
