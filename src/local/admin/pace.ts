/**
 * Calls kept under a per-minute quota, and retried on Google's "slow down" answers with truncated exponential backoff
 * and jitter, as Google's guides say: wait min(2^n seconds + random ms, 64 s), then try again
 * (https://developers.google.com/workspace/sheets/api/limits#exponential, and the Drive API's
 * https://developers.google.com/workspace/drive/api/guides/handle-errors#exponential-backoff). Node only.
 */

import { isTransient as isTransientAnswer } from '../../gas/retry';

/** What pacing waits on: the real clock, or in tests and the bench the workspace's VirtualClock. */
export interface Clock {
  now(): number;
  sleep(ms: number): Promise<void>;
}

export const realClock: Clock = {
  now: () => Date.now(),
  sleep: (ms) => new Promise((ok) => setTimeout(ok, ms)),
};

/** At most `perMinute` calls in any 60 seconds: a call waits for the oldest one in the window to leave it. */
export class Pacer {
  private readonly times: number[] = [];
  constructor(
    readonly perMinute: number,
    private readonly clock: Clock,
  ) {}

  async take(): Promise<void> {
    for (;;) {
      const now = this.clock.now();
      while (this.times.length > 0 && this.times[0] <= now - 60000) this.times.shift();
      if (this.times.length < this.perMinute) {
        this.times.push(now);
        return;
      }
      await this.clock.sleep(this.times[0] + 60000 - now + 1);
    }
  }
}

/** HTTP status and reason of a googleapis (gaxios) error, if it is one. */
export function httpStatus(e: unknown): { status: number; reason: string } | null {
  const err = e as { status?: number; code?: number | string; response?: { status?: number; data?: unknown } };
  const status = err?.response?.status ?? err?.status ?? (typeof err?.code === 'number' ? err.code : undefined);
  if (typeof status !== 'number') return null;
  const data = err.response?.data as { error?: { errors?: Array<{ reason?: string }> } } | undefined;
  return { status, reason: data?.error?.errors?.[0]?.reason ?? '' };
}

/**
 * Whether a googleapis error is worth another try, decided by the add-on's own rule (src/gas/retry.ts: 429, 5xx and
 * the rate-limit reasons are; a limit on the day's use, 403 quotaExceeded or dailyLimitExceeded, is not), read from
 * the HTTP answer. An error without one (a cut connection) is not retried here: the run stops, and resumes when run
 * again.
 */
export function isTransient(e: unknown): boolean {
  const h = httpStatus(e);
  if (!h) return false;
  const message = String((e as Error)?.message ?? '');
  return isTransientAnswer(Object.assign(new Error(message), { details: { code: h.status, errors: [h] } }));
}

export interface BackoffOptions {
  clock: Clock;
  /** Tries after the first (Google's examples stop at about five). */
  retries?: number;
  random?: () => number;
  onRetry?: (attempt: number, waitMs: number, e: unknown) => void;
}

export const MAX_BACKOFF_MS = 64000;

export async function withBackoff<T>(call: () => Promise<T>, options: BackoffOptions): Promise<T> {
  const retries = options.retries ?? 6;
  const random = options.random ?? Math.random;
  for (let attempt = 0; ; attempt++) {
    try {
      return await call();
    } catch (e) {
      if (!isTransient(e) || attempt >= retries) throw e;
      const wait = Math.min(2 ** attempt * 1000 + Math.floor(random() * 1000), MAX_BACKOFF_MS);
      options.onRetry?.(attempt + 1, wait, e);
      await options.clock.sleep(wait);
    }
  }
}
