import { boundedLines } from '../../text/bounded-lines';

/**
 * A table as an imported file gives it, before Jospar knows what it means: rows of cells with their text and how many
 * grid columns each spans (a Word unit heading spans the whole table), the paragraphs around it (title, approval
 * block, signature), and how to name a cell in a message ("row 7, column B").
 */
export interface TableCell {
  text: string;
  span: number;
}

export interface ImportedTable {
  file: string;
  rows: TableCell[][];
  /** Paragraphs before the table (approval block, title) and after it (signature); none for a spreadsheet. */
  before: string[];
  after: string[];
  /** How a message names a cell: 1-based row, 0-based grid column. */
  where(row: number, col: number): string;
}

/** "A", "B", … "AA": a spreadsheet's column letter for a 0-based index. */
export function columnLetter(index: number): string {
  let n = index + 1;
  let s = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** A file Jospar cannot read: the message names the file, and the row and column where it can. */
export class ImportError extends Error {
  constructor(
    readonly file: string,
    readonly problems: string[],
  ) {
    super(boundedLines(problems).join('\n'));
    this.name = 'ImportError';
  }
}
