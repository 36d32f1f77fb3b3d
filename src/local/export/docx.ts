/**
 * Writes an emulated Google Doc as a .docx (the `docx` package) that Word and LibreOffice open: paragraphs of styled
 * runs with their alignment and headings, tables with borders, the header and the footer (a page number in it as
 * Word's PAGE field).
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  Header,
  HeadingLevel,
  Packer,
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
    pageBreakBefore: p.pageBreakBefore || undefined,
    heading: p.heading ? HEADING[p.heading] : undefined,
    children: p.runs
      .filter((r) => r.text !== '' || r.autoText)
      .map((r) => {
        const look = {
          bold: r.bold,
          italics: r.italic,
          underline: r.underline ? {} : undefined,
          size: r.fontSize ? r.fontSize * 2 : undefined,
          font: r.fontFamily,
        };
        // A Docs AutoText is Word's PAGE or NUMPAGES field: Word and LibreOffice number each page as they print it.
        if (r.autoText)
          return new TextRun({
            ...look,
            children: [r.autoText === 'PAGE_NUMBER' ? PageNumber.CURRENT : PageNumber.TOTAL_PAGES],
          });
        return new TextRun({ ...look, text: r.text });
      }),
  });
}

const border = { style: BorderStyle.SINGLE, size: 4, color: '000000' };

/** Points → twentieths of a point (twips), Word's unit for page and column sizes. */
const twips = (points: number) => Math.round(points * 20);

function element(e: ElementState): Paragraph | Table {
  if (e.type === 'PARAGRAPH') return paragraph(e);
  const columns = Math.max(1, ...e.rows.map((r) => r.cells.length));
  // Fixed column widths (Docs API updateTableColumnProperties) become the table's grid; otherwise an even split.
  const fixed = e.columnWidths?.every((w) => typeof w === 'number') ? (e.columnWidths as number[]) : null;
  return new Table({
    width: fixed
      ? { size: twips(fixed.reduce((a, b) => a + b, 0)), type: WidthType.DXA }
      : { size: 100, type: WidthType.PERCENTAGE },
    ...(fixed ? { columnWidths: fixed.map(twips), layout: TableLayoutType.FIXED } : {}),
    borders: {
      top: border,
      bottom: border,
      left: border,
      right: border,
      insideHorizontal: border,
      insideVertical: border,
    },
    rows: e.rows.map(
      (r, k) =>
        new TableRow({
          // Pinned header rows (Docs API pinTableHeaderRows) repeat at the top of each page, as Word's header rows.
          tableHeader: k < (e.pinnedHeaderRows ?? 0) || undefined,
          cantSplit: k < (e.pinnedHeaderRows ?? 0) || undefined,
          children: Array.from({ length: columns }, (_, i) => i)
            .filter((i) => !r.cells[i]?.covered)
            .map((i) => {
              const span = r.cells[i]?.columnSpan ?? 1;
              const width = fixed ? fixed.slice(i, i + span).reduce((a, b) => a + b, 0) : 0;
              return new TableCell({
                children: (r.cells[i]?.paragraphs ?? [{ type: 'PARAGRAPH', runs: [{ text: '' }] }]).map(paragraph),
                shading: r.cells[i]?.background ? { fill: r.cells[i]!.background!.replace('#', '') } : undefined,
                columnSpan: span > 1 ? span : undefined,
                width: fixed ? { size: twips(width), type: WidthType.DXA } : undefined,
              });
            }),
        }),
    ),
  });
}

function children(s: SectionState | null): Array<Paragraph | Table> {
  return s ? s.children.map(element) : [];
}

/** The Doc's page (Docs API documentStyle) as Word's: a page wider than high is landscape. */
function pageOf(page: NonNullable<DocumentState['page']>) {
  const landscape = page.width > page.height;
  return {
    // docx takes the portrait size and turns it for landscape.
    size: {
      width: twips(Math.min(page.width, page.height)),
      height: twips(Math.max(page.width, page.height)),
      orientation: landscape ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT,
    },
    margin: {
      top: twips(page.top ?? 72),
      bottom: twips(page.bottom ?? 72),
      left: twips(page.left ?? 72),
      right: twips(page.right ?? 72),
    },
  };
}

export async function documentToDocx(doc: DocumentState): Promise<Buffer> {
  const d = new Document({
    creator: 'Jospar',
    title: doc.name,
    sections: [
      {
        properties: doc.page ? { page: pageOf(doc.page) } : undefined,
        headers: doc.header ? { default: new Header({ children: children(doc.header) }) } : undefined,
        footers: doc.footer ? { default: new Footer({ children: children(doc.footer) }) } : undefined,
        children: children(doc.body),
      },
    ],
  });
  return Packer.toBuffer(d);
}
