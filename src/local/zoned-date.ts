/**
 * The add-on's `Date`: Apps Script runs a script in the time zone of its manifest (appsscript.json `timeZone`), so
 * `new Date(2025, 8, 1)` is midnight in Almaty and `getHours()` reads Almaty's clock, wherever the host runs. Node has
 * one zone per process (TZ), so the add-on's vm gets a Date of its own realm whose local-time methods work in the
 * manifest's zone, and whose "now" is the Workspace's virtual clock. Instances are Dates of the vm's realm: inside the
 * add-on `instanceof Date` holds.
 */
import { fromWallClock, wallClock, zoneOffsetMs, type WallClock } from './workspace/zone';

/** Strings Date.parse reads as an absolute instant: a date-only ISO form (UTC by the spec) or one with a zone. */
const ABSOLUTE = [
  /^\s*[+-]?\d{4,6}-\d{2}(-\d{2})?\s*$/,
  /\d:\d\d(:\d\d(\.\d+)?)?\s*(Z|(GMT|UTC)?\s*[+-]\d\d:?\d\d|GMT|UTC)\b/i,
];

export function zonedDateClass(Base: DateConstructor, zone: string, now: () => number): DateConstructor {
  const time = (d: Date): number => Base.prototype.getTime.call(d);
  const wall = (d: Date): WallClock => wallClock(zone, time(d));

  /** Changes some wall-clock fields of d in the zone; like Date's setters, NaN stays NaN (setFullYear starts at 0). */
  const setWall = (d: Date, change: (w: WallClock) => void, fromNaN = false): number => {
    let t = time(d);
    if (Number.isNaN(t)) {
      if (!fromNaN) return NaN;
      t = fromWallClock(zone, { year: 1970, month: 0, day: 1, hour: 0, minute: 0, second: 0, ms: 0 });
    }
    const w = wallClock(zone, t);
    change(w);
    return Base.prototype.setTime.call(d, fromWallClock(zone, w));
  };

  const parse = (text: string): number => {
    const t = Base.parse(text);
    if (Number.isNaN(t) || ABSOLUTE.some((re) => re.test(text))) return t;
    // The host read a local time in its own zone: take the same wall clock in the script's zone.
    const h = new Base(t);
    return fromWallClock(zone, {
      year: h.getFullYear(),
      month: h.getMonth(),
      day: h.getDate(),
      hour: h.getHours(),
      minute: h.getMinutes(),
      second: h.getSeconds(),
      ms: h.getMilliseconds(),
    });
  };

  const pad = (n: number, w = 2) => String(n).padStart(w, '0');
  const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
  const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  const n = (v: unknown): number => Number(v);

  class ZonedDate extends Base {
    constructor(...args: unknown[]) {
      if (args.length === 0) super(now());
      else if (args.length === 1) {
        const a = args[0];
        if (typeof a === 'string') super(parse(a));
        else if (Object.prototype.toString.call(a) === '[object Date]') super(time(a as Date));
        else super(a as number);
      } else {
        const [y, m, d = 1, h = 0, mi = 0, s = 0, ms = 0] = args.map(n);
        const year = Number.isInteger(y) && y >= 0 && y <= 99 ? 1900 + y : y;
        super(fromWallClock(zone, { year, month: m, day: d, hour: h, minute: mi, second: s, ms }));
      }
    }
    static now(): number {
      return now();
    }
    static parse(text: string): number {
      return parse(String(text));
    }
    getFullYear(): number {
      return wall(this).year;
    }
    getMonth(): number {
      return wall(this).month;
    }
    getDate(): number {
      return wall(this).day;
    }
    getDay(): number {
      const t = time(this);
      return new Base(t + zoneOffsetMs(zone, t)).getUTCDay();
    }
    getHours(): number {
      return wall(this).hour;
    }
    getMinutes(): number {
      return wall(this).minute;
    }
    getSeconds(): number {
      return wall(this).second;
    }
    getMilliseconds(): number {
      return wall(this).ms;
    }
    getTimezoneOffset(): number {
      const t = time(this);
      return Number.isNaN(t) ? NaN : -zoneOffsetMs(zone, t) / 60000;
    }
    setFullYear(y: number, m?: number, d?: number): number {
      const args = arguments.length;
      return setWall(
        this,
        (w) => {
          w.year = n(y);
          if (args > 1) w.month = n(m);
          if (args > 2) w.day = n(d);
        },
        true,
      );
    }
    setMonth(m: number, d?: number): number {
      const args = arguments.length;
      return setWall(this, (w) => {
        w.month = n(m);
        if (args > 1) w.day = n(d);
      });
    }
    setDate(d: number): number {
      return setWall(this, (w) => {
        w.day = n(d);
      });
    }
    setHours(h: number, mi?: number, s?: number, ms?: number): number {
      const args = arguments.length;
      return setWall(this, (w) => {
        w.hour = n(h);
        if (args > 1) w.minute = n(mi);
        if (args > 2) w.second = n(s);
        if (args > 3) w.ms = n(ms);
      });
    }
    setMinutes(mi: number, s?: number, ms?: number): number {
      const args = arguments.length;
      return setWall(this, (w) => {
        w.minute = n(mi);
        if (args > 1) w.second = n(s);
        if (args > 2) w.ms = n(ms);
      });
    }
    setSeconds(s: number, ms?: number): number {
      const args = arguments.length;
      return setWall(this, (w) => {
        w.second = n(s);
        if (args > 1) w.ms = n(ms);
      });
    }
    setMilliseconds(ms: number): number {
      return setWall(this, (w) => {
        w.ms = n(ms);
      });
    }
    toDateString(): string {
      if (Number.isNaN(time(this))) return 'Invalid Date';
      const w = wall(this);
      return `${DAYS[this.getDay()]} ${MONTHS[w.month]} ${pad(w.day)} ${pad(w.year, 4)}`;
    }
    toTimeString(): string {
      if (Number.isNaN(time(this))) return 'Invalid Date';
      const w = wall(this);
      const off = -this.getTimezoneOffset();
      const sign = off < 0 ? '-' : '+';
      const hhmm = `${pad(Math.floor(Math.abs(off) / 60))}${pad(Math.abs(off) % 60)}`;
      return `${pad(w.hour)}:${pad(w.minute)}:${pad(w.second)} GMT${sign}${hhmm} (${zone})`;
    }
    toString(): string {
      return Number.isNaN(time(this)) ? 'Invalid Date' : `${this.toDateString()} ${this.toTimeString()}`;
    }
    toLocaleString(locales?: string | string[], options?: Intl.DateTimeFormatOptions): string {
      return Base.prototype.toLocaleString.call(this, locales, { timeZone: zone, ...options });
    }
    toLocaleDateString(locales?: string | string[], options?: Intl.DateTimeFormatOptions): string {
      return Base.prototype.toLocaleDateString.call(this, locales, { timeZone: zone, ...options });
    }
    toLocaleTimeString(locales?: string | string[], options?: Intl.DateTimeFormatOptions): string {
      return Base.prototype.toLocaleTimeString.call(this, locales, { timeZone: zone, ...options });
    }
  }
  return ZonedDate as unknown as DateConstructor;
}
