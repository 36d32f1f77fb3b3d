/** 2025-08-28 → 28.08.2025, the way the plan itself and people write dates; anything else as it is. */
export function dottedDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? `${m[3]}.${m[2]}.${m[1]}` : iso;
}
