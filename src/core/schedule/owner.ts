/**
 * Who owns the hourly schedule and whether it still runs. The schedule is one installable trigger, and a trigger runs
 * as the person who made it: when that person leaves (their account suspended or deleted), it stops. Jospar keeps the
 * owner and the time of the last run in document properties; after STALE_HOURS without a run the next person who
 * opens the spreadsheet is told, and may take the schedule over. Pure: the Apps Script side reads and writes the
 * properties.
 */

export const OWNER_PROPERTY = 'jospar.schedule.owner';
export const LAST_RUN_PROPERTY = 'jospar.schedule.lastRun';
/** A day and a margin: the daily jobs run once a day, so a day without a run is normal only at the hour boundary. */
export const STALE_HOURS = 26;

export interface ScheduleOwner {
  email: string;
  /** ISO time the owner took the schedule. */
  since: string;
}

export interface ScheduleStatus {
  owner: ScheduleOwner | null;
  /** ISO time of the last hourly run, '' when it has not run since its owner took it. */
  lastRun: string;
  /** Hours since the last run (or since the owner took it, when it has not run yet). */
  hoursSince: number | null;
  stale: boolean;
}

export function parseOwner(value: string | null | undefined): ScheduleOwner | null {
  if (!value) return null;
  try {
    const o = JSON.parse(value) as Partial<ScheduleOwner>;
    return typeof o.email === 'string' && o.email ? { email: o.email, since: String(o.since ?? '') } : null;
  } catch {
    return null;
  }
}

/** The schedule as the properties say it is at `now` (ms). */
export function scheduleStatus(props: Record<string, string | undefined>, now: number, off: boolean): ScheduleStatus {
  const owner = parseOwner(props[OWNER_PROPERTY]);
  const lastRun = props[LAST_RUN_PROPERTY] ?? '';
  const from = Date.parse(lastRun || owner?.since || '');
  const hoursSince = owner && !Number.isNaN(from) ? Math.max(0, (now - from) / 3600000) : null;
  return { owner, lastRun, hoursSince, stale: !off && hoursSince !== null && hoursSince >= STALE_HOURS };
}
