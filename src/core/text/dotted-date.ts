/** 2025-08-28 → 28.08.2025, the way the plan itself and people write dates; anything else as it is. */
export function dottedDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? `${m[3]}.${m[2]}.${m[1]}` : iso;
}

/** 28.08.2025 → 2025-08-28 (a Settings list may hold either form: older Jospar wrote ISO); anything else as it is. */
export function isoFromDotted(text: string): string {
  const m = /^(\d{2})\.(\d{2})\.(\d{4})$/.exec(text);
  return m ? `${m[3]}-${m[2]}-${m[1]}` : text;
}

/** Days as a Settings list shows them: "01.09.2025, 27.10.2025". */
export function dottedList(days: readonly string[]): string {
  return days.map(dottedDate).join(', ');
}
