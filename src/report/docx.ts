import { AlignmentType, Document, HeadingLevel, PageOrientation, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import { ReportModel } from './model';

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

/** The narrative's light Markdown (## headings, - items, paragraphs) as Word paragraphs. */
function narrativeParagraphs(md: string): Paragraph[] {
  const out: Paragraph[] = [];
  for (const line of md.split('\n')) {
    if (!line.trim()) continue;
    const h = /^#{1,6}\s+(.*)$/.exec(line);
    if (h) out.push(new Paragraph({ heading: HeadingLevel.HEADING_2, children: runs(h[1]) }));
    else if (/^[-*]\s+/.test(line)) out.push(new Paragraph({ bullet: { level: 0 }, children: runs(line.replace(/^[-*]\s+/, '')) }));
    else out.push(new Paragraph({ alignment: AlignmentType.JUSTIFIED, spacing: { after: 120 }, children: runs(line) }));
  }
  return out;
}

const NUMERIC = /^[\d.,]+%?$|^–$/;

function textCell(text: string, width: number, bold = false): TableCell {
  const alignment = NUMERIC.test(text) ? AlignmentType.RIGHT : AlignmentType.LEFT;
  const paragraphs = (text || ' ').split(/\n+/).map((p) => new Paragraph({ alignment, children: [new TextRun({ text: p, bold, size: 18 })] }));
  return new TableCell({ width: { size: width, type: WidthType.PERCENTAGE }, children: paragraphs });
}

/** A table whose header repeats on every page; lastBold for a totals row. */
function table(head: string[], rows: string[][], widths: number[], lastBold = false): Table {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({ tableHeader: true, children: head.map((h, i) => textCell(h, widths[i], true)) }),
      ...rows.map((r, n) => new TableRow({ children: r.map((c, i) => textCell(c, widths[i], lastBold && n === rows.length - 1)) })),
    ],
  });
}

export function buildDocx(m: ReportModel): Document {
  const actionWidths = [6, 22, 16, 10, 11, 35];
  const statsWidths = m.labels.statsColumns.map((_, i) => (i === 0 ? 34 : Math.floor(66 / (m.labels.statsColumns.length - 1))));
  const children: (Paragraph | Table)[] = [
    new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(m.title)] }),
    new Paragraph({ spacing: { after: 240 }, children: [new TextRun({ text: m.subtitle, italics: true })] }),
    ...narrativeParagraphs(m.narrative),
    new Paragraph({ heading: HeadingLevel.HEADING_1, pageBreakBefore: true, children: [new TextRun(m.labels.actionsTable)] }),
  ];
  for (const g of m.groups) {
    children.push(new Paragraph({ heading: HeadingLevel.HEADING_3, children: [new TextRun(g.title)] }));
    children.push(table(m.labels.columns, g.rows, actionWidths));
  }
  children.push(new Paragraph({ heading: HeadingLevel.HEADING_1, pageBreakBefore: true, children: [new TextRun(m.labels.statsTable)] }));
  children.push(table(m.labels.statsColumns, m.stats, statsWidths, true));
  return new Document({
    creator: 'Action Plan Report',
    title: m.title,
    styles: { default: { document: { run: { font: 'Times New Roman', size: 22 } } } },
    sections: [
      {
        properties: { page: { size: { orientation: PageOrientation.LANDSCAPE }, margin: { top: 1000, bottom: 1000, left: 1000, right: 1000 } } },
        children,
      },
    ],
  });
}
