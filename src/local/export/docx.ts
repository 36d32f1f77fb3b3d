/**
 * Writes an emulated Google Doc as a .docx (the `docx` package) that Word and LibreOffice open: paragraphs of styled
 * runs with their alignment and headings, tables with borders, the header and the footer.
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  Header,
  HeadingLevel,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import type { DocumentState, ElementState, ParagraphState, SectionState } from '../workspace/documents';

const ALIGN: Record<string, (typeof AlignmentType)[keyof typeof AlignmentType]> = {
  LEFT: AlignmentType.LEFT,
  CENTER: AlignmentType.CENTER,
  RIGHT: AlignmentType.RIGHT,
  JUSTIFY: AlignmentType.JUSTIFIED,
};
const HEADING: Record<string, (typeof HeadingLevel)[keyof typeof HeadingLevel]> = {
  TITLE: HeadingLevel.TITLE,
  HEADING1: HeadingLevel.HEADING_1,
  HEADING2: HeadingLevel.HEADING_2,
  HEADING3: HeadingLevel.HEADING_3,
};

function paragraph(p: ParagraphState): Paragraph {
  return new Paragraph({
    alignment: p.alignment ? ALIGN[p.alignment] : undefined,
    heading: p.heading ? HEADING[p.heading] : undefined,
    children: p.runs
      .filter((r) => r.text !== '')
      .map(
        (r) =>
          new TextRun({
            text: r.text,
            bold: r.bold,
            italics: r.italic,
            underline: r.underline ? {} : undefined,
            size: r.fontSize ? r.fontSize * 2 : undefined,
            font: r.fontFamily,
          }),
      ),
  });
}

const border = { style: BorderStyle.SINGLE, size: 4, color: '000000' };

function element(e: ElementState): Paragraph | Table {
  if (e.type === 'PARAGRAPH') return paragraph(e);
  const columns = Math.max(1, ...e.rows.map((r) => r.cells.length));
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders: {
      top: border,
      bottom: border,
      left: border,
      right: border,
      insideHorizontal: border,
      insideVertical: border,
    },
    rows: e.rows.map(
      (r) =>
        new TableRow({
          children: Array.from(
            { length: columns },
            (_, i) =>
              new TableCell({
                children: (r.cells[i]?.paragraphs ?? [{ type: 'PARAGRAPH', runs: [{ text: '' }] }]).map(paragraph),
                shading: r.cells[i]?.background ? { fill: r.cells[i]!.background!.replace('#', '') } : undefined,
              }),
          ),
        }),
    ),
  });
}

function children(s: SectionState | null): Array<Paragraph | Table> {
  return s ? s.children.map(element) : [];
}

export async function documentToDocx(doc: DocumentState): Promise<Buffer> {
  const d = new Document({
    creator: 'Jospar',
    title: doc.name,
    sections: [
      {
        headers: doc.header ? { default: new Header({ children: children(doc.header) }) } : undefined,
        footers: doc.footer ? { default: new Footer({ children: children(doc.footer) }) } : undefined,
        children: children(doc.body),
      },
    ],
  });
  return Packer.toBuffer(d);
}
