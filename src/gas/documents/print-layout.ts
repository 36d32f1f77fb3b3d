/**
 * A Doc laid out for print as a department files its plan and report: A4 landscape, each table's columns as wide as
 * their content needs (core/documents/column-widths.ts), unit headings as one cell spanning the table, the header row
 * repeated at the top of every page. DocumentApp has none of these (no page orientation, no merged cells, no repeated
 * header), so the Docs API does them: one documents.get for where the tables start, one documents.batchUpdate.
 */
import { columnWidths } from '../../core/documents/column-widths';
import { docsApi, type DocsRequest } from './docs-api';

/** A4 in points, turned to landscape (297 × 210 mm). */
export const A4_LANDSCAPE = { width: 841.9, height: 595.3 };
/** Margins in points: 2 cm at the binding (left), 1 cm right, 1.5 cm top and bottom. */
export const PRINT_MARGINS = { left: 56.7, right: 28.4, top: 42.5, bottom: 42.5 };
/** The width a table has between the margins. */
export const PRINT_TABLE_WIDTH = A4_LANDSCAPE.width - PRINT_MARGINS.left - PRINT_MARGINS.right;

export interface PrintedTable {
  /** The table's cells as written (for the widths). */
  cells: string[][];
  /** Rows that are one cell across the table (unit headings), their text in the first cell. */
  spanRows: number[];
  /** Rows repeated on every page (the header). */
  headerRows: number;
  /** The column that must take at least `share` of the width (the activity). */
  widest?: { column: number; share: number };
}

const pt = (magnitude: number) => ({ magnitude, unit: 'PT' });

/** The requests that lay out the document's tables (in body order) for print; pure, for tests. */
export function printRequests(found: Array<{ start: number; end: number }>, tables: PrintedTable[]): DocsRequest[] {
  const requests: DocsRequest[] = [
    {
      updateDocumentStyle: {
        documentStyle: {
          pageSize: { width: pt(A4_LANDSCAPE.width), height: pt(A4_LANDSCAPE.height) },
          marginLeft: pt(PRINT_MARGINS.left),
          marginRight: pt(PRINT_MARGINS.right),
          marginTop: pt(PRINT_MARGINS.top),
          marginBottom: pt(PRINT_MARGINS.bottom),
        },
        fields: 'pageSize,marginLeft,marginRight,marginTop,marginBottom',
      },
    },
  ];
  tables.forEach((t, k) => {
    const at = found[k]?.start;
    if (at === undefined) return;
    const tableStartLocation = { index: at };
    // The table's text in the printed plan's face and size (Times New Roman 10 pt: 127 rows in about 20 pages).
    requests.push({
      updateTextStyle: {
        range: { startIndex: at, endIndex: found[k].end },
        textStyle: { fontSize: pt(10), weightedFontFamily: { fontFamily: 'Times New Roman' } },
        fields: 'fontSize,weightedFontFamily',
      },
    });
    const columns = Math.max(0, ...t.cells.map((r) => r.length));
    // Heading rows are left out of the widths: they span the table.
    const measured = t.cells.filter((_, r) => !t.spanRows.includes(r));
    const widths = columnWidths(measured, { total: PRINT_TABLE_WIDTH, minShare: t.widest });
    widths.forEach((w, c) =>
      requests.push({
        updateTableColumnProperties: {
          tableStartLocation,
          columnIndices: [c],
          tableColumnProperties: { widthType: 'FIXED_WIDTH', width: pt(w) },
          fields: 'widthType,width',
        },
      }),
    );
    for (const r of t.spanRows)
      if (columns > 1)
        requests.push({
          mergeTableCells: {
            tableRange: {
              tableCellLocation: { tableStartLocation, rowIndex: r, columnIndex: 0 },
              rowSpan: 1,
              columnSpan: columns,
            },
          },
        });
    if (t.headerRows)
      requests.push({ pinTableHeaderRows: { tableStartLocation, pinnedHeaderRowsCount: t.headerRows } });
  });
  return requests;
}

/** Lays out the saved Doc `documentId` for print: two Docs API calls whatever its length. */
export function layOutForPrint(documentId: string, tables: PrintedTable[]): void {
  const api = docsApi();
  const content = api.Documents.get(documentId).body?.content ?? [];
  const found = content.filter((e) => e.table).map((e) => ({ start: e.startIndex ?? 0, end: e.endIndex ?? 0 }));
  api.Documents.batchUpdate({ requests: printRequests(found, tables) }, documentId);
}
