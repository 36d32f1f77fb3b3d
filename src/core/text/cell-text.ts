/**
 * User text must reach a cell as text, never as a formula or a number. Google Sheets evaluates a string that starts
 * with
 * "=" (and treats "+", "-", "@" as formula starts too), and parses strings that look like numbers or dates; a leading
 * apostrophe tells it to keep the string as it is (the apostrophe itself is not stored).
 */
const FORMULA_START = /^[=+\-@]/;
const LOOKS_PARSED = /^\s*[-+]?[\d.,\s/:%]+$|^\s*(true|false)\s*$/i;

export function asCellText(value: string): string {
  if (value === '') return value;
  return FORMULA_START.test(value) || LOOKS_PARSED.test(value) || value.startsWith("'") ? `'${value}` : value;
}

/** What a cell holds, as text: Dates as ISO dates, numbers as their string, blanks as ''. */
export function cellToText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (isDate(value)) return isoDate(value);
  return String(value);
}

/** instanceof Date fails across realms (the local Workspace hands in its own Dates), so test the tag. */
export function isDate(value: unknown): value is Date {
  return Object.prototype.toString.call(value) === '[object Date]';
}

function isoDate(d: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
}
