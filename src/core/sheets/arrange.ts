/**
 * Bringing an existing sheet to the current column order without losing a cell: the columns Jospar knows (found by
 * their headers) are put in the layout's order, each taking along the unknown columns a user inserted right after it,
 * by whole-column moves (Sheet.moveColumns keeps values, formulas, formats, notes and validation). Columns before the
 * first known one stay first.
 */
import { locateColumns, type SheetSpec } from './layout';

/** One Sheet.moveColumns call: columns [from, from + count), 1-based, go before column `to` (pre-move coordinates). */
export interface ColumnMove {
  from: number;
  count: number;
  to: number;
}

export function columnMoves(spec: SheetSpec, header: readonly string[]): ColumnMove[] {
  const found = locateColumns(spec, header);
  const known = new Map([...found].map(([key, i]) => [i, spec.columns.findIndex((c) => c.key === key)]));
  // Groups: a known column and the unknown ones that follow it; a leading group of unknown ones (rank -1).
  const groups: Array<{ rank: number; cols: number[] }> = [];
  for (let i = 0; i < header.length; i++) {
    const rank = known.get(i);
    if (rank !== undefined || groups.length === 0) groups.push({ rank: rank ?? -1, cols: [i] });
    else groups[groups.length - 1].cols.push(i);
  }
  const target = [...groups].sort((a, b) => a.rank - b.rank);
  // Simulate the sheet's columns (by original index) and move each group into place from the left.
  const current = groups.flatMap((g) => g.cols);
  const moves: ColumnMove[] = [];
  let at = 0;
  for (const g of target) {
    const pos = current.indexOf(g.cols[0]);
    if (pos !== at) {
      moves.push({ from: pos + 1, count: g.cols.length, to: at + 1 });
      current.splice(pos, g.cols.length);
      current.splice(at, 0, ...g.cols);
    }
    at += g.cols.length;
  }
  return moves;
}
