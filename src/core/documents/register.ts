/** The order register: consecutive numbers per calendar year. */
export interface RegisterEntry {
  number: number;
  date: string;
  item: string;
  version: number;
}

export function nextOrderNumber(entries: readonly RegisterEntry[], date: string): number {
  const year = date.slice(0, 4);
  return entries.filter((e) => e.date.slice(0, 4) === year).reduce((max, e) => Math.max(max, e.number), 0) + 1;
}

export function latestFor(entries: readonly RegisterEntry[], item: string): RegisterEntry | null {
  return entries.filter((e) => e.item === item).sort((a, b) => b.version - a.version)[0] ?? null;
}
