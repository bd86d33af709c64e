import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { authenticate } from '@/lib/auth/authenticate';
import { SIGN_IN_LIMITS } from '@/lib/auth/reserve-sign-in-attempt';
import { throttleSource } from '@/lib/auth/throttle-source';
import { seed } from '@/prisma/seed/seed';
import { PASSWORD, createTestUser } from '@/tests/support/factories';
import { nextTotpCode } from '@/tests/support/two-factor';

// Defect 2 of issue #10: the throttle read, checked and recorded in separate steps (a parallel
// burst got every password checked), and it counted per address only (anyone could lock out a
// known officer). ADR 023.

const ATTACKER = '203.0.113.7';
const VICTIM_IP = '198.51.100.20';

beforeAll(async () => {
  await seed({ demo: false });
});

beforeEach(async () => {
  await db.loginAttempt.deleteMany();
});

/** How many wrong passwords were really checked (one audit event each). */
async function passwordChecks(email: string): Promise<number> {
  const events = await db.auditEvent.findMany({ where: { action: 'user.sign-in-failed' }, select: { details: true } });
  return events.filter((event) => {
    const details = event.details as { email?: string; reason?: string };
    return details.email === email && details.reason === 'wrong-password';
  }).length;
}

describe('sign-in throttle', () => {
  it('checks at most 5 passwords of a parallel burst of 20 wrong ones', async () => {
    const user = await createTestUser({ role: 'APPLICANT', email: 'burst@throttle.example' });
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) => authenticate({ email: user.email, password: `falsch-${i}-falsch`, clientIp: ATTACKER })),
    );
    expect(results.filter((result) => result.ok === false && result.reason === 'invalid')).toHaveLength(SIGN_IN_LIMITS.source);
    expect(results.filter((result) => result.ok === false && result.reason === 'throttled')).toHaveLength(20 - SIGN_IN_LIMITS.source);
    expect(await passwordChecks(user.email)).toBe(SIGN_IN_LIMITS.source);
    expect(await db.loginAttempt.count({ where: { email: user.email } })).toBe(SIGN_IN_LIMITS.source);
  });

  it('does not let one source lock an address out for another source', async () => {
    const officer = await createTestUser({ role: 'OFFICER', email: 'ziel@throttle.example' });
    for (let i = 0; i < SIGN_IN_LIMITS.source; i++) {
      expect(await authenticate({ email: officer.email, password: 'geraten-geraten', clientIp: ATTACKER })).toEqual({ ok: false, reason: 'invalid' });
    }
    // The attacker waits, even with the right password …
    expect(await authenticate({ email: officer.email, password: PASSWORD, clientIp: ATTACKER })).toMatchObject({ ok: false, reason: 'throttled' });
    // … the officer, from their own address, signs in.
    const code = await nextTotpCode(officer.id);
    expect(await authenticate({ email: officer.email, password: PASSWORD, code, clientIp: VICTIM_IP })).toMatchObject({ ok: true, user: { id: officer.id } });
  });

  it('counts the addresses of one IPv6 /64 network as one source', async () => {
    expect(throttleSource('2001:DB8:0:12::1')).toBe('2001:db8:0:12::/64');
    expect(throttleSource('[2001:db8:0:12:ffff:1:2:3]')).toBe('2001:db8:0:12::/64');
    expect(throttleSource('::ffff:192.0.2.1')).toBe('192.0.2.1');
    expect(throttleSource(undefined)).toBe('unknown');
    const user = await createTestUser({ role: 'APPLICANT', email: 'v6@throttle.example' });
    for (let i = 1; i <= SIGN_IN_LIMITS.source; i++) await authenticate({ email: user.email, password: 'falsch-falsch', clientIp: `2001:db8:0:12::${i}` });
    expect(await authenticate({ email: user.email, password: PASSWORD, clientIp: '2001:db8:0:12::99' })).toMatchObject({ reason: 'throttled' });
    expect(await authenticate({ email: user.email, password: PASSWORD, clientIp: '2001:db8:0:13::1' })).toMatchObject({ ok: true });
  });

  it('limits one source across addresses (password spraying), and a success of its own does not reset that', async () => {
    const start = new Date();
    const own = await createTestUser({ role: 'APPLICANT', email: 'eigenes@throttle.example' });
    const victim = await createTestUser({ role: 'APPLICANT', email: 'opfer@throttle.example' });
    for (let i = 0; i < SIGN_IN_LIMITS.ip; i++) {
      // A different address each time: no address-and-source limit is reached.
      await authenticate({ email: `gibt-es-nicht-${i}@throttle.example`, password: 'Sommer2026!', clientIp: ATTACKER, now: start });
      if (i === 10) expect(await authenticate({ email: own.email, password: PASSWORD, clientIp: ATTACKER, now: start })).toMatchObject({ ok: true });
    }
    const refused = await authenticate({ email: victim.email, password: PASSWORD, clientIp: ATTACKER, now: start });
    expect(refused).toEqual({ ok: false, reason: 'throttled', retryAfterSeconds: SIGN_IN_LIMITS.windowMs / 1000 });
    expect(await authenticate({ email: own.email, password: PASSWORD, clientIp: ATTACKER, now: start })).toMatchObject({ reason: 'throttled' });
    // Another source is not affected, and the window ends.
    expect(await authenticate({ email: victim.email, password: PASSWORD, clientIp: VICTIM_IP, now: start })).toMatchObject({ ok: true });
    const later = new Date(start.getTime() + SIGN_IN_LIMITS.windowMs + 1000);
    expect(await authenticate({ email: victim.email, password: PASSWORD, clientIp: ATTACKER, now: later })).toMatchObject({ ok: true });
  });

  it('has a ceiling per address across all sources, reached only from 20 sources', async () => {
    const start = new Date();
    const user = await createTestUser({ role: 'APPLICANT', email: 'verteilt@throttle.example' });
    const sources = SIGN_IN_LIMITS.address / SIGN_IN_LIMITS.source;
    for (let s = 0; s < sources; s++) {
      const results = await Promise.all(
        Array.from({ length: SIGN_IN_LIMITS.source }, () => authenticate({ email: user.email, password: 'falsch-falsch', clientIp: `192.0.2.${s + 1}`, now: start })),
      );
      expect(results.every((result) => !result.ok && result.reason === 'invalid')).toBe(true);
    }
    expect(await authenticate({ email: user.email, password: PASSWORD, clientIp: VICTIM_IP, now: start })).toMatchObject({ reason: 'throttled' });
    expect(await passwordChecks(user.email)).toBe(SIGN_IN_LIMITS.address);
  }, 120_000);
});
