/**
 * Sessions that can be ended (issue #10, defect 7; ADR 022). Sessions are made by next-auth's own
 * callbacks (lib/auth/auth-options.ts) and checked by the per-request query of getCurrentUser
 * (lib/auth/load-session-user.ts), here through GET /api/me and the guards of /account's actions.
 */
import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { Session } from 'next-auth';
import { decode, encode } from 'next-auth/jwt';
import { db } from '@/lib/db';
import { GET as me } from '@/app/api/me/route';
import { changeNameAction, changePasswordAction, signOutEverywhereAction } from '@/app/[locale]/(site)/account/actions';
import { getAuthOptions } from '@/lib/auth/auth-options';
import { loadSessionUser } from '@/lib/auth/load-session-user';
import { reportSessionActivity, SessionEndedError } from '@/lib/auth/report-session-activity';
import { readSessionClaims } from '@/lib/auth/session-claims';
import { getEnv } from '@/lib/env';
import type { Role } from '@/lib/generated/prisma/enums';
import { changeUserRole } from '@/lib/users/change-user-role';
import { resetPassword } from '@/lib/users/reset-password';
import { sendPasswordResetLink } from '@/lib/users/send-password-reset-link';
import { seed } from '@/prisma/seed/seed';
import { createTestUser, demoActors, PASSWORD, type TestUser } from '@/tests/support/factories';
import { browserCookies, expectUnauthorized, sessionAt, withSession } from '@/tests/support/next-request';
import { BASE_URL, linkFromMail } from '@/tests/support/registration';

vi.mock('next-auth', () => import('@/tests/support/next-request').then((m) => m.nextAuthModule));
vi.mock('next/headers', () => import('@/tests/support/next-request').then((m) => m.nextHeadersModule));
vi.mock('next/cache', () => import('@/tests/support/next-request').then((m) => m.nextCacheModule));
vi.mock('next-intl/server', () => import('@/tests/support/next-request').then((m) => m.nextIntlServerModule));

const NEW_PASSWORD = 'Ein-ganz-neues-Passwort-2027';
const MINUTE = 60_000;
let admin: TestUser;

beforeAll(async () => {
  await seed({ demo: true });
  ({ admin } = await demoActors());
});

/** Whether the session opens the portal: who GET /api/me names with it. */
async function signedInWith(session: Session): Promise<boolean> {
  withSession(session);
  const body = (await (await me()).json()) as { user: unknown };
  return body.user !== null;
}

const signOut = (session: Session) => getAuthOptions().events!.signOut!({ token: { sub: session.user!.id, sid: session.sid }, session: null as never });

describe('a session token from before', () => {
  it('„Abmelden“ is refused afterwards, while the person’s other sessions go on', async () => {
    const user = await createTestUser({ role: 'APPLICANT' });
    const [laptop, phone] = [await sessionAt({ userId: user.id }), await sessionAt({ userId: user.id })];
    expect(laptop.sid).not.toBe(phone.sid);
    expect(await signedInWith(laptop)).toBe(true);
    await signOut(laptop);
    expect(await signedInWith(laptop)).toBe(false);
    withSession(laptop);
    await expectUnauthorized(changeNameAction({ name: 'Nach dem Abmelden' }));
    expect(await signedInWith(phone)).toBe(true);
    expect(await db.endedSession.count({ where: { id: laptop.sid } })).toBe(1);
    const events = await db.auditEvent.findMany({ where: { subjectId: user.id, action: 'user.sign-out' }, select: { actorId: true } });
    expect(events).toEqual([{ actorId: user.id }]);
  });

  it('„Überall abmelden“ is refused in every browser, this one included, and its cookie goes', async () => {
    const user = await createTestUser({ role: 'OFFICER' });
    const [here, elsewhere] = [await sessionAt({ userId: user.id }), await sessionAt({ userId: user.id })];
    withSession(here);
    browserCookies.set('next-auth.session-token', 'the token of this browser');
    expect(await signOutEverywhereAction()).toEqual({ ok: true, data: null });
    expect(browserCookies.has('next-auth.session-token')).toBe(false);
    expect(await signedInWith(here)).toBe(false);
    expect(await signedInWith(elsewhere)).toBe(false);
    // Signing in again works at once.
    expect(await signedInWith(await sessionAt({ userId: user.id }))).toBe(true);
    const event = await db.auditEvent.findFirstOrThrow({ where: { subjectId: user.id, action: 'user.sessions-ended' }, select: { actorId: true } });
    expect(event.actorId).toBe(user.id);
  });

  it('a password change is refused elsewhere; this browser gets a renewed token that works', async () => {
    const user = await createTestUser({ role: 'APPLICANT' });
    const [here, elsewhere] = [await sessionAt({ userId: user.id }), await sessionAt({ userId: user.id })];
    const secret = getEnv().AUTH_SECRET;
    const token = { sub: user.id, sid: here.sid, sv: here.sv, la: here.la };
    withSession(here);
    browserCookies.set('next-auth.session-token', await encode({ token, secret }));
    expect(await changePasswordAction({ email: user.email, currentPassword: PASSWORD, password: NEW_PASSWORD, passwordConfirmation: NEW_PASSWORD })).toEqual({
      ok: true,
      data: null,
    });
    const renewed = await decode({ token: browserCookies.get('next-auth.session-token'), secret });
    expect(renewed).toMatchObject({ sub: user.id, sid: here.sid, sv: here.sv! + 1 });
    expect(await signedInWith(elsewhere)).toBe(false);
    expect(await signedInWith(here)).toBe(false);
    expect(await signedInWith({ user: { id: user.id }, sid: renewed!.sid, sv: renewed!.sv, la: renewed!.la, expires: '' })).toBe(true);
  });

  it('a password reset through the link is refused, wherever the session was opened', async () => {
    const user = await createTestUser({ role: 'OFFICER' });
    const before = await sessionAt({ userId: user.id });
    await sendPasswordResetLink({ actor: admin, userId: user.id, baseUrl: BASE_URL });
    await resetPassword({ token: await linkFromMail(user.email, 'token'), input: { password: NEW_PASSWORD, passwordConfirmation: NEW_PASSWORD } });
    expect(await signedInWith(before)).toBe(false);
    expect(await signedInWith(await sessionAt({ userId: user.id }))).toBe(true);
  });

  it('a role change is refused: the person signs in again into the new role', async () => {
    const user = await createTestUser({ role: 'OFFICER' });
    const before = await sessionAt({ userId: user.id });
    await changeUserRole({ actor: admin, userId: user.id, input: { role: 'ADMIN' } });
    expect(await signedInWith(before)).toBe(false);
    withSession(await sessionAt({ userId: user.id }));
    expect(((await (await me()).json()) as { user: { role: Role } }).user.role).toBe('ADMIN');
  });

  it('a token without the session claims (from before sessions could end) is refused', async () => {
    const user = await createTestUser({ role: 'APPLICANT' });
    expect(await signedInWith({ user: { id: user.id }, expires: '' })).toBe(false);
  });
});

