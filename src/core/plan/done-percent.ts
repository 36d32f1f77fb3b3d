/**
 * The one way Jospar turns a done share into the per cent a person reads, for every view that shows one (the Overview
 * sheet and chart, the sidebar, the execution report, the university roll-up): a whole per cent, so the same plan
 * never reads 42.9 in one place and 43 in another. Rounded to the nearest, except that a share strictly between none
 * and all never reads 0 or 100: "100%" while an item is still open, or "0%" when one is done, would tell a director
 * the opposite of what is so. Nothing counted (every item cancelled, or none) reads 0. Pure.
 */
export function donePercent(done: number, of: number): number {
  if (of <= 0 || done <= 0) return 0;
  if (done >= of) return 100;
  return Math.min(99, Math.max(1, Math.round((100 * done) / of)));
}
