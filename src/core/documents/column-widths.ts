/**
 * Column widths for a printed table, from what its cells hold: every column at least as wide as its longest word (so
 * no word is broken, "28.08.2025" and "Академиялық" stay whole) within a cap, the width left shared out by how much
 * text each column carries, and the widest column (the activity) never under a given share. Equal widths made the
 * activity of the 21-page plan two or three words wide while "№" took a fifth of the page.
 */

export interface WidthRules {
  /** The table's width in points (the page's width between its margins). */
  total: number;
  /**
   * Points per character at the table's font size: Times New Roman 10 pt is about 6, bold headers more, and a reader
   * without Times substitutes a wider face (DejaVu Serif, about 7): 7 keeps every word whole in either.
   */
  charWidth?: number;
  /** Points a cell adds to its text (padding and borders: Word's and Docs' default cell margins are 5.4 pt a side). */
  padding?: number;
  /** A column that must get at least this share of the total (the activity: a third or more). */
  minShare?: { column: number; share: number };
  /** No column's longest word makes it wider than this share. */
  wordCapShare?: number;
}

const words = (text: string) => text.split(/[\s/]+/).filter(Boolean);

/** Widths in points, one per column, summing to `rules.total`. Rows shorter than the widest are read as blanks. */
export function columnWidths(rows: ReadonlyArray<ReadonlyArray<string>>, rules: WidthRules): number[] {
  const columns = Math.max(0, ...rows.map((r) => r.length));
  if (!columns) return [];
  const ch = rules.charWidth ?? 7;
  const pad = rules.padding ?? 16;
  const cap = rules.total * (rules.wordCapShare ?? 0.2);
  const floor = Array.from({ length: columns }, (_, c) => {
    const longest = Math.max(1, ...rows.map((r) => Math.max(0, ...words(r[c] ?? '').map((w) => w.length))));
    return Math.min(cap, longest * ch + pad);
  });
  // What each column carries: its mean text length (a long cell wraps; a column of long cells needs room).
  const load = Array.from({ length: columns }, (_, c) => {
    const lengths = rows.map((r) => (r[c] ?? '').length);
    return lengths.reduce((a, b) => a + b, 0) / Math.max(1, lengths.length);
  });
  const base = floor.reduce((a, b) => a + b, 0);
  const spare = Math.max(0, rules.total - base);
  const loadSum = load.reduce((a, b) => a + b, 0) || 1;
  const widths = floor.map((f, c) => (base > rules.total ? (f / base) * rules.total : f + (spare * load[c]) / loadSum));
  const rule = rules.minShare;
  if (rule && rule.column < columns) {
    const want = rules.total * rule.share;
    const short = want - widths[rule.column];
    if (short > 0) {
      // Taken from the other columns in proportion to what they have above their floor.
      const others = widths.map((w, c) => (c === rule.column ? 0 : Math.max(0, w - Math.min(w, floor[c]))));
      const room = others.reduce((a, b) => a + b, 0);
      widths.forEach((w, c) => {
        if (c !== rule.column && room > 0) widths[c] = w - (short * others[c]) / room;
      });
      widths[rule.column] = want;
    }
  }
  // Whole tenths of a point, the last column taking the rounding so the sum is exact.
  const rounded = widths.map((w) => Math.round(w * 10) / 10);
  rounded[columns - 1] = Math.round((rules.total - rounded.slice(0, -1).reduce((a, b) => a + b, 0)) * 10) / 10;
  return rounded;
}
