import {
  AlignmentType,
  Document,
  Footer,
  HeadingLevel,
  LevelFormat,
  PageNumber,
  PageOrientation,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import { cellLines } from './cell-lines';
import { ColumnContent, fitColumns, textWidth } from './columns';
import { ReportModel } from './model';

/** A4 landscape, 2 cm margins: the text is 16838 − 2 × 1134 twips wide. */
const PAGE = { width: 16838, height: 11906, margin: 1134 };
export const TEXT_WIDTH = PAGE.width - 2 * PAGE.margin;
export const TABLE_FONT_PT = 10;
/** The statistics table is denser: one column per state, headed by words like "Мероприятия". */
export const STATS_FONT_PT = 9;
/** Cell margins (left and right), borders and a little slack, in twips. */
const CELL_MARGIN = 85;
const CELL_PADDING = 2 * CELL_MARGIN + 40;

const TABLE_STYLE = 'ReportTable';
const TABLE_TEXT = 'TableText';
const TITLE_BLOCK = 'TitleBlock';

/** Styles added to docx's defaults. The table style: borders, cell margins, a shaded bold header; one place to restyle every table in Word. */
const tableStyleXml = `<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:style w:type="table" w:styleId="${TABLE_STYLE}">
<w:name w:val="Report Table"/><w:uiPriority w:val="59"/><w:qFormat/>
<w:pPr><w:spacing w:before="0" w:after="0" w:line="240" w:lineRule="auto"/></w:pPr>
<w:rPr><w:sz w:val="${TABLE_FONT_PT * 2}"/><w:szCs w:val="${TABLE_FONT_PT * 2}"/></w:rPr>
<w:tblPr><w:tblBorders>${['top', 'left', 'bottom', 'right', 'insideH', 'insideV']
  .map((s) => `<w:${s} w:val="single" w:sz="4" w:space="0" w:color="000000"/>`)
  .join('')}</w:tblBorders>
<w:tblCellMar><w:top w:w="28" w:type="dxa"/><w:left w:w="${CELL_MARGIN}" w:type="dxa"/><w:bottom w:w="28" w:type="dxa"/><w:right w:w="${CELL_MARGIN}" w:type="dxa"/></w:tblCellMar></w:tblPr>
<w:tblStylePr w:type="firstRow"><w:rPr><w:b/><w:bCs/></w:rPr><w:tcPr><w:shd w:val="clear" w:color="auto" w:fill="E7ECF5"/></w:tcPr></w:tblStylePr>
</w:style></w:styles>`;

/** "Text with **bold** parts" -> runs. */
function runs(text: string, bold = false): TextRun[] {
  return text
    .split(/(\*\*.+?\*\*)/)
    .filter(Boolean)
    .map((part) => {
      const b = /^\*\*(.+)\*\*$/.exec(part);
      return new TextRun({ text: b ? b[1] : part, bold: bold || !!b });
    });
}

/** The narrative's light Markdown (## and ### headings, - items, paragraphs) as Word paragraphs. */
function narrativeParagraphs(md: string): Paragraph[] {
  const out: Paragraph[] = [];
  for (const line of md.split('\n')) {
    if (!line.trim()) continue;
    const h = /^(#{1,6})\s+(.*)$/.exec(line);
    if (h) out.push(new Paragraph({ heading: h[1].length <= 2 ? HeadingLevel.HEADING_1 : HeadingLevel.HEADING_2, children: runs(h[2]) }));
    else if (/^[-*]\s+/.test(line)) out.push(new Paragraph({ bullet: { level: 0 }, children: runs(line.replace(/^[-*]\s+/, '')) }));
    else out.push(new Paragraph({ alignment: AlignmentType.JUSTIFIED, spacing: { after: 120 }, children: runs(line) }));
  }
  return out;
}

const NUMERIC = /^[\d.,]+\s?%?$|^–$/;

interface CellOptions {
  bold?: boolean;
  numeric?: boolean;
  sizePt?: number;
  /** Keep with the next row (a short table stays on one page). */
  keepNext?: boolean;
}

const CELL_BULLET = 'cell-bullet';
/** A bullet in a table cell: indented by a bullet's width, not Word's default half inch. */
const cellBulletNumbering = {
  reference: CELL_BULLET,
  levels: [{ level: 0, format: LevelFormat.BULLET, text: '•', alignment: AlignmentType.LEFT, style: { paragraph: { indent: { left: 284, hanging: 284 } } } }],
};

/** A cell's lines as paragraphs: its lists as Word lists, a numbered item with its own number and a hanging indent. */
function cellParagraphs(text: string, alignment: (typeof AlignmentType)[keyof typeof AlignmentType], opts: CellOptions): Paragraph[] {
  const lines = cellLines(text);
  const run = (t: string) => new TextRun({ text: t, bold: opts.bold, size: opts.sizePt ? opts.sizePt * 2 : undefined });
  if (!lines.length) return [new Paragraph({ style: TABLE_TEXT, alignment, children: [run(' ')] })];
  return lines.map((l) =>
    l.kind === 'bullet'
      ? new Paragraph({ style: TABLE_TEXT, alignment, numbering: { reference: CELL_BULLET, level: 0 }, children: [run(l.text)] })
      : l.kind === 'numbered'
        ? new Paragraph({ style: TABLE_TEXT, alignment, indent: { left: 284, hanging: 284 }, children: [run(`${l.marker} ${l.text}`)] })
        : new Paragraph({ style: TABLE_TEXT, alignment, children: [run(l.text)] }),
  );
}

function textCell(text: string, width: number, opts: CellOptions = {}): TableCell {
  const alignment = opts.numeric && NUMERIC.test(text) ? AlignmentType.RIGHT : AlignmentType.LEFT;
  return new TableCell({ width: { size: width, type: WidthType.DXA }, children: cellParagraphs(text, alignment, opts) });
}

/** Lines on a page of text (10 pt at single spacing); a row under a quarter of a page is kept whole. */
export const LINES_PER_PAGE = Math.floor((PAGE.height - 2 * PAGE.margin) / (TABLE_FONT_PT * 23));
export const KEEP_WHOLE_LINES = Math.floor(LINES_PER_PAGE / 4);

/** The lines a row takes, estimated from its widest-filled cell. */
export function rowLines(row: string[], widths: number[]): number {
  return Math.max(
    ...row.map((text, i) =>
      text.split('\n').reduce((n, p) => n + Math.max(1, Math.ceil((textWidth(p, TABLE_FONT_PT) * 1.1) / Math.max(1, widths[i] - CELL_PADDING))), 0),
    ),
  );
}

/**
 * A table in the report's style: fixed column widths, a header row repeated on every page. Short
 * rows are kept whole on a page; a long row may continue on the next page rather than leave the
 * rest of the page empty.
 */
function table(
  head: string[],
  rows: string[][],
  widths: number[],
  opts: { lastBold?: boolean; numeric?: boolean; sizePt?: number; keepTogether?: boolean } = {},
): Table {
  return new Table({
    style: TABLE_STYLE,
    layout: TableLayoutType.FIXED,
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    rows: [
      new TableRow({
        tableHeader: true,
        cantSplit: true,
        children: head.map((h, i) => textCell(h, widths[i], { bold: true, sizePt: opts.sizePt, keepNext: true })),
      }),
      ...rows.map(
        (r, n) =>
          new TableRow({
            cantSplit: rowLines(r, widths) <= KEEP_WHOLE_LINES,
            children: r.map((c, i) =>
              textCell(c, widths[i], {
                bold: opts.lastBold && n === rows.length - 1,
                numeric: opts.numeric && i > 0,
                sizePt: opts.sizePt,
                keepNext: opts.keepTogether && n < rows.length - 1,
              }),
            ),
          }),
      ),
    ],
  });
}

const columnsOf = (head: string[], rows: string[][], minShare: (i: number) => number = () => 0): ColumnContent[] =>
  head.map((header, i) => ({ header, cells: rows.map((r) => r[i] ?? ''), minShare: minShare(i) }));

/** Widths for the action tables (every objective's table alike): id, action, responsible, deadline, status, description. */
export function actionColumnWidths(m: ReportModel): number[] {
  const rows = m.groups.flatMap((g) => g.rows);
  // The action and its responsible stay readable beside a long description.
  const share = [0, 0.18, 0.13, 0, 0, 0.3];
  return fitColumns(
    columnsOf(m.labels.columns, rows, (i) => share[i]),
    { width: TEXT_WIDTH, sizePt: TABLE_FONT_PT, padding: CELL_PADDING },
  );
}

export function statsColumnWidths(m: ReportModel): number[] {
  // The objective's title keeps a quarter of the width where the numbers' headers allow it.
  return fitColumns(
    columnsOf(m.labels.statsColumns, m.stats, (i) => (i === 0 ? 0.25 : 0)),
    { width: TEXT_WIDTH, sizePt: STATS_FONT_PT, padding: CELL_PADDING },
  );
}

function footer(m: ReportModel): Footer {
  const [before, middle, after] = m.labels.page.split(/\{page\}|\{pages\}/);
  return new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [
          new TextRun({ text: m.period ? `${m.period} · ` : '', size: 18 }),
          new TextRun({ size: 18, children: [before ?? '', PageNumber.CURRENT, middle ?? '', PageNumber.TOTAL_PAGES, after ?? ''] }),
        ],
      }),
    ],
  });
}

