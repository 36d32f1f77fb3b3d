/**
 * Stable item ids: "<section>.<number, two digits>", e.g. "1.07", "3.26".
 * The id is written once into the row's system column and then travels with the row, so users may sort, filter, insert
 * and delete rows freely: everything Jospar links to a row (events, documents, log lines) is keyed by this id, never by
 * the row's position.
 */
export function itemId(section: number, no: number): string {
  return `${section}.${String(no).padStart(2, '0')}`;
}

const ID_PATTERN = /^(\d{1,2})\.(\d{2,3})$/;

export function parseItemId(id: string): { section: number; no: number } | null {
  const m = ID_PATTERN.exec(String(id).trim());
  return m ? { section: Number(m[1]), no: Number(m[2]) } : null;
}

export function compareItemIds(a: string, b: string): number {
  const pa = parseItemId(a);
  const pb = parseItemId(b);
  if (!pa || !pb) return a < b ? -1 : a > b ? 1 : 0;
  return pa.section - pb.section || pa.no - pb.no;
}
