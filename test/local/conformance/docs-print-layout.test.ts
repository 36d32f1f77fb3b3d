/**
 * The Docs API requests that lay a document out for print (Print plan, Execution report, an order's annex): the page
 * size and margins, fixed column widths, merged cells, pinned header rows and a paragraph that starts a page.
 */
import { documented, gas, workspace } from './reference';

const REST = 'https://developers.google.com/workspace/docs/api/reference/rest/v1';
const REQUEST = `${REST}/documents/request`;
const DOCUMENT = `${REST}/documents`;

/** A paragraph, then a 3×3 table, then a paragraph, made with DocumentApp; the table's start index read back. */
function sample() {
  const g = gas(workspace());
  const doc = g.DocumentApp.create('T');
  const body = doc.getBody();
  body.getChild(0).asParagraph().setText('Title');
  body.appendTable([
    ['Unit 1', '', ''],
    ['a', 'b', 'c'],
    ['d', 'e', 'f'],
  ]);
  body.appendParagraph('Annex');
  const id = doc.getId();
  const get = () => g.Docs.Documents.get(id);
  const table = () => get().body!.content!.find((e) => e.table)!;
  const run = (requests: object[]) => g.Docs.Documents.batchUpdate({ requests }, id);
  return { g, id, get, table, start: table().startIndex!, run };
}

const pt = (magnitude: number) => ({ magnitude, unit: 'PT' });

describe('Docs API: page size and margins', () => {
  documented(`${DOCUMENT}#DocumentStyle`, 'a new document reports its page size and margins in points', () => {
    const { get } = sample();
    const style = get().documentStyle!;
    expect(style.pageSize!.width!.unit).toBe('PT');
    expect(style.pageSize!.width!.magnitude).toBeLessThan(style.pageSize!.height!.magnitude!);
    expect(style.marginLeft!.magnitude).toBeGreaterThan(0);
  });

  documented(
    `${REQUEST}#UpdateDocumentStyleRequest`,
    'updateDocumentStyle sets the fields it names: a page wider than high is landscape',
    () => {
      const { get, run } = sample();
      run([
        {
          updateDocumentStyle: {
            documentStyle: { pageSize: { width: pt(841.9), height: pt(595.3) }, marginLeft: pt(56.7) },
            fields: 'pageSize,marginLeft',
          },
        },
      ]);
      const style = get().documentStyle!;
      expect(style.pageSize!.width!.magnitude).toBe(841.9);
      expect(style.pageSize!.height!.magnitude).toBe(595.3);
      expect(style.marginLeft!.magnitude).toBe(56.7);
      expect(style.marginRight!.magnitude).toBe(72); // not named in fields: unchanged
    },
  );

  documented(`${REQUEST}#UpdateDocumentStyleRequest`, 'updateDocumentStyle without fields is a 400', () => {
    const { run } = sample();
    expect(() => run([{ updateDocumentStyle: { documentStyle: { marginLeft: pt(10) } } }])).toThrow(
      /Invalid requests\[0\]\.updateDocumentStyle/,
    );
  });
});

