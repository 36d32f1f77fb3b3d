/**
 * Calls kept under a per-minute quota, and retried on Google's "slow down" answers with truncated exponential backoff
 * and jitter, as Google's guides say: wait min(2^n seconds + random ms, 64 s), then try again
 * (https://developers.google.com/workspace/sheets/api/limits#exponential, and the Drive API's
 * https://developers.google.com/workspace/drive/api/guides/handle-errors#exponential-backoff). Node only.
 */

export interface Clock {
  now(): number;
  sleep(ms: number): Promise<void>;
}

export const realClock: Clock = {
  now: () => Date.now(),
  sleep: (ms) => new Promise((ok) => setTimeout(ok, ms)),
};

/** A clock that only moves when slept on: tests and the bench run minutes of pacing in no time. */
export function virtualClock(start = 0): Clock & { slept: number } {
  let t = start;
  const clock = {
    slept: 0,
    now: () => t,
    sleep: async (ms: number) => {
      t += ms;
      clock.slept += ms;
    },
  };
  return clock;
}

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

/** 429, 5xx, and Drive's 403 rate-limit reasons are worth another try; anything else is the answer. */
export function isTransient(e: unknown): boolean {
  const h = httpStatus(e);
  if (!h) return false;
  if (h.status === 429 || h.status >= 500) return true;
  return h.status === 403 && (h.reason === 'rateLimitExceeded' || h.reason === 'userRateLimitExceeded');
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
