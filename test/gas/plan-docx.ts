/** Test files in the approved plan's shape, built in the test: a .docx like the seed's, and an .xlsx. */
import { AlignmentType, Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import ExcelJS from 'exceljs';
import type { PlanDocument } from '../../src/core/plan/types';

const HEADER = ['№', 'Іс-шаралар', 'Жауапты', 'Орындау мерзімі', 'Аяқталу түрі'];

const cell = (text: string, span = 1) =>
  new TableCell({
    columnSpan: span,
    // A cell's line breaks are separate paragraphs in Word, as in the seed ("АҚД директоры,\nОПҰжМБ бастығы").
    children: text.split('\n').map((line) => new Paragraph({ children: [new TextRun(line)] })),
  });

/**
 * The seed's structure: approval block, a two-line title, one table (header; each unit a heading row spanning the
 * table, "1 Оқу процесін …"; numbered rows), the director's signature.
 */
export async function planDocx(
  plan: PlanDocument,
  options: { header?: string[]; noTable?: boolean; splitCells?: boolean } = {},
): Promise<Buffer> {
  const header = options.header ?? HEADER;
  const rows = [new TableRow({ children: header.map((h) => cell(h)) })];
  for (const s of plan.sections) {
    rows.push(new TableRow({ children: [cell(`${s.no} ${s.title}`, header.length)] }));
    for (const i of plan.items.filter((x) => x.section === s.no)) {
      const split = (t: string) => (options.splitCells ? t.replace(/, /g, ',\n') : t);
      const values = [String(i.no), i.activity, split(i.responsible), i.deadline, i.deliverable];
      rows.push(new TableRow({ children: values.slice(0, header.length).map((v) => cell(v)) }));
    }
  }
  const [line1, line2] = splitTitle(plan.title);
  const doc = new Document({
    sections: [
      {
        children: [
          new Paragraph({ alignment: AlignmentType.RIGHT, children: [new TextRun('БЕКІТЕМІН')] }),
          new Paragraph({ alignment: AlignmentType.RIGHT, children: [new TextRun('Басқарма Төрағасы – Ректор')] }),
          new Paragraph({ alignment: AlignmentType.RIGHT, children: [new TextRun('__________ Ж.Қ. Шаймарданов')] }),
          new Paragraph({ alignment: AlignmentType.RIGHT, children: [new TextRun('«___» ____________ 2025 ж.')] }),
          new Paragraph({ children: [new TextRun(line1)] }),
          new Paragraph({ children: [new TextRun(line2)] }),
          ...(options.noTable ? [] : [new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, rows })]),
          new Paragraph({ children: [] }),
          new Paragraph({ children: [new TextRun(`${plan.signatory.position}\t${plan.signatory.name}`)] }),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}

function splitTitle(title: string): [string, string] {
  const at = title.search(/\d{4}-\d{4}/);
  return at > 0 ? [title.slice(0, at).trim(), title.slice(at)] : [title, ''];
}

/** A workbook whose first sheet has the plan's header, unit heading rows and items (and a Russian-name column). */
export async function planXlsx(plan: PlanDocument, options: { nameRuHeader?: string } = {}): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Жоспар');
  const ru = options.nameRuHeader;
  ws.addRow(ru ? [...HEADER, ru] : HEADER);
  for (const s of plan.sections) {
    ws.addRow([`${s.no} ${s.title}`]);
    for (const i of plan.items.filter((x) => x.section === s.no))
      ws.addRow([i.no, i.activity, i.responsible, i.deadline, i.deliverable, ...(ru ? [i.nameRu ?? ''] : [])]);
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}
