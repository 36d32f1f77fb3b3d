/**
 * The add-on's one retry (src/gas/retry.ts), used by the calendar sync and by documents, Drive and sheets alike:
 * transient refusals (a service "invoked too many times", an advanced service's rate limit, 429, 5xx) are tried again
 * after 1, 2, 4 and 8 seconds slept with Utilities.sleep; anything else is thrown at once.
 */
import { GoogleJsonResponseException } from '../../src/local/workspace/calendar-api';
import { isDailyCap, isTransient, retrying } from '../../src/gas/retry';

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
});
