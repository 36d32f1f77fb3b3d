/**
 * Retries with exponential backoff what a Google service reports as transient: rate limits ("Service invoked too many
 * times in a short time", an advanced service's 403 rateLimitExceeded or userRateLimitExceeded, or 429), timeouts,
 * server errors (5xx). Anything else (a missing file, a refused value, a 404 or 409) is thrown at once: retrying it
 * would only repeat it. The one retry of the add-on: documents, Drive, sheets and the calendar sync all use it.
 *
 * The Calendar API's errors guide (https://developers.google.com/workspace/calendar/api/guides/errors) says how each
 * usage-limit answer is met: 403 rateLimitExceeded / userRateLimitExceeded and 429 with exponential backoff; 403
 * quotaExceeded ("Calendar usage limits exceeded.") is Calendar's own limit on what an account may do in a day (events
 * created above all), and 403 dailyLimitExceeded the project's daily quota: neither passes in seconds, so neither is
 * retried. `isDailyCap` names them (and Apps Script's "Service invoked too many times for one day"), and the calendar
 * sync stops for the day when it meets one (src/gas/calendar/sync.ts).
 */
const TRANSIENT =
  /too many|rate limit|quota|try again|invoked too many|timed out|timeout|server error|backend error|internal error|service unavailable/i;
const DAILY_REASONS = new Set(['quotaExceeded', 'dailyLimitExceeded']);
const DAILY = /for one day|usage limits exceeded|daily limit exceeded/i;
const BACKOFF_MS = [1000, 2000, 4000, 8000];

/** The first reason of an advanced service's error (GoogleJsonResponseException.details.errors[0].reason), or ''. */
function reasonOf(e: unknown): string {
  const errors = (e as { details?: { errors?: Array<{ reason?: unknown }> } })?.details?.errors;
  return Array.isArray(errors) && typeof errors[0]?.reason === 'string' ? errors[0].reason : '';
}

/** A limit on the day's use: what is refused now stays refused until tomorrow. */
export function isDailyCap(e: unknown): boolean {
  return DAILY_REASONS.has(reasonOf(e)) || DAILY.test(String((e as Error)?.message ?? e));
}

export function isTransient(e: unknown): boolean {
  if (isDailyCap(e)) return false;
  // An advanced service's error (GoogleJsonResponseException) carries its HTTP status in details.code.
  const status = (e as { details?: { code?: unknown } })?.details?.code;
  if (typeof status === 'number' && (status === 429 || status >= 500)) return true;
  const reason = reasonOf(e);
  if (reason === 'rateLimitExceeded' || reason === 'userRateLimitExceeded') return true;
  return TRANSIENT.test(String((e as Error)?.message ?? e));
}

/** f, tried again after 1, 2, 4 and 8 seconds (with jitter) while it fails transiently. */
export function retrying<T>(f: () => T): T {
  for (let attempt = 0; ; attempt++) {
    try {
      return f();
    } catch (e) {
      if (attempt >= BACKOFF_MS.length || !isTransient(e)) throw e;
      Utilities.sleep(BACKOFF_MS[attempt] + Math.floor(Math.random() * 250));
    }
  }
}

/** The message of an error for a row or the Log: one line, no stack, at most 200 characters. */
export function errorText(e: unknown): string {
  return String((e as Error)?.message ?? e)
    .split('\n')[0]
    .slice(0, 200);
}
