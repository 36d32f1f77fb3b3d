/**
 * A list of problems as a person can read it: the first ones, then how many more. A 50,000-row file with an error on
 * every row once printed 49,003 lines; the first twenty say what is wrong, the count says how much.
 */
export const LINES_SHOWN = 20;

export function boundedLines(lines: readonly string[], shown = LINES_SHOWN): string[] {
  if (lines.length <= shown) return [...lines];
  return [...lines.slice(0, shown), `… and ${lines.length - shown} more (${lines.length} in all)`];
}
