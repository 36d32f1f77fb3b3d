/**
 * The Drive and Sheets clients of Google's Node library (googleapis), every call paced under its quota and retried
 * with backoff. `rootUrl` points them at the local API server in tests and `npm start`. Node only.
 */
import type { drive_v3, GoogleApis, sheets_v4 } from 'googleapis';
import type { AdminAuth } from './auth';
import { Pacer, withBackoff, type Clock } from './pace';

/** Sheets: 60 read requests a minute per user per project (https://developers.google.com/workspace/sheets/api/limits). */
export const SHEETS_READS_PER_MINUTE = 60;
/** Drive: 12,000 queries a minute per user (https://developers.google.com/workspace/drive/api/guides/limits). */
export const DRIVE_CALLS_PER_MINUTE = 12000;

export interface Apis {
  drive: drive_v3.Drive;
  sheets: sheets_v4.Sheets;
  /** Runs one Sheets read under the read quota, with backoff. */
  sheetsRead<T>(call: () => Promise<T>): Promise<T>;
  /** Runs one Sheets write under the write quota (also 60 a minute per user), with backoff. */
  sheetsWrite<T>(call: () => Promise<T>): Promise<T>;
  /** Runs one Drive call under its quota, with backoff. */
  driveCall<T>(call: () => Promise<T>): Promise<T>;
  calls: { sheets: number; drive: number; retries: number };
  clock: Clock;
}

export interface ApiOptions {
  auth: AdminAuth;
  clock: Clock;
  rootUrl?: string;
  random?: () => number;
  readsPerMinute?: number;
}

export function googleApis(google: GoogleApis, options: ApiOptions): Apis {
  // Retries are ours (paced, with backoff); Node's own fetch rather than gaxios importing node-fetch at run time.
  const common = {
    auth: options.auth,
    ...(options.rootUrl ? { rootUrl: options.rootUrl } : {}),
    retry: false,
    fetchImplementation: globalThis.fetch,
  };
  const sheetsPace = new Pacer(options.readsPerMinute ?? SHEETS_READS_PER_MINUTE, options.clock);
  const drivePace = new Pacer(DRIVE_CALLS_PER_MINUTE, options.clock);
  const writePace = new Pacer(SHEETS_READS_PER_MINUTE, options.clock);
  const calls = { sheets: 0, drive: 0, retries: 0 };
  const backoff = {
    clock: options.clock,
    ...(options.random ? { random: options.random } : {}),
    onRetry: () => void calls.retries++,
  };
  return {
    drive: google.drive({ version: 'v3', ...common }),
    sheets: google.sheets({ version: 'v4', ...common }),
    calls,
    clock: options.clock,
    sheetsRead: (call) =>
      withBackoff(async () => {
        await sheetsPace.take();
        calls.sheets++;
        return call();
      }, backoff),
    sheetsWrite: (call) =>
      withBackoff(async () => {
        await writePace.take();
        calls.sheets++;
        return call();
      }, backoff),
    driveCall: (call) =>
      withBackoff(async () => {
        await drivePace.take();
        calls.drive++;
        return call();
      }, backoff),
  };
}
