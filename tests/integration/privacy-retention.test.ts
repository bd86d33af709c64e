/**
 * The retention job (lib/privacy/apply-retention.ts) on this file's database: each kind of row
 * goes exactly when it is older than its period (settings `retention.*`), and nothing younger;
 * one audit event with the counts. Rows of different ages are made by the domain functions with
 * their `now` (registration, confirmation, sign-in, rate limits); mails carry the database's
 * time, so their boundary is taken from the rows themselves.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { authenticate } from '@/lib/auth/authenticate';
import { applyRetention } from '@/lib/privacy/apply-retention';
import { consumeRateLimit } from '@/lib/rate-limit/consume-rate-limit';
import { confirmEmail } from '@/lib/registration/confirm-email';
import { registerApplicant } from '@/lib/registration/register-applicant';
import { SETTING_DEFAULTS } from '@/lib/settings/setting-definitions';
import { updateSettings } from '@/lib/settings/update-settings';
import { seed } from '@/prisma/seed/seed';
import { createTestMail, createTestProject, demoActors, PASSWORD, type TestUser } from '@/tests/support/factories';
import { BASE_URL, linkFromMail, registration } from '@/tests/support/registration';

const DAY = 24 * 60 * 60_000;
const NOW = new Date();
const daysAgo = (days: number) => new Date(NOW.getTime() - days * DAY);

let admin: TestUser;

beforeAll(async () => {
  await seed({ demo: true });
  ({ admin } = await demoActors());
});

async function register(email: string, now: Date, organisationName = `Verein ${email}`) {
  await registerApplicant({ input: registration({ email, organisationName }), locale: 'de', baseUrl: BASE_URL, now });
  return db.user.findUniqueOrThrow({ where: { email }, select: { id: true, organisationId: true } });
}

describe('applyRetention', () => {
  it('has sensible defaults', () => {
    expect(SETTING_DEFAULTS).toMatchObject({
      'retention.unconfirmedAccountDays': 7,
      'retention.tokenDays': 30,
      'retention.loginAttemptDays': 90,
      'retention.rateLimitDays': 7,
      'retention.mailBodyDays': 90,
    });
  });

  it('deletes exactly the rows older than their period, keeps everything younger, and records one audit event', async () => {
    // Unconfirmed accounts (7 days, when they expire: ADR 024): an old one goes with its
    // organisation; a young one, an old one that created a project and an old confirmed one stay.
    const oldUnconfirmed = await register('alt-unbestaetigt@retention.example', daysAgo(8));
    const youngUnconfirmed = await register('jung-unbestaetigt@retention.example', daysAgo(6));
    const oldWithProject = await register('alt-mit-projekt@retention.example', daysAgo(40));
    await createTestProject({ actor: { id: oldWithProject.id, role: 'APPLICANT', organisationId: oldWithProject.organisationId } });
    const oldConfirmed = await register('alt-bestaetigt@retention.example', daysAgo(45));
    expect(await confirmEmail({ token: await linkFromMail('alt-bestaetigt@retention.example', 'token'), now: daysAgo(44.5) })).toBe('confirmed');

    // Sign-in attempts (90 days) and rate-limit rows (7 days), on both sides of their boundaries.
    await authenticate({ email: 'alt-bestaetigt@retention.example', password: 'falsch-falsch-falsch', now: daysAgo(91) });
    await authenticate({ email: 'alt-bestaetigt@retention.example', password: PASSWORD, now: daysAgo(89) });
    await consumeRateLimit({ key: 'retention:test', limit: 100, windowMs: DAY, now: daysAgo(8) });
    await consumeRateLimit({ key: 'retention:test', limit: 100, windowMs: DAY, now: daysAgo(6) });

    // Tokens (30 days after use or expiry; a confirmation link lives 24 hours): the used one (44.5
    // days ago) and the project account's (expired 39 days ago) go; the young account's (expired
    // 5 days ago) stays. The deleted account's token goes with it (cascade), whatever its age.
    const tokenCutoff = daysAgo(30);
    const tokensBefore = await db.userToken.findMany({ select: { id: true, userId: true, expiresAt: true, usedAt: true } });
    const byRule = tokensBefore.filter((token) => token.userId !== oldUnconfirmed.id && ((token.usedAt && token.usedAt < tokenCutoff) || token.expiresAt < tokenCutoff));
    const keptTokens = tokensBefore.filter((token) => token.userId !== oldUnconfirmed.id && !byRule.includes(token));
    expect(byRule.map((token) => token.userId).sort()).toEqual([oldWithProject.id, oldConfirmed.id].sort());
    expect(keptTokens.map((token) => token.userId)).toContain(youngUnconfirmed.id);
    const rateLimitsBefore = await db.rateLimitEvent.findMany({ select: { id: true, at: true } });
    const attemptsBefore = await db.loginAttempt.findMany({ select: { id: true, at: true } });
    const expectedRateLimits = rateLimitsBefore.filter((row) => row.at < daysAgo(7));
    expect(expectedRateLimits.length).toBeGreaterThan(0);
    expect(attemptsBefore.filter((row) => row.at < daysAgo(90))).toHaveLength(1);

    const counts = await applyRetention({ now: NOW });

    const users = await db.user.findMany({
      where: { id: { in: [oldUnconfirmed.id, youngUnconfirmed.id, oldWithProject.id, oldConfirmed.id] } },
      select: { id: true },
    });
    expect(users.map((user) => user.id).sort()).toEqual([youngUnconfirmed.id, oldWithProject.id, oldConfirmed.id].sort());
    expect(await db.organisation.count({ where: { id: oldUnconfirmed.organisationId! } })).toBe(0);
    expect(await db.organisation.count({ where: { id: youngUnconfirmed.organisationId! } })).toBe(1);

    const tokensAfter = await db.userToken.findMany({ select: { id: true } });
    expect(tokensAfter.map((token) => token.id).sort()).toEqual(keptTokens.map((token) => token.id).sort());
    const rateLimitsAfter = await db.rateLimitEvent.findMany({ select: { id: true, at: true } });
    expect(rateLimitsAfter.map((row) => row.id).sort()).toEqual(rateLimitsBefore.filter((row) => row.at >= daysAgo(7)).map((row) => row.id).sort());
    const attemptsAfter = await db.loginAttempt.findMany({ select: { id: true } });
    expect(attemptsAfter.map((row) => row.id).sort()).toEqual(attemptsBefore.filter((row) => row.at >= daysAgo(90)).map((row) => row.id).sort());

    expect(counts).toEqual({
      unconfirmedAccounts: 1,
      organisations: 1,
      tokens: byRule.length,
      loginAttempts: 1,
      rateLimitEvents: expectedRateLimits.length,
      mailBodies: 0,
    });
    const event = await db.auditEvent.findFirstOrThrow({ where: { action: 'retention.applied' }, orderBy: { at: 'desc' }, select: { actorId: true, subjectType: true, details: true } });
    expect(event).toMatchObject({ actorId: null, subjectType: 'Retention' });
    expect(event.details).toEqual({
      counts,
      periods: { unconfirmedAccountDays: 7, tokenDays: 30, loginAttemptDays: 90, rateLimitDays: 7, mailBodyDays: 90 },
    });
    // Nothing that names a person in the event.
    expect(JSON.stringify(event.details)).not.toContain('@');
  });

  it('blanks mail bodies older than the period (never to be sent again), keeping recipient, subject and status; younger ones stay', async () => {
    const older = await createTestMail({ body: 'Alter Text mit Link' });
    await new Promise((resolve) => setTimeout(resolve, 5));
    const younger = await createTestMail({ body: 'Neuer Text' });
    const rows = await db.mail.findMany({ where: { id: { in: [older.id, younger.id] } }, select: { id: true, createdAt: true } });
    const youngerAt = rows.find((row) => row.id === younger.id)!.createdAt;
    // The younger mail is exactly at the boundary (not older than 90 days), the older one is.
    const olderThanBoundary = await db.mail.count({ where: { createdAt: { lt: youngerAt }, body: { not: '' } } });
    const atOrAfter = await db.mail.count({ where: { createdAt: { gte: youngerAt } } });
    const counts = await applyRetention({ now: new Date(youngerAt.getTime() + 90 * DAY) });
    expect(counts.mailBodies).toBe(olderThanBoundary);
    expect(await db.mail.count({ where: { createdAt: { gte: youngerAt }, body: { not: '' } } })).toBe(atOrAfter);
    const after = await db.mail.findMany({ where: { id: { in: [older.id, younger.id] } }, select: { id: true, to: true, subject: true, body: true, status: true, nextAttemptAt: true } });
    const olderRow = after.find((row) => row.id === older.id)!;
    const youngerRow = after.find((row) => row.id === younger.id)!;
    expect(olderRow).toMatchObject({ to: older.to, subject: older.subject, body: '', status: 'QUEUED', nextAttemptAt: null });
    expect(youngerRow.body).toBe('Neuer Text');
  });

  it('uses the periods an administrator set', async () => {
    await updateSettings({ actor: admin, input: { retentionRateLimitDays: 1 } });
    await consumeRateLimit({ key: 'retention:setting', limit: 100, windowMs: DAY, now: daysAgo(2) });
    await consumeRateLimit({ key: 'retention:setting', limit: 100, windowMs: DAY, now: new Date(NOW.getTime() - DAY / 2) });
    await applyRetention({ now: NOW });
    const left = await db.rateLimitEvent.findMany({ where: { key: 'retention:setting' }, select: { at: true } });
    expect(left).toHaveLength(1);
    expect(left[0]!.at.getTime()).toBe(NOW.getTime() - DAY / 2);
  });

  it('refuses periods out of bounds in the settings', async () => {
    await expect(updateSettings({ actor: admin, input: { retentionMailBodyDays: 0 } })).rejects.toThrow();
    await expect(updateSettings({ actor: admin, input: { retentionMailBodyDays: 3651 } })).rejects.toThrow();
  });
});