describe('Docs API: table columns, merged cells, header rows', () => {
  documented(
    `${REQUEST}#UpdateTableColumnPropertiesRequest`,
    'updateTableColumnProperties fixes the widths of the columns named (all of them when none is named)',
    () => {
      const { table, start, run } = sample();
      const tableStartLocation = { index: start };
      run([
        {
          updateTableColumnProperties: {
            tableStartLocation,
            tableColumnProperties: { widthType: 'FIXED_WIDTH', width: pt(40) },
            fields: 'widthType,width',
          },
        },
        {
          updateTableColumnProperties: {
            tableStartLocation,
            columnIndices: [1],
            tableColumnProperties: { widthType: 'FIXED_WIDTH', width: pt(300) },
            fields: 'widthType,width',
          },
        },
      ]);
      const props = table().table!.tableStyle!.tableColumnProperties!;
      expect(props.map((p) => p.width!.magnitude)).toEqual([40, 300, 40]);
      expect(props.every((p) => p.widthType === 'FIXED_WIDTH')).toBe(true);
    },
  );

  documented(
    `${REQUEST}#UpdateTableColumnPropertiesRequest`,
    'a column width under 5 points is a 400; 5 points is accepted',
    () => {
      const { start, run } = sample();
      const width = (w: number) => [
        {
          updateTableColumnProperties: {
            tableStartLocation: { index: start },
            columnIndices: [0],
            tableColumnProperties: { widthType: 'FIXED_WIDTH', width: pt(w) },
            fields: 'widthType,width',
          },
        },
      ];
      expect(() => run(width(4.9))).toThrow(/5 points/);
      expect(() => run(width(5))).not.toThrow();
    },
  );

  documented(
    `${REQUEST}#MergeTableCellsRequest`,
    'mergeTableCells makes one cell of the range, its text in the head (upper-left) cell',
    () => {
      const { g, id, table, start, run } = sample();
      run([
        {
          mergeTableCells: {
            tableRange: {
              tableCellLocation: { tableStartLocation: { index: start }, rowIndex: 0, columnIndex: 0 },
              rowSpan: 1,
              columnSpan: 3,
            },
          },
        },
      ]);
      const row = table().table!.tableRows![0];
      expect(row.tableCells![0].tableCellStyle!.columnSpan).toBe(3);
      expect(g.DocumentApp.openById(id).getBody().getTables()[0].getCell(0, 0).getText()).toBe('Unit 1');
    },
  );

  documented(
    `${REQUEST}#MergeTableCellsRequest`,
    'a range that is not rectangular (it covers cells already merged) is a 400',
    () => {
      const { start, run } = sample();
      const merge = (columnIndex: number, columnSpan: number) => ({
        mergeTableCells: {
          tableRange: {
            tableCellLocation: { tableStartLocation: { index: start }, rowIndex: 1, columnIndex },
            rowSpan: 1,
            columnSpan,
          },
        },
      });
      run([merge(0, 2)]);
      expect(() => run([merge(1, 2)])).toThrow(/rectangular/);
    },
  );

  documented(
    `${REQUEST}#PinTableHeaderRowsRequest`,
    'pinTableHeaderRows pins the first rows as table headers; 0 unpins them all',
    () => {
      const { table, start, run } = sample();
      const pin = (n: number) => [
        { pinTableHeaderRows: { tableStartLocation: { index: start }, pinnedHeaderRowsCount: n } },
      ];
      run(pin(1));
      // @types/google-apps-script predates tableHeader (TableRowStyle: "Whether the row is a table header").
      const rows = () => table().table!.tableRows! as Array<{ tableRowStyle?: { tableHeader?: boolean } }>;
      expect(rows().map((r) => !!r.tableRowStyle?.tableHeader)).toEqual([true, false, false]);
      run(pin(0));
      expect(rows().some((r) => r.tableRowStyle?.tableHeader)).toBe(false);
    },
  );

  documented(`${REQUEST}#PinTableHeaderRowsRequest`, 'a tableStartLocation where no table starts is a 400', () => {
    const { start, run } = sample();
    expect(() =>
      run([{ pinTableHeaderRows: { tableStartLocation: { index: start + 1 }, pinnedHeaderRowsCount: 1 } }]),
    ).toThrow(/table start/);
  });
});

describe('Docs API: a paragraph that starts a page', () => {
  documented(
    `${DOCUMENT}#ParagraphStyle`,
    'pageBreakBefore makes a paragraph start at the top of a page; set on a table cell it is a 400',
    () => {
      const { get, table, run } = sample();
      const annex = get().body!.content!.find((e) => e.paragraph?.elements?.[0].textRun?.content === 'Annex\n')!;
      const style = (range: object) => [
        {
          updateParagraphStyle: { range, paragraphStyle: { pageBreakBefore: true }, fields: 'pageBreakBefore' },
        },
      ];
      run(style({ startIndex: annex.startIndex, endIndex: annex.endIndex }));
      const after = get().body!.content!.find((e) => e.startIndex === annex.startIndex)!;
      expect((after.paragraph!.paragraphStyle as { pageBreakBefore?: boolean }).pageBreakBefore).toBe(true);
      const cell = table().table!.tableRows![1].tableCells![0].content![0];
      expect(() => run(style({ startIndex: cell.startIndex, endIndex: cell.endIndex }))).toThrow(/table/);
    },
  );
});
