/**
 * The add-on's one retry (src/gas/retry.ts), used by the calendar sync and by documents, Drive and sheets alike:
 * transient refusals (a service "invoked too many times", an advanced service's rate limit, 429, 5xx) are tried again
 * after 1, 2, 4 and 8 seconds slept with Utilities.sleep; anything else is thrown at once. Which usage-limit reason is
 * which follows the Drive API's "Resolve errors" and the Calendar API's "Handle API errors" pages.
 */
import { GoogleJsonResponseException } from '../../src/local/workspace/calendar-api';
import { isDailyCap, isStorageFull, isTransient, retrying } from '../../src/gas/retry';

const slept: number[] = [];
beforeEach(() => {
  slept.length = 0;
  (globalThis as unknown as { Utilities: { sleep(ms: number): void } }).Utilities = { sleep: (ms) => slept.push(ms) };
});

function failing(times: number, error: () => Error): () => string {
  let n = 0;
  return () => {
    if (n++ < times) throw error();
    return 'done';
  };
}

describe('retrying', () => {
  it('retries what Apps Script refuses as too many calls, with backoff by Utilities.sleep', () => {
    const f = failing(2, () => new Error('Service invoked too many times in a short time: docs. Try Utilities.sleep'));
    expect(retrying(f)).toBe('done');
    expect(slept).toHaveLength(2);
    expect(slept[0]).toBeGreaterThanOrEqual(1000);
    expect(slept[1]).toBeGreaterThanOrEqual(2000);
  });

  it("retries an advanced service's rate limit (403 rateLimitExceeded), 429 and server errors by their status", () => {
    const limit = new GoogleJsonResponseException('events.insert', 403, 'rateLimitExceeded', 'Rate Limit Exceeded');
    expect(isTransient(limit)).toBe(true);
    expect(isTransient(Object.assign(new Error('x'), { details: { code: 429 } }))).toBe(true);
    expect(isTransient(Object.assign(new Error('x'), { details: { code: 503 } }))).toBe(true);
    // The guides list 500, 502, 503 and 504; 501 (not implemented) does not get better by waiting.
    expect(isTransient(Object.assign(new Error('x'), { details: { code: 501 } }))).toBe(false);
    expect(isTransient(Object.assign(new Error('x'), { details: { code: 504 } }))).toBe(true);
    expect(retrying(failing(1, () => Object.assign(new Error('Backend'), { details: { code: 500 } })))).toBe('done');
  });

  it('never retries the day\'s limit (403 quotaExceeded, dailyLimitExceeded, Apps Script\'s "for one day")', () => {
    const quota = new GoogleJsonResponseException(
      'events.insert',
      403,
      'quotaExceeded',
      'Calendar usage limits exceeded.',
    );
    const daily = new GoogleJsonResponseException('events.insert', 403, 'dailyLimitExceeded', 'Daily Limit Exceeded');
    const user = new GoogleJsonResponseException(
      'events.insert',
      403,
      'userRateLimitExceeded',
      'User Rate Limit Exceeded',
    );
    expect([quota, daily].map(isDailyCap)).toEqual([true, true]);
    expect(isTransient(user)).toBe(true);
    expect(isDailyCap(new Error('Service invoked too many times for one day: calendar.'))).toBe(true);
    expect(() => retrying(failing(1, () => quota))).toThrow(/usage limits/);
    expect(slept).toEqual([]);
  });

  it('throws at once what retrying would only repeat (not found, conflict), and gives up after four retries', () => {
    const notFound = new GoogleJsonResponseException('events.get', 404, 'notFound', 'Not Found');
    expect(() => retrying(failing(1, () => notFound))).toThrow(/Not Found/);
    expect(slept).toEqual([]);
    expect(() => retrying(failing(9, () => new Error('Rate Limit Exceeded')))).toThrow(/Rate Limit/);
    expect(slept).toHaveLength(4);
  });

  it("never retries Drive's 403 storageQuotaExceeded, and names it a full Drive, not a rate limit or the day's cap", () => {
    const full = Object.assign(
      new Error("API call to drive.files.copy failed with error: The user's Drive storage quota has been exceeded."),
      {
        details: {
          code: 403,
          errors: [
            {
              domain: 'global',
              reason: 'storageQuotaExceeded',
              message: "The user's Drive storage quota has been exceeded.",
            },
          ],
        },
      },
    );
    expect([isStorageFull(full), isTransient(full), isDailyCap(full)]).toEqual([true, false, false]);
    expect(() => retrying(failing(1, () => full))).toThrow(/storage quota/);
    expect(slept).toEqual([]);
    // Drive has also answered a full Drive with reason quotaExceeded: the message naming the storage decides.
    const older = Object.assign(new Error('The user has exceeded their Drive storage quota'), {
      details: { code: 403, errors: [{ domain: 'usageLimits', reason: 'quotaExceeded' }] },
    });
    expect([isStorageFull(older), isTransient(older), isDailyCap(older)]).toEqual([true, false, false]);
    // DriveApp's plain message, no reason: the same.
    expect(isTransient(new Error("The user's Drive storage quota has been exceeded."))).toBe(false);
  });

  it('retries each rate limit and server error the guides name, backing off 1, 2, 4 s', () => {
    const answers = [
      [403, 'userRateLimitExceeded', 'User Rate Limit Exceeded'],
      [403, 'rateLimitExceeded', 'Rate Limit Exceeded'],
      [429, 'rateLimitExceeded', 'Rate Limit Exceeded'],
      [500, 'backendError', 'Backend Error'],
      [502, '', 'Bad Gateway'],
      [503, '', 'Service Unavailable'],
    ] as const;
    for (const [code, reason, message] of answers) {
      slept.length = 0;
      const e = () => Object.assign(new Error(message), { details: { code, errors: reason ? [{ reason }] : [] } });
      expect(retrying(failing(3, e))).toBe('done');
      expect(slept.map((ms) => Math.floor(ms / 1000))).toEqual([1, 2, 4]);
    }
    // Sheets' per-minute quota, said in words only, is still a rate limit.
    expect(isTransient(new Error("Quota exceeded for quota metric 'Write requests' per minute per user"))).toBe(true);
  });

  it("never retries Drive's other limits on what may be held or shared (the guide's fix is not to wait)", () => {
    for (const reason of [
      'sharingRateLimitExceeded',
      'activeItemCreationLimitExceeded',
      'numChildrenInNonRootLimitExceeded',
      'teamDriveFileLimitExceeded',
    ]) {
      const e = Object.assign(new Error('Rate limit exceeded. User message: the items could not be shared'), {
        details: { code: 403, errors: [{ reason }] },
      });
      expect([isTransient(e), isDailyCap(e), isStorageFull(e)]).toEqual([false, false, false]);
    }
  });
});