export interface DocxOptions {
  /** Column widths of the action tables, in twips; by default from their content. */
  actionWidths?: number[];
}

export function buildDocx(m: ReportModel, o: DocxOptions = {}): Document {
  const actionWidths = o.actionWidths ?? actionColumnWidths(m);
  const children: (Paragraph | Table)[] = [
    new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(m.title)] }),
    ...m.titleLines.map((line) => new Paragraph({ style: TITLE_BLOCK, children: runs(line) })),
  ];
  if (m.abbreviations.length) {
    children.push(new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun(m.labels.abbreviations)] }));
    for (const [code, name] of m.abbreviations)
      children.push(new Paragraph({ children: [new TextRun({ text: code, bold: true }), new TextRun(` – ${name}`)] }));
  }
  children.push(...narrativeParagraphs(m.narrative));
  children.push(new Paragraph({ heading: HeadingLevel.HEADING_1, pageBreakBefore: true, children: [new TextRun(m.labels.actionsTable)] }));
  for (const g of m.groups) {
    if (g.title) children.push(new Paragraph({ heading: HeadingLevel.HEADING_2, keepNext: true, children: [new TextRun(g.title)] }));
    children.push(table(m.labels.columns, g.rows, actionWidths));
  }
  if (m.stats.length) {
    children.push(new Paragraph({ heading: HeadingLevel.HEADING_1, keepNext: true, spacing: { before: 360 }, children: [new TextRun(m.labels.statsTable)] }));
    children.push(table(m.labels.statsColumns, m.stats, statsColumnWidths(m), { lastBold: true, numeric: true, sizePt: STATS_FONT_PT, keepTogether: true }));
  }
  const heading = (size: number, before: number) => ({
    run: { size, bold: true, color: '000000', font: 'Times New Roman' },
    paragraph: { spacing: { before, after: 120 }, keepNext: true, keepLines: true },
  });
  return new Document({
    creator: 'Action Plan Report',
    title: m.title,
    externalStyles: tableStyleXml,
    numbering: { config: [cellBulletNumbering] },
    styles: {
      default: {
        document: { run: { font: 'Times New Roman', size: 24 }, paragraph: { spacing: { after: 60 } } },
        title: {
          run: { size: 32, bold: true, color: '000000', font: 'Times New Roman' },
          paragraph: { alignment: AlignmentType.CENTER, spacing: { after: 120 } },
        },
        heading1: heading(28, 240),
        heading2: heading(24, 200),
      },
      paragraphStyles: [
        { id: TITLE_BLOCK, name: 'Title Block', basedOn: 'Normal', quickFormat: true, paragraph: { alignment: AlignmentType.CENTER, spacing: { after: 60 } } },
        {
          id: TABLE_TEXT,
          name: 'Table Text',
          basedOn: 'Normal',
          quickFormat: true,
          run: { size: TABLE_FONT_PT * 2 },
          paragraph: { spacing: { before: 0, after: 0 } },
        },
      ],
    },
    sections: [
      {
        properties: {
          page: {
            size: { width: PAGE.height, height: PAGE.width, orientation: PageOrientation.LANDSCAPE },
            margin: { top: PAGE.margin, bottom: PAGE.margin, left: PAGE.margin, right: PAGE.margin, footer: 567 },
          },
        },
        footers: { default: footer(m) },
        children,
      },
    ],
  });
}
