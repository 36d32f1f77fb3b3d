/**
 * Retries with exponential backoff what a Google service reports as transient: rate limits ("Service invoked too many
 * times in a short time", an advanced service's 403 rateLimitExceeded or userRateLimitExceeded, or 429), timeouts,
 * server errors (5xx). Anything else (a missing file, a refused value, a 404 or 409, a full Drive) is thrown at once:
 * retrying it would only repeat it. The one retry of the add-on: documents, Drive, sheets and the calendar sync all use
 * it, and so does the admin CLI's pacing (src/local/admin/pace.ts).
 *
 * An advanced service's error names its reason (details.errors[0].reason); REASONS says what Google's two error guides
 * tell a client to do with each usage-limit reason, and an error with a reason in it is judged by that alone. Without
 * one (DriveApp, SpreadsheetApp …), its HTTP status (429, 5xx) and then its message decide.
 */
type Verdict = 'backoff' | 'day' | 'full' | 'never';

/**
 * The usage-limit reasons of the Drive API v3's "Resolve errors" page
 * (https://developers.google.com/workspace/drive/api/guides/handle-errors) and the Calendar API's "Handle API errors"
 * page (https://developers.google.com/workspace/calendar/api/guides/errors), each with what the page says to do:
 * - backoff: a per-minute rate limit (403 or 429) or a server error; both pages say to retry with exponential backoff.
 * - day: a limit on the day's use. Calendar's 403 quotaExceeded ("Calendar usage limits exceeded.": what an account may
 *   do in a day, events created above all) and 403 dailyLimitExceeded (the project's daily quota, raised only in the
 *   Cloud console): neither passes in seconds, so neither is retried, and the calendar sync stops for the day
 *   (src/gas/calendar/sync.ts).
 * - full: Drive's 403 storageQuotaExceeded: the user's storage is full. Waiting does not help; only freeing space or
 *   buying more does, so the step stops and says so (`isStorageFull`).
 * - never: Drive's other limits on how much an account, a folder or a shared drive may hold, how deep folders go, or
 *   how much is shared (the fix is to change what is asked for, not to wait).
 */
const REASONS = new Map<string, Verdict>([
  ['rateLimitExceeded', 'backoff'],
  ['userRateLimitExceeded', 'backoff'],
  ['backendError', 'backoff'],
  ['quotaExceeded', 'day'],
  ['dailyLimitExceeded', 'day'],
  ['storageQuotaExceeded', 'full'],
  ['sharingRateLimitExceeded', 'never'],
  ['activeItemCreationLimitExceeded', 'never'],
  ['numChildrenInNonRootLimitExceeded', 'never'],
  ['teamDriveFileLimitExceeded', 'never'],
  ['teamDriveHierarchyTooDeep', 'never'],
  ['myDriveHierarchyDepthLimitExceeded', 'never'],
]);

// A message without a reason. "quota" stays transient (Sheets' "Quota exceeded for quota metric … per minute"), but a
// message naming the storage quota is a full Drive whatever its reason says (Drive has answered a full Drive with
// reason quotaExceeded and "The user has exceeded their Drive storage quota").
const TRANSIENT =
  /too many|rate limit|quota|try again|invoked too many|timed out|timeout|server error|backend error|internal error|service unavailable/i;
const STORAGE_FULL = /storage quota/i;
const DAILY = /for one day|usage limits exceeded|daily limit exceeded/i;
const BACKOFF_MS = [1000, 2000, 4000, 8000];

/** The first reason of an advanced service's error (GoogleJsonResponseException.details.errors[0].reason), or ''. */
function reasonOf(e: unknown): string {
  const errors = (e as { details?: { errors?: Array<{ reason?: unknown }> } })?.details?.errors;
  return Array.isArray(errors) && typeof errors[0]?.reason === 'string' ? errors[0].reason : '';
}

function messageOf(e: unknown): string {
  return String((e as Error)?.message ?? e);
}

/** The user's Drive is full: nothing more can be stored until space is freed (a step meeting it stops and says so). */
export function isStorageFull(e: unknown): boolean {
  return REASONS.get(reasonOf(e)) === 'full' || STORAGE_FULL.test(messageOf(e));
}

/** A limit on the day's use: what is refused now stays refused until tomorrow. */
export function isDailyCap(e: unknown): boolean {
  if (isStorageFull(e)) return false;
  const verdict = REASONS.get(reasonOf(e));
  return verdict ? verdict === 'day' : DAILY.test(messageOf(e));
}

export function isTransient(e: unknown): boolean {
  if (isStorageFull(e) || isDailyCap(e)) return false;
  const verdict = REASONS.get(reasonOf(e));
  if (verdict) return verdict === 'backoff';
  // An advanced service's error (GoogleJsonResponseException) carries its HTTP status in details.code.
  const status = (e as { details?: { code?: unknown } })?.details?.code;
  // The error guides list 429 and 500, 502, 503, 504 as worth a retry; 501 (not implemented) never gets better.
  if (typeof status === 'number' && (status === 429 || status === 500 || (status >= 502 && status <= 504))) return true;
  return TRANSIENT.test(messageOf(e));
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
