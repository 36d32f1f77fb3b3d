/**
 * Retries with exponential backoff what a Google service reports as transient: rate limits ("Service invoked too many
 * times in a short time"), quotas, timeouts, server errors. Anything else (a missing file, a refused value) is thrown
 * at once: retrying it would only repeat it.
 */
const TRANSIENT =
  /too many|rate limit|quota|try again|invoked too many|timed out|timeout|server error|backend error|internal error|service unavailable/i;
const BACKOFF_MS = [1000, 2000, 4000, 8000];

export function isTransient(e: unknown): boolean {
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
