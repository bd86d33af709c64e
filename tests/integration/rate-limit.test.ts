import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { DomainError } from '@/lib/errors';
import { consumeRateLimit, RATE_LIMITS } from '@/lib/rate-limit/consume-rate-limit';
import { registerApplicant } from '@/lib/registration/register-applicant';
import { resendConfirmation } from '@/lib/registration/resend-confirmation';
import { inviteColleague } from '@/lib/organisations/invite-colleague';
import { seed } from '@/prisma/seed/seed';
import { BASE_URL, registration } from '@/tests/support/registration';

const rateLimited = (error: unknown) => error instanceof DomainError && error.code === 'rateLimited';

beforeAll(async () => {
  await seed({ demo: true });
});

describe('consumeRateLimit', () => {
  it('allows `limit` uses per window and key, then refuses until the oldest leaves the window', async () => {
    const start = new Date('2026-11-28T08:00:00Z');
    const limit = { limit: 3, windowMs: 60_000 };
    for (let i = 0; i < 3; i++) await consumeRateLimit({ key: 'test:a', ...limit, now: new Date(start.getTime() + i * 1000) });
    await expect(consumeRateLimit({ key: 'test:a', ...limit, now: new Date(start.getTime() + 5000) })).rejects.toSatisfy(rateLimited);
    await consumeRateLimit({ key: 'test:b', ...limit, now: start });
    await consumeRateLimit({ key: 'test:a', ...limit, now: new Date(start.getTime() + 61_000) });
  });

  it('lets exactly `limit` of a parallel burst through (count and record are one step)', async () => {
    const limit = { limit: 5, windowMs: 60_000 };
    const results = await Promise.allSettled(Array.from({ length: 20 }, () => consumeRateLimit({ key: 'test:burst', ...limit })));
    expect(results.filter((result) => result.status === 'fulfilled')).toHaveLength(5);
    expect(results.filter((result) => result.status === 'rejected' && rateLimited(result.reason))).toHaveLength(15);
    expect(await db.rateLimitEvent.count({ where: { key: 'test:burst' } })).toBe(5);
  });
});

describe('mails a visitor can trigger', () => {
  it('registration: at most 5 per address and hour, whether or not the address exists', async () => {
    for (let i = 0; i < RATE_LIMITS.register.limit; i++) {
      await registerApplicant({ input: registration({ email: 'flut@example.org' }), locale: 'de', baseUrl: BASE_URL });
    }
    await expect(
      registerApplicant({ input: registration({ email: 'FLUT@example.org' }), locale: 'de', baseUrl: BASE_URL }),
    ).rejects.toSatisfy(rateLimited);
    // One account, and one mail per allowed attempt (confirmation, then notices).
    expect(await db.user.count({ where: { email: 'flut@example.org' } })).toBe(1);
    expect(await db.mail.count({ where: { to: 'flut@example.org' } })).toBe(RATE_LIMITS.register.limit);
  });

  it('new confirmation links: the same limit for unknown and unconfirmed addresses (no enumeration)', async () => {
    await registerApplicant({ input: registration({ email: 'unbestaetigt@example.org' }), locale: 'de', baseUrl: BASE_URL });
    for (const email of ['unbestaetigt@example.org', 'gibt-es-nicht@example.org']) {
      for (let i = 0; i < RATE_LIMITS.resend.limit; i++) await resendConfirmation({ input: { email }, baseUrl: BASE_URL });
      await expect(resendConfirmation({ input: { email }, baseUrl: BASE_URL })).rejects.toSatisfy(rateLimited);
    }
    expect(await db.mail.count({ where: { to: 'gibt-es-nicht@example.org' } })).toBe(0);
  });

  it('invitations: at most 20 per organisation and hour', async () => {
    const actor = await db.user.findUniqueOrThrow({
      where: { email: 'antrag@demo.example' },
      select: { id: true, role: true, organisationId: true, name: true },
    });
    for (let i = 0; i < RATE_LIMITS.invite.limit; i++) {
      await inviteColleague({ actor, input: { email: `kollegin${i}@example.org` }, locale: 'de', baseUrl: BASE_URL });
    }
    await expect(
      inviteColleague({ actor, input: { email: 'noch-eine@example.org' }, locale: 'de', baseUrl: BASE_URL }),
    ).rejects.toSatisfy(rateLimited);
    expect(await db.invitation.count({ where: { email: 'noch-eine@example.org' } })).toBe(0);
  });
});
