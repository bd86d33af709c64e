import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { authenticate, MAX_FAILED_ATTEMPTS, THROTTLE_WINDOW_MS } from '@/lib/auth/authenticate';
import { seed } from '@/prisma/seed/seed';
import { DEMO_PASSWORD, DEMO_TOTP_SECRET, DEMO_USERS } from '@/prisma/seed/seed-demo';
import { totpCode } from '@/tests/support/two-factor';

beforeAll(async () => {
  await seed({ demo: true });
});

beforeEach(async () => {
  await db.loginAttempt.deleteMany();
  // Each test may use any time step's code again (a code is accepted only once per account).
  await db.user.updateMany({ data: { disabledAt: null, totpLastStep: null } });
});

describe('authenticate', () => {
  it.each(DEMO_USERS)('signs in the demo $role (staff with the code from the app)', async ({ email, role }) => {
    const code = role === 'APPLICANT' ? undefined : await totpCode(DEMO_TOTP_SECRET);
    const result = await authenticate({ email, password: DEMO_PASSWORD, code });
    expect(result).toMatchObject({ ok: true, user: { email, role } });
  });

  it('compares the e-mail address case-insensitively', async () => {
    const result = await authenticate({ email: '  Antrag@Demo.EXAMPLE ', password: DEMO_PASSWORD });
    expect(result.ok).toBe(true);
  });

  it('gives the same answer for a wrong password and an unknown address', async () => {
    expect(await authenticate({ email: 'antrag@demo.example', password: 'falsch-falsch-falsch' })).toEqual({ ok: false, reason: 'invalid' });
    expect(await authenticate({ email: 'niemand@demo.example', password: DEMO_PASSWORD })).toEqual({ ok: false, reason: 'invalid' });
  });

  it('refuses a disabled user even with the right password', async () => {
    await db.user.update({ where: { email: 'pruefung@demo.example' }, data: { disabledAt: new Date() } });
    expect(await authenticate({ email: 'pruefung@demo.example', password: DEMO_PASSWORD })).toEqual({ ok: false, reason: 'disabled' });
  });

  it('refuses an unconfirmed e-mail address', async () => {
    await db.user.update({ where: { email: 'admin@demo.example' }, data: { emailConfirmedAt: null } });
    try {
      expect(await authenticate({ email: 'admin@demo.example', password: DEMO_PASSWORD })).toEqual({ ok: false, reason: 'unconfirmed' });
    } finally {
      await db.user.update({ where: { email: 'admin@demo.example' }, data: { emailConfirmedAt: new Date() } });
    }
  });

  it('throttles an account after 5 failures within 15 minutes, even for the right password', async () => {
    const start = new Date('2026-11-27T10:00:00Z');
    for (let i = 0; i < MAX_FAILED_ATTEMPTS; i++) {
      const at = new Date(start.getTime() + i * 60_000);
      expect(await authenticate({ email: 'antrag@demo.example', password: 'falsch', now: at })).toEqual({ ok: false, reason: 'invalid' });
    }
    const sixth = await authenticate({ email: 'antrag@demo.example', password: DEMO_PASSWORD, now: new Date(start.getTime() + 5 * 60_000) });
    // The oldest failure (10:00) leaves the window at 10:15: ten minutes from 10:05.
    expect(sixth).toEqual({ ok: false, reason: 'throttled', retryAfterSeconds: 600 });
    // Another account is not affected.
    expect((await authenticate({ email: 'pruefung@demo.example', password: DEMO_PASSWORD, code: await totpCode(DEMO_TOTP_SECRET, start), now: start })).ok).toBe(true);
    // Once the oldest failure is out of the window, the right password works again.
    const later = new Date(start.getTime() + THROTTLE_WINDOW_MS + 1000);
    expect((await authenticate({ email: 'antrag@demo.example', password: DEMO_PASSWORD, now: later })).ok).toBe(true);
  });

  it('throttles unknown addresses too, so probing reveals nothing', async () => {
    for (let i = 0; i < MAX_FAILED_ATTEMPTS; i++) await authenticate({ email: 'probe@demo.example', password: 'x' });
    expect(await authenticate({ email: 'probe@demo.example', password: 'x' })).toMatchObject({ ok: false, reason: 'throttled' });
  });

  it('does not count failures before a successful sign-in', async () => {
    const start = new Date('2026-11-27T12:00:00Z');
    for (let i = 0; i < MAX_FAILED_ATTEMPTS - 1; i++) {
      await authenticate({ email: 'antrag@demo.example', password: 'falsch', now: new Date(start.getTime() + i * 1000) });
    }
    expect((await authenticate({ email: 'antrag@demo.example', password: DEMO_PASSWORD, now: new Date(start.getTime() + 10_000) })).ok).toBe(true);
    expect(await authenticate({ email: 'antrag@demo.example', password: 'falsch', now: new Date(start.getTime() + 20_000) })).toEqual({ ok: false, reason: 'invalid' });
  });

  it('records a successful sign-in in the audit log', async () => {
    const user = await db.user.findUniqueOrThrow({ where: { email: 'antrag@demo.example' }, select: { id: true } });
    const before = await db.auditEvent.count({ where: { action: 'user.sign-in', actorId: user.id } });
    await authenticate({ email: 'antrag@demo.example', password: DEMO_PASSWORD });
    expect(await db.auditEvent.count({ where: { action: 'user.sign-in', actorId: user.id } })).toBe(before + 1);
  });
});
