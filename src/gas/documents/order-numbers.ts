/**
 * The highest order number given, per calendar year and series, kept in the document properties beside the register
 * sheet: an editor who deletes the register's last row does not make the next order take that number again. Kept per
 * academic year's register (a new year's register starts again at 1). Written after the register rows, so a run cut
 * between the two leaves the register itself saying the numbers, and the re-run gives the same ones.
 */
const KEY_PREFIX = 'jospar.orderNumbers.';

export function numbersGiven(academicYear: string): Map<string, number> {
  const raw = PropertiesService.getDocumentProperties().getProperty(KEY_PREFIX + academicYear);
  try {
    const parsed = raw ? (JSON.parse(raw) as Record<string, unknown>) : {};
    return new Map(
      Object.entries(parsed).filter((e): e is [string, number] => Number.isInteger(e[1]) && (e[1] as number) > 0),
    );
  } catch {
    return new Map();
  }
}

export function recordNumbersGiven(academicYear: string, given: ReadonlyMap<string, number>): void {
  const known = numbersGiven(academicYear);
  const merged = new Map(known);
  for (const [k, n] of given) merged.set(k, Math.max(merged.get(k) ?? 0, n));
  if ([...merged].every(([k, n]) => known.get(k) === n)) return;
  PropertiesService.getDocumentProperties().setProperty(
    KEY_PREFIX + academicYear,
    JSON.stringify(Object.fromEntries(merged)),
  );
}
