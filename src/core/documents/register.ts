/**
 * The order register: Jospar numbers its drafts consecutively per calendar year, in each series on its own (orders on
 * students, orders on the main activity); the registry office's own number and date go in beside when the order is
 * signed.
 */
export interface RegisterEntry {
  number: number;
  date: string;
  item: string;
  version: number;
  /** The series key ('students' | 'main'); '' for entries written before series existed (counted as 'main'). */
  series?: string;
}

export function nextOrderNumber(entries: readonly RegisterEntry[], date: string, series?: string): number {
  const year = date.slice(0, 4);
  const same = (e: RegisterEntry) => series === undefined || (e.series || 'main') === series;
  return (
    entries.filter((e) => e.date.slice(0, 4) === year && same(e)).reduce((max, e) => Math.max(max, e.number), 0) + 1
  );
}

export function latestFor(entries: readonly RegisterEntry[], item: string): RegisterEntry | null {
  return entries.filter((e) => e.item === item).sort((a, b) => b.version - a.version)[0] ?? null;
}
