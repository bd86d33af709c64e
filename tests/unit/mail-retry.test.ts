import { describe, expect, it } from 'vitest';
import { MAIL_MAX_ATTEMPTS, nextAttemptAfterFailure } from '@/lib/mail/mail-retry';

describe('the outbox backoff', () => {
  const now = new Date('2027-01-01T10:00:00Z');
  const waitAfter = (attempts: number) => nextAttemptAfterFailure({ attempts, now, baseMs: 60_000 })!.getTime() - now.getTime();

  it('doubles the wait after each failure', () => {
    expect([1, 2, 3, 4, 5].map(waitAfter)).toEqual([1, 2, 4, 8, 16].map((minutes) => minutes * 60_000));
  });

  it('gives up after the last attempt', () => {
    expect(nextAttemptAfterFailure({ attempts: MAIL_MAX_ATTEMPTS, now })).toBeNull();
    expect(nextAttemptAfterFailure({ attempts: 2, now, maxAttempts: 2 })).toBeNull();
  });
});
