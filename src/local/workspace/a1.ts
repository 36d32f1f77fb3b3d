/** A1 notation ↔ row/column numbers (1-based), as Sheets uses them. */
export function columnLetter(col: number): string {
  let s = '';
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

export function columnNumber(letters: string): number {
  return letters
    .toUpperCase()
    .split('')
    .reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
}

export interface Box {
  row: number;
  col: number;
  rows: number;
  cols: number;
}

/** "B2", "A1:C3", "K:R" (whole columns, to maxRows), "2:5" (whole rows). */
export function parseA1(a1: string, maxRows: number, maxCols: number): Box {
  const ref = a1.includes('!') ? a1.slice(a1.lastIndexOf('!') + 1) : a1;
  const [a, b = a] = ref.replace(/\$/g, '').split(':');
  const cell = (s: string) => {
    const m = /^([A-Za-z]*)(\d*)$/.exec(s);
    if (!m || (!m[1] && !m[2])) throw new Error(`Range not found: ${a1}`);
    return { col: m[1] ? columnNumber(m[1]) : 0, row: m[2] ? Number(m[2]) : 0 };
  };
  const p = cell(a);
  const q = cell(b);
  const row = p.row || 1;
  const col = p.col || 1;
  const lastRow = q.row || maxRows;
  const lastCol = q.col || maxCols;
  return { row, col, rows: lastRow - row + 1, cols: lastCol - col + 1 };
}

export function toA1(box: Box): string {
  const start = `${columnLetter(box.col)}${box.row}`;
  return box.rows === 1 && box.cols === 1
    ? start
    : `${start}:${columnLetter(box.col + box.cols - 1)}${box.row + box.rows - 1}`;
}
