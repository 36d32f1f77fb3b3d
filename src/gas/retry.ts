/**
 * Retries with exponential backoff what a Google service reports as transient: rate limits ("Service invoked too many
 * times in a short time", an advanced service's 403 rateLimitExceeded or 429), quotas, timeouts, server errors (5xx).
 * Anything else (a missing file, a refused value, a 404 or 409) is thrown at once: retrying it would only repeat it.
 * The one retry of the add-on: documents, Drive, sheets and the calendar sync all use it.
 */
const TRANSIENT =
  /too many|rate limit|quota|try again|invoked too many|timed out|timeout|server error|backend error|internal error|service unavailable/i;
const BACKOFF_MS = [1000, 2000, 4000, 8000];

export function isTransient(e: unknown): boolean {
  // An advanced service's error (GoogleJsonResponseException) carries its HTTP status in details.code.
  const status = (e as { details?: { code?: unknown } })?.details?.code;
  if (typeof status === 'number' && (status === 429 || status >= 500)) return true;
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
