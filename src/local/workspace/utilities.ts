import { parse } from 'csv-parse/sync';
import { ENGLISH_MONTHS } from '../../core/deadline/format';
import type { VirtualClock } from './clock';
import type { Emulates } from './conforms';
import { wallClock, zoneOffsetMs } from './zone';
import type { Emulated } from './counter';
import type { LocalBlob } from './documents';
import { createHmac } from 'node:crypto';
import { base64Decode, base64Encode, newBlob, unzip, zip } from './zip';

/**
 * Utilities.formatDate: Java's SimpleDateFormat patterns, in a named time zone through Intl (so "Asia/Almaty" is UTC+5
 * as tzdata 2024a and later say). Letters emulated: y, M (numbers, MMM, MMMM), d, D, E (EEE, EEEE), u, a, H, k, K, h,
 * m, s, S, Z, X; quoted text ('at', '' for a quote). Any other letter throws rather than print wrong text: G, Y, L, w,
 * W, F and z are valid in Java but not emulated; other letters are illegal there too.
 */
export function formatDate(date: Date, timeZone: string, pattern: string): string {
  const t = new Date(date.getTime()).getTime();
  if (Number.isNaN(t)) throw new Error('Invalid argument: date');
  const offsetMin = Math.round(zoneOffsetMs(timeZone, t) / 60000);
  const w = wallClock(timeZone, t);
  const weekday = new Date(t + offsetMin * 60000).getUTCDay();
  const dayOfYear = Math.round((Date.UTC(w.year, w.month, w.day) - Date.UTC(w.year, 0, 1)) / 86400000) + 1;
  const pad = (n: number, width: number) => String(n).padStart(width, '0');
  const zone = (colon: boolean, minutes: boolean) => {
    const sign = offsetMin >= 0 ? '+' : '-';
    const hh = pad(Math.floor(Math.abs(offsetMin) / 60), 2);
    const mm = pad(Math.abs(offsetMin) % 60, 2);
    return `${sign}${hh}${minutes ? `${colon ? ':' : ''}${mm}` : ''}`;
  };
  const field = (letter: string, n: number): string => {
    switch (letter) {
      case 'y':
        return n === 2 ? pad(w.year % 100, 2) : pad(w.year, n);
      case 'M':
        return n >= 4 ? ENGLISH_MONTHS[w.month] : n === 3 ? ENGLISH_MONTHS[w.month].slice(0, 3) : pad(w.month + 1, n);
      case 'd':
        return pad(w.day, n);
      case 'D':
        return pad(dayOfYear, n);
      case 'E':
        return n >= 4 ? DAYS[weekday] : DAYS[weekday].slice(0, 3);
      case 'u':
        return pad(weekday === 0 ? 7 : weekday, n);
      case 'a':
        return w.hour < 12 ? 'AM' : 'PM';
      case 'H':
        return pad(w.hour, n);
      case 'k':
        return pad(w.hour === 0 ? 24 : w.hour, n);
      case 'K':
        return pad(w.hour % 12, n);
      case 'h':
        return pad(w.hour % 12 === 0 ? 12 : w.hour % 12, n);
      case 'm':
        return pad(w.minute, n);
      case 's':
        return pad(w.second, n);
      case 'S':
        return pad(w.ms, n);
      case 'Z':
        return zone(false, true);
      case 'X':
        return offsetMin === 0 ? 'Z' : zone(n >= 3, n >= 2);
      default:
        if ('GYLwWFz'.includes(letter))
          throw new Error(`Utilities.formatDate: pattern letter '${letter}' is valid in Apps Script but not emulated`);
        throw new Error(`Invalid argument: Illegal pattern character '${letter}'`);
    }
  };
  let out = '';
  for (let i = 0; i < pattern.length;) {
    const ch = pattern[i];
    if (ch === "'") {
      if (pattern[i + 1] === "'") {
        out += "'";
        i += 2;
        continue;
      }
      // Quoted text runs to the next lone quote; '' inside it is a quote.
      let j = i + 1;
      for (; j < pattern.length; j++) {
        if (pattern[j] !== "'") out += pattern[j];
        else if (pattern[j + 1] === "'") out += pattern[j++];
        else break;
      }
      if (j >= pattern.length) throw new Error('Invalid argument: Unterminated quote');
      i = j + 1;
    } else if (/[A-Za-z]/.test(ch)) {
      let n = 1;
      while (pattern[i + n] === ch) n++;
      out += field(ch, n);
      i += n;
    } else {
      out += ch;
      i++;
    }
  }
  return out;
}

