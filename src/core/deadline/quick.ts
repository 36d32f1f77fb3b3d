/**
 * The commonest deadline cells read without the rules: a single dated day before "дейін", as most plan rows give it
 * ("28.08.2025 ж. дейін", "31.08.2026ж. дейін", "2025 ж. 1 қыркүйегіне дейін"). Apps Script starts a fresh V8 context
 * for every execution, and the rules' machinery (the rules' loop, month copies, anchors, leftovers) is most of what a
 * first parse compiles; a cell of these shapes needs none of it.
 *
 * Each shape is read exactly as the rules read it: the same part (numericDate, yearDayMonth in rules.ts), over the same
 * span, with "дейін" a filler word; the reading is then resolved by the same code (resolve.ts). Anything else, an
 * impossible date or a month word the rules would read otherwise included, goes the whole way
 * (test/core/deadline-quick.test.ts compares both ways).
 */
import { isValidYmd } from '../calendar/dates';
import { monthCode } from './months';
import type { Found } from './types';

/** The two shapes, folded (fold.ts): day.month.year with "ж.", or year "ж.", day and a month word; then " дейін". */
const SHAPES = /^(?:(\d{1,2})\.(\d{1,2})\.((?:19|20|21)\d\d) ?ж\.|((?:19|20|21)\d\d) ж\. (\d{1,2}) ([а-я]+)) дейин$/;

/** The part the rules would find in a folded cell of one of the shapes, or null: then the rules read it. */
export function quickFound(folded: string): Found[] | null {
  const m = SHAPES.exec(folded);
  if (m === null) return null;
  // A month word as the rules' month placeholder reads it (months.ts): a whole word, no abbreviation's dot.
  const code = m[6] === undefined ? 0 : monthCode(m[6]);
  if (m[6] !== undefined && (code === 0 || code > 12)) return null;
  const y = Number(m[3] ?? m[4]);
  const mo = m[6] === undefined ? Number(m[2]) : code;
  const d = Number(m[1] ?? m[5]);
  if (!isValidYmd(y, mo, d)) return null;
  return [{ c: { t: 'date', y, m: mo, d }, start: 0, end: folded.length - ' дейин'.length }];
}
