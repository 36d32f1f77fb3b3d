/**
 * `jospar admin` retries what the add-on's own rule (src/gas/retry.ts) calls transient, read from googleapis' HTTP
 * errors: 429, 5xx and the rate-limit reasons; never a limit on the day's use, nor a full Drive, nor a refusal that
 * would only repeat.
 */
import { isTransient } from '../../../src/local/admin/pace';

/** An error as googleapis (gaxios) throws it for an HTTP answer. */
function answer(status: number, reason: string, message = 'x') {
  return Object.assign(new Error(message), {
    status,
    response: { status, data: { error: { code: status, message, errors: [{ reason, message }] } } },
  });
}

describe('isTransient (admin)', () => {
  it('retries 429, 5xx and 403 rate limits', () => {
    expect(isTransient(answer(429, 'rateLimitExceeded'))).toBe(true);
    expect(isTransient(answer(503, 'backendError'))).toBe(true);
    expect(isTransient(answer(403, 'userRateLimitExceeded'))).toBe(true);
  });

  it("never retries the day's limit, a missing file, or an error without an HTTP answer", () => {
    expect(isTransient(answer(403, 'dailyLimitExceeded', 'Daily Limit Exceeded'))).toBe(false);
    expect(isTransient(answer(429, 'quotaExceeded', 'Quota exceeded'))).toBe(false);
    expect(isTransient(answer(404, 'notFound', 'File not found: x.'))).toBe(false);
    // A full Drive is not waited out: "quota" in its message does not make it a rate limit.
    expect(isTransient(answer(403, 'storageQuotaExceeded', "The user's Drive storage quota has been exceeded."))).toBe(
      false,
    );
    expect(isTransient(new Error('socket hang up'))).toBe(false);
  });
});