const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

export class LocalUtilities
  implements
    Emulated,
    Emulates<
      GoogleAppsScript.Utilities.Utilities,
      | 'formatDate'
      | 'sleep'
      | 'getUuid'
      | 'parseCsv'
      | 'newBlob'
      | 'zip'
      | 'unzip'
      | 'base64Decode'
      | 'base64Encode'
      | 'base64EncodeWebSafe'
      | 'computeHmacSha256Signature'
    >
{
  readonly gasClass = 'Utilities';
  readonly gasService = 'utilities' as const;
  private uuid = 0;
  constructor(private readonly clock: VirtualClock) {}
  formatDate(date: Date, timeZone: string, pattern: string): string {
    return formatDate(date, timeZone, pattern);
  }
  sleep(ms: number): void {
    this.clock.advance(ms);
  }
  /**
   * A CSV string as a 2D array of strings (RFC 4180: quoted fields, doubled quotes, line breaks inside quotes), with
   * "," or the given one-character delimiter; read by csv-parse. Text that ends inside a quoted field is refused.
   */
  parseCsv(csv: string, delimiter?: string): string[][] {
    const d = delimiter ?? ',';
    if (typeof csv !== 'string') throw new Error('Invalid argument: csv');
    if (d.length !== 1) throw new Error('Invalid argument: delimiter');
    try {
      return parse(csv, { delimiter: d, relax_column_count: true, skip_empty_lines: false }) as string[][];
    } catch {
      throw new Error('Could not parse text.');
    }
  }
  getUuid(): string {
    return `00000000-0000-4000-8000-${String(++this.uuid).padStart(12, '0')}`;
  }
  // Blobs and zip archives (src/local/workspace/zip.ts): reading an uploaded .docx or .xlsx.
  newBlob(data: string | number[], contentType?: string, name?: string): LocalBlob {
    return newBlob(data, contentType, name);
  }
  zip(blobs: Array<{ getBytes(): number[]; getName(): string | null }>, name?: string): LocalBlob {
    return zip(blobs, name);
  }
  unzip(blob: { getBytes(): number[] }): LocalBlob[] {
    return unzip(blob);
  }
  base64Decode(encoded: string): number[] {
    return base64Decode(encoded);
  }
  /** Like base64Encode, with "-" and "_" for "+" and "/" (RFC 4648's URL and file name alphabet), padding kept. */
  base64EncodeWebSafe(data: string | number[]): string {
    return base64Encode(data).replace(/\+/g, '-').replace(/\//g, '_');
  }
  /** HMAC-SHA256 of the value's UTF-8 bytes under the key's, as Apps Script's byte array (signed, -128…127). */
  computeHmacSha256Signature(value: string | number[], key: string | number[]): number[] {
    const bytes = (v: string | number[]) => (typeof v === 'string' ? Buffer.from(v, 'utf8') : Buffer.from(v));
    return [...createHmac('sha256', bytes(key)).update(bytes(value)).digest()].map((b) => (b > 127 ? b - 256 : b));
  }
  base64Encode(data: string | number[]): string {
    return base64Encode(data);
  }
}

export class LocalSession
  implements
    Emulated,
    Emulates<
      GoogleAppsScript.Base.Session,
      'getActiveUser' | 'getEffectiveUser' | 'getActiveUserLocale' | 'getScriptTimeZone' | 'getTemporaryActiveUserKey'
    >
{
  readonly gasClass = 'Session';
  readonly gasService = 'session' as const;
  constructor(
    private readonly user: { active: () => string; effective: () => string; locale: string; timeZone: () => string },
  ) {}
  /** Who is at the keyboard: '' where Google does not tell (a web app executing as its deployer, for outsiders). */
  getActiveUser(): { getEmail(): string } {
    const email = this.user.active();
    return { getEmail: () => email };
  }
  /**
   * Whose rights the run uses: the user running it, in an installable trigger the trigger's owner, in a web app
   * executing as its deployer the deployer.
   */
  getEffectiveUser(): { getEmail(): string } {
    const email = this.user.effective();
    return { getEmail: () => email };
  }
  getActiveUserLocale(): string {
    return this.user.locale;
  }
  getScriptTimeZone(): string {
    return this.user.timeZone();
  }
  getTemporaryActiveUserKey(): string {
    return 'local-user-key';
  }
}
