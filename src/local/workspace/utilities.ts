import { parse } from 'csv-parse/sync';
import type { VirtualClock } from './clock';
import type { Emulates } from './conforms';
import type { Emulated } from './counter';
import type { LocalBlob } from './documents';
import { base64Decode, base64Encode, newBlob, unzip, zip } from './zip';

/**
 * Utilities.formatDate with the SimpleDateFormat letters Jospar uses (yyyy, yy, MM, dd, d, HH, H, mm, ss, EEE, Z, XXX),
 * in a named time zone through Intl, so "Asia/Almaty" gives UTC+5 as tzdata 2024a and later say.
 */
export function formatDate(date: Date, timeZone: string, pattern: string): string {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    weekday: 'short',
  }).formatToParts(new Date(date.getTime()));
  const p = Object.fromEntries(parts.map((x) => [x.type, x.value]));
  const asUtc = Date.UTC(
    Number(p.year),
    Number(p.month) - 1,
    Number(p.day),
    Number(p.hour),
    Number(p.minute),
    Number(p.second),
  );
  const offsetMin = Math.round((asUtc - Math.floor(date.getTime() / 1000) * 1000) / 60000);
  const sign = offsetMin >= 0 ? '+' : '-';
  const oh = String(Math.floor(Math.abs(offsetMin) / 60)).padStart(2, '0');
  const om = String(Math.abs(offsetMin) % 60).padStart(2, '0');
  const tokens: Record<string, string> = {
    yyyy: p.year,
    yy: p.year.slice(-2),
    MM: p.month,
    dd: p.day,
    d: String(Number(p.day)),
    HH: p.hour,
    H: String(Number(p.hour)),
    mm: p.minute,
    ss: p.second,
    EEE: p.weekday,
    Z: `${sign}${oh}${om}`,
    XXX: `${sign}${oh}:${om}`,
  };
  return pattern.replace(/'([^']*)'|yyyy|yy|MM|dd|d|HH|H|mm|ss|EEE|XXX|Z/g, (m, quoted?: string) =>
    quoted !== undefined ? quoted : tokens[m],
  );
}

export class LocalUtilities
  implements
    Emulated,
    Emulates<
      GoogleAppsScript.Utilities.Utilities,
      'formatDate' | 'sleep' | 'getUuid' | 'parseCsv' | 'newBlob' | 'zip' | 'unzip' | 'base64Decode' | 'base64Encode'
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
  constructor(private readonly user: { email: string; locale: string; timeZone: () => string }) {}
  getActiveUser(): { getEmail(): string } {
    return { getEmail: () => this.user.email };
  }
  getEffectiveUser(): { getEmail(): string } {
    return { getEmail: () => this.user.email };
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