describe('the idle timeout (checked by the server, whatever the browser does)', () => {
  const cases: [Role, number][] = [
    ['OFFICER', 30],
    ['ADMIN', 30],
    ['APPLICANT', 120],
  ];
  for (const [role, minutes] of cases) {
    it(`ends a ${role}'s session after ${minutes} minutes without activity`, async () => {
      const user = await createTestUser({ role });
      const signedInAt = new Date('2026-12-03T09:00:00Z');
      const claims = readSessionClaims(await sessionAt({ userId: user.id, now: signedInAt }));
      const at = (offset: number) => new Date(signedInAt.getTime() + offset);
      expect(await loadSessionUser({ claims, now: at(minutes * MINUTE - 1000) })).toMatchObject({ id: user.id, role });
      expect(await loadSessionUser({ claims, now: at(minutes * MINUTE + 1000) })).toBeNull();
    });
  }

  it('the browser’s activity report moves the last activity — but cannot revive an idle or ended session', async () => {
    const user = await createTestUser({ role: 'OFFICER' });
    const t0 = new Date('2026-12-03T09:00:00Z');
    const at = (minutes: number) => new Date(t0.getTime() + minutes * MINUTE);
    const session = await sessionAt({ userId: user.id, now: t0 });
    const token = { sub: user.id, sid: session.sid, sv: session.sv, la: session.la };

    const reported = await reportSessionActivity({ token, now: at(20) });
    expect(reported.la).toBe(at(20).getTime());
    expect(await loadSessionUser({ claims: readSessionClaims(reported), now: at(45) })).toMatchObject({ id: user.id });
    expect(await loadSessionUser({ claims: readSessionClaims(token), now: at(45) })).toBeNull();

    // Too late: 31 minutes after the last activity the report is refused, and next-auth clears the cookie.
    await expect(reportSessionActivity({ token: reported, now: at(51) })).rejects.toBeInstanceOf(SessionEndedError);
    // An ended session neither.
    await signOut(session);
    await expect(reportSessionActivity({ token, now: at(1) })).rejects.toBeInstanceOf(SessionEndedError);
  });

  it('next-auth’s session update (POST /api/auth/session) is the activity report; a plain read moves nothing', async () => {
    const user = await createTestUser({ role: 'APPLICANT' });
    const session = await sessionAt({ userId: user.id, now: new Date(Date.now() - 10 * MINUTE) });
    const token = { sub: user.id, sid: session.sid, sv: session.sv, la: session.la };
    const jwt = getAuthOptions().callbacks!.jwt!;
    expect(await jwt({ token, trigger: undefined } as never)).toEqual(token);
    const updated = await jwt({ token, trigger: 'update' } as never);
    expect(updated.la).toBeGreaterThan(session.la!);
  });
});
