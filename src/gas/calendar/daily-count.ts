/**
 * The day's count of new events, kept against Calendar's daily cap (Settings calendarDailyEvents): a document
 * property per day ("jospar.quota:2025-10-01" → "812"), or FULL once the day's cap stopped a run. A run writes it once,
 * with the running mark's removal (sync-state.ts clearRunning), so a run cut off before that leaves the count of the
 * last run that ended cleanly. The events it made are not lost to the count all the same: the next run, which finds
 * the running mark, lists Jospar's events anyway (to rebuild its records), and Calendar tells when each was created. So
 * that run counts today's own events in the calendar itself, removed ones included, and a replay neither loses nor
 * counts twice what a cut run made: it counts the events, not the inserts it remembers. The larger of the two counts
 * is kept: the noted one also holds what was made today in a calendar Jospar no longer uses.
 */

const PREFIX = 'jospar.quota:';
export const FULL = 'full';
/** A day in any zone is at most 25 hours long (a daylight-saving change): what was made before then is not today's. */
const DAY_AT_MOST_MS = 26 * 3600 * 1000;

export function dailyCountKey(day: string): string {
  return PREFIX + day;
}

export function isDailyCountKey(key: string): boolean {
  return key.startsWith(PREFIX);
}

/**
 * Events made today so far: the noted count, or (when `created` is given: the creation times of Jospar's events the
 * calendar holds) the events made today among them, if more.
 */
export function madeToday(
  noted: string | undefined,
  cap: number,
  today: string,
  timeZone: string,
  created?: readonly string[],
): number {
  const count = noted === FULL ? cap : Number(noted ?? 0) || 0;
  if (!created) return count;
  const now = Date.now();
  let listed = 0;
  for (const at of created) {
    const ms = Date.parse(at);
    // Formatted only when it may be today: one Utilities call per recent event, not per event of the year.
    if (now - ms <= DAY_AT_MOST_MS && Utilities.formatDate(new Date(ms), timeZone, 'yyyy-MM-dd') === today) listed++;
  }
  return Math.max(count, listed);
}
