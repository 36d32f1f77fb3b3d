/**
 * Wall-clock time in a named IANA zone, whatever the host's TZ: what a spreadsheet (its time zone) and the add-on (the
 * manifest's `timeZone`) see, computed through Intl so that tzdata's rules (Asia/Almaty is UTC+5 since 2024-03-01)
 * hold.
 */
export interface WallClock {
  year: number;
  /** 0-11, as Date counts months. */
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  ms: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(zone: string): Intl.DateTimeFormat {
  let f = formatters.get(zone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
      era: 'short',
    });
    formatters.set(zone, f);
  }
  return f;
}

/** Milliseconds the zone is ahead of UTC at the instant t. */
export function zoneOffsetMs(zone: string, t: number): number {
  if (!Number.isFinite(t)) return 0;
  const p: Record<string, string> = {};
  for (const part of formatter(zone).formatToParts(new Date(t))) p[part.type] = part.value;
  const year = p.era === 'BC' || p.era === 'B' ? 1 - Number(p.year) : Number(p.year);
  const wall = Date.UTC(year, Number(p.month) - 1, Number(p.day), Number(p.hour), Number(p.minute), Number(p.second));
  const whole = t - (((t % 1000) + 1000) % 1000);
  return wall - whole;
}

/** The wall clock in the zone at the instant t. */
export function wallClock(zone: string, t: number): WallClock {
  const d = new Date(t + zoneOffsetMs(zone, t));
  return {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth(),
    day: d.getUTCDate(),
    hour: d.getUTCHours(),
    minute: d.getUTCMinutes(),
    second: d.getUTCSeconds(),
    ms: d.getUTCMilliseconds(),
  };
}

/**
 * The instant when the zone's wall clock shows these fields (fields out of range roll over, as Date's do). In a gap
 * (a clock moved forward) the offset after the change applies.
 */
export function fromWallClock(zone: string, w: WallClock): number {
  const asUtc = utcFromFields(w);
  if (!Number.isFinite(asUtc)) return NaN;
  const first = asUtc - zoneOffsetMs(zone, asUtc);
  return zoneOffsetMs(zone, first) === asUtc - first ? first : asUtc - zoneOffsetMs(zone, first);
}

/** Date.UTC over the fields, keeping years 0-99 as such (Date.UTC maps them to 1900-1999). */
function utcFromFields(w: WallClock): number {
  const d = new Date(0);
  d.setUTCFullYear(w.year, w.month, w.day);
  d.setUTCHours(w.hour, w.minute, w.second, w.ms);
  return d.getTime();
}
