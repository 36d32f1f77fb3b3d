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

/**
 * The register looked up by key: built once per run, so each row's latest entry and each order's next number cost one
 * Map lookup, not a scan of the register (a department's register grows by hundreds of entries a year). Gives exactly
 * what latestFor and nextOrderNumber give on the same entries; `add` records an entry made during the run.
 */
export class RegisterIndex {
  private readonly latest = new Map<string, RegisterEntry>();
  /** Highest number per "year|series", and per "year|" over all series. */
  private readonly highest = new Map<string, number>();

  constructor(entries: readonly RegisterEntry[] = []) {
    for (const e of entries) this.add(e);
  }

  add(e: RegisterEntry): void {
    const known = this.latest.get(e.item);
    // latestFor keeps the first of equal versions (a stable sort): so does this.
    if (!known || e.version > known.version) this.latest.set(e.item, e);
    const year = e.date.slice(0, 4);
    for (const key of [`${year}|${e.series || 'main'}`, `${year}|`])
      this.highest.set(key, Math.max(this.highest.get(key) ?? 0, e.number));
  }

  /**
   * Numbers already given that the register may no longer show (its last row deleted): "year|series" → the highest
   * given. The next number is above them too, so a deleted row's number is never given again.
   */
  raise(given: ReadonlyMap<string, number>): void {
    for (const [key, n] of given) this.highest.set(key, Math.max(this.highest.get(key) ?? 0, n));
  }

  /** The highest number per "year|series" (and "year|" over all series), to be kept beside the register. */
  given(): Map<string, number> {
    return new Map(this.highest);
  }

  latestFor(item: string): RegisterEntry | null {
    return this.latest.get(item) ?? null;
  }

  nextNumber(date: string, series?: string): number {
    return (this.highest.get(`${date.slice(0, 4)}|${series ?? ''}`) ?? 0) + 1;
  }
}
