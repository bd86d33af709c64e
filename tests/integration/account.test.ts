/**
 * „Mein Konto“ (/account) and „Passwort vergessen?“ (issue #10, ADR 022): each mutation through its
 * Server Action (guard, parsing, error mapping) against the real database, with its audit event.
 */
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '@/lib/db';
import {
  changeLocaleAction,
  changeNameAction,
  changePasswordAction,
  requestEmailChangeAction,
} from '@/app/[locale]/(site)/account/actions';
import { confirmEmailChangeAction } from '@/app/[locale]/(site)/account/email/confirm/actions';
import { requestPasswordResetAction } from '@/app/[locale]/(site)/password/forgot/actions';
import { authenticate } from '@/lib/auth/authenticate';
import { CLIENT_IP_HEADER } from '@/lib/http/client-ip';
import { hashToken } from '@/lib/tokens/link-token';
import { erasePerson } from '@/lib/privacy/erase-person';
import { getEmailChange } from '@/lib/users/get-email-change';
import { confirmEmailChange } from '@/lib/users/confirm-email-change';
import { requestPasswordReset } from '@/lib/users/request-password-reset';
import { resetPassword } from '@/lib/users/reset-password';
import { seed } from '@/prisma/seed/seed';
import { createTestUser, demoActors, disableTestUser, PASSWORD, type TestUser } from '@/tests/support/factories';
import { browserCookies, expectUnauthorized, newRequest, signIn } from '@/tests/support/next-request';
import { BASE_URL, linkFromMail } from '@/tests/support/registration';

vi.mock('next-auth', () => import('@/tests/support/next-request').then((m) => m.nextAuthModule));
vi.mock('next/headers', () => import('@/tests/support/next-request').then((m) => m.nextHeadersModule));
vi.mock('next/cache', () => import('@/tests/support/next-request').then((m) => m.nextCacheModule));
vi.mock('next-intl/server', () => import('@/tests/support/next-request').then((m) => m.nextIntlServerModule));

const NEW_PASSWORD = 'Ein-ganz-neues-Passwort-2027';
let admin: TestUser;

beforeAll(async () => {
  await seed({ demo: true });
  ({ admin } = await demoActors());
});

const auditOf = (userId: string, action: string) =>
  db.auditEvent.findMany({ where: { subjectId: userId, action }, select: { actorId: true, details: true }, orderBy: { at: 'asc' } });
/** Mails to an address since `since` (the factories' users got a registration mail before). */
const mailsTo = (to: string, since = testStart) => db.mail.findMany({ where: { to, createdAt: { gte: since } }, select: { subject: true, body: true }, orderBy: { createdAt: 'asc' } });
let testStart = new Date();
beforeEach(() => {
  testStart = new Date();
});

describe('„Name“', () => {
  it('changes one’s own name with before and after in the audit log; anonymous callers get the sign-in form', async () => {
    const user = await createTestUser({ role: 'OFFICER', name: 'Olaf Alt' });
    signIn(user);
    expect(await changeNameAction({ name: '  Olaf Neu ' })).toEqual({ ok: true, data: { name: 'Olaf Neu' } });
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id }, select: { name: true } })).name).toBe('Olaf Neu');
    expect(await auditOf(user.id, 'user.name-changed')).toEqual([{ actorId: user.id, details: { before: { name: 'Olaf Alt' }, after: { name: 'Olaf Neu' } } }]);
    signIn(null);
    await expectUnauthorized(changeNameAction({ name: 'Fremd' }));
  });

  it('applies the person-name rule of registration (ADR 024), with its messages', async () => {
    const user = await createTestUser({ role: 'APPLICANT' });
    signIn(user);
    expect(await changeNameAction({ name: ' ' })).toMatchObject({ ok: false, fieldErrors: { name: ['personNameRequired'] } });
    expect(await changeNameAction({ name: 'Zeile\nUmbruch' })).toMatchObject({ ok: false, fieldErrors: { name: ['personNameCharacters'] } });
    expect(await changeNameAction({ name: 'Gewinn auf www.evil.example' })).toMatchObject({ ok: false, fieldErrors: { name: ['personNameAddress'] } });
    expect(await changeNameAction({ name: 'x'.repeat(101) })).toMatchObject({ ok: false, fieldErrors: { name: ['personNameTooLong'] } });
  });
});

describe('„Passwort“', () => {
  it('needs the current password, applies the rules of registration, and signs in with the new one only', async () => {
    const user = await createTestUser({ role: 'APPLICANT' });
    signIn(user);
    const change = (input: Record<string, string>) => changePasswordAction({ email: user.email, currentPassword: PASSWORD, password: NEW_PASSWORD, passwordConfirmation: NEW_PASSWORD, ...input });
    expect(await change({ currentPassword: 'falsch-falsch-falsch' })).toMatchObject({ ok: false, fieldErrors: { currentPassword: ['wrongPassword'] } });
    expect(await change({ currentPassword: '' })).toMatchObject({ ok: false, fieldErrors: { currentPassword: ['currentPasswordRequired'] } });
    expect(await change({ password: 'kurz', passwordConfirmation: 'kurz' })).toMatchObject({ ok: false, fieldErrors: { password: ['passwordTooShort'] } });
    // The rules check the account's own address, whatever the form sent.
    expect(await change({ email: 'andere@example.org', password: `${user.email}!`, passwordConfirmation: `${user.email}!` })).toMatchObject({
      ok: false,
      fieldErrors: { password: ['passwordContainsEmail'] },
    });
    expect(await change({ passwordConfirmation: 'Etwas-anderes-2027' })).toMatchObject({ ok: false, fieldErrors: { passwordConfirmation: ['passwordMismatch'] } });
    expect(await change({})).toEqual({ ok: true, data: null });
    expect((await authenticate({ email: user.email, password: PASSWORD })).ok).toBe(false);
    expect((await authenticate({ email: user.email, password: NEW_PASSWORD })).ok).toBe(true);
    expect(await auditOf(user.id, 'user.password-changed')).toEqual([{ actorId: user.id, details: null }]);
  });

  it('counts wrong current passwords: the sixth attempt within 15 minutes is refused unchecked', async () => {
    const user = await createTestUser({ role: 'OFFICER' });
    signIn(user);
    const attempt = () => changePasswordAction({ email: user.email, currentPassword: 'geraten-geraten', password: NEW_PASSWORD, passwordConfirmation: NEW_PASSWORD });
    for (let i = 0; i < 5; i++) expect(await attempt()).toMatchObject({ ok: false, fieldErrors: { currentPassword: ['wrongPassword'] } });
    expect(await attempt()).toMatchObject({ ok: false, formError: 'rateLimited' });
  });
});

describe('„E-Mail-Adresse“', () => {
  it('sends a link to the new address and a notice to the old; the address changes only on the button, once', async () => {
    const user = await createTestUser({ role: 'APPLICANT', email: 'alt-adresse@traeger.example', name: 'Erik Email' });
    testStart = new Date();
    signIn(user);
    expect(await requestEmailChangeAction({ email: ' Neu-Adresse@Traeger.example ', currentPassword: PASSWORD })).toEqual({
      ok: true,
      data: { email: 'neu-adresse@traeger.example' },
    });
    const [toNew] = await mailsTo('neu-adresse@traeger.example');
    expect(toNew!.subject).toBe('Neue E-Mail-Adresse für das Standards-Portal bestätigen');
    expect(toNew!.body).toContain(`${BASE_URL}/account/email/confirm?token=`);
    const [notice] = await mailsTo('alt-adresse@traeger.example');
    expect(notice!.body).toContain('neu-adresse@traeger.example');
    expect(notice!.body).toContain(`${BASE_URL}/account`);

    const token = await linkFromMail('neu-adresse@traeger.example', 'token');
    const row = await db.userToken.findUniqueOrThrow({ where: { tokenHash: hashToken(token) }, select: { purpose: true, newEmail: true, usedAt: true } });
    expect(row).toEqual({ purpose: 'EMAIL_CHANGE', newEmail: 'neu-adresse@traeger.example', usedAt: null });
    expect(await db.userToken.count({ where: { tokenHash: token } })).toBe(0);
    // Opening the page (GET) changes nothing.
    expect(await getEmailChange({ token })).toEqual({ status: 'valid', newEmail: 'neu-adresse@traeger.example' });
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id }, select: { email: true } })).email).toBe('alt-adresse@traeger.example');

    signIn(null);
    expect(await confirmEmailChangeAction(token)).toEqual({ ok: true, data: { email: 'neu-adresse@traeger.example' } });
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id }, select: { email: true } })).email).toBe('neu-adresse@traeger.example');
    expect((await authenticate({ email: 'neu-adresse@traeger.example', password: PASSWORD })).ok).toBe(true);
    expect(await auditOf(user.id, 'user.email-changed')).toEqual([
      { actorId: user.id, details: { before: { email: 'alt-adresse@traeger.example' }, after: { email: 'neu-adresse@traeger.example' } } },
    ]);
    expect(await confirmEmailChangeAction(token)).toMatchObject({ ok: false, formError: 'emailChangeLinkUsed' });
    expect(await getEmailChange({ token })).toEqual({ status: 'used' });
  });

  it('answers the same for an address that has an account — its owner gets a notice, nothing changes', async () => {
    const user = await createTestUser({ role: 'OFFICER' });
    const owner = await createTestUser({ role: 'APPLICANT', email: 'vergeben@traeger.example', name: 'Vera Vergeben' });
    testStart = new Date();
    signIn(user);
    expect(await requestEmailChangeAction({ email: 'vergeben@traeger.example', currentPassword: PASSWORD })).toEqual({ ok: true, data: { email: 'vergeben@traeger.example' } });
    const mails = await mailsTo('vergeben@traeger.example');
    expect(mails).toHaveLength(1);
    expect(mails[0]!.body).toContain('Guten Tag Vera Vergeben');
    expect(mails[0]!.body).not.toContain('token=');
    expect(await db.userToken.count({ where: { userId: user.id, purpose: 'EMAIL_CHANGE' } })).toBe(0);
    expect(await db.user.count({ where: { email: 'vergeben@traeger.example', id: owner.id } })).toBe(1);
  });

  it('refuses a wrong password, the same address, and an address taken between request and confirmation', async () => {
    const user = await createTestUser({ role: 'APPLICANT' });
    signIn(user);
    expect(await requestEmailChangeAction({ email: 'frei@traeger.example', currentPassword: 'falsch-falsch-falsch' })).toMatchObject({
      ok: false,
      fieldErrors: { currentPassword: ['wrongPassword'] },
    });
    expect(await requestEmailChangeAction({ email: user.email.toUpperCase(), currentPassword: PASSWORD })).toMatchObject({ ok: false, fieldErrors: { email: ['emailUnchanged'] } });
    expect(await requestEmailChangeAction({ email: 'keine-adresse', currentPassword: PASSWORD })).toMatchObject({ ok: false, fieldErrors: { email: ['emailInvalid'] } });
    expect(await requestEmailChangeAction({ email: 'bald-vergeben@traeger.example', currentPassword: PASSWORD })).toMatchObject({ ok: true });
    const token = await linkFromMail('bald-vergeben@traeger.example', 'token');
    await createTestUser({ role: 'OFFICER', email: 'bald-vergeben@traeger.example' });
    expect(await confirmEmailChangeAction(token)).toMatchObject({ ok: false, formError: 'emailTaken' });
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id }, select: { email: true } })).email).toBe(user.email);
  });

  it('refuses an expired link; a confirmed change kills reset links that went to the old address', async () => {
    const user = await createTestUser({ role: 'OFFICER' });
    signIn(user);
    const requestedAt = new Date();
    await requestEmailChangeAction({ email: 'spaeter@land.example', currentPassword: PASSWORD });
    const token = await linkFromMail('spaeter@land.example', 'token');
    await expect(confirmEmailChange({ token, now: new Date(requestedAt.getTime() + 25 * 60 * 60 * 1000) })).rejects.toMatchObject({ code: 'emailChangeLinkExpired' });
    await requestPasswordReset({ input: { email: user.email }, clientIp: '198.51.100.1', baseUrl: BASE_URL });
    const resetToken = await linkFromMail(user.email, 'token');
    await confirmEmailChange({ token });
    await expect(resetPassword({ token: resetToken, input: { password: NEW_PASSWORD, passwordConfirmation: NEW_PASSWORD } })).rejects.toMatchObject({ code: 'resetLinkUnknown' });
  });
});

describe('„Sprache“', () => {
  it('stores the account’s language (audited) and sets this browser’s language cookie', async () => {
    const user = await createTestUser({ role: 'APPLICANT' });
    const { locale: before } = await db.user.findUniqueOrThrow({ where: { id: user.id }, select: { locale: true } });
    expect(before).not.toBe('en');
    signIn(user);
    expect(await changeLocaleAction({ locale: 'en' })).toEqual({ ok: true, data: { locale: 'en' } });
    expect(browserCookies.get('NEXT_LOCALE')).toBe('en');
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id }, select: { locale: true } })).locale).toBe('en');
    expect(await auditOf(user.id, 'user.locale-changed')).toEqual([{ actorId: user.id, details: { before: { locale: before }, after: { locale: 'en' } } }]);
    expect(await changeLocaleAction({ locale: 'fr' })).toMatchObject({ ok: false, fieldErrors: { locale: ['localeInvalid'] } });
  });
});

describe('„Passwort vergessen?“', () => {
  it('mails a reset link (1 hour, once) to an enabled account; unknown, disabled and erased addresses get the same answer and no mail', async () => {
    const user = await createTestUser({ role: 'APPLICANT', email: 'vergesslich@traeger.example' });
    const disabled = await createTestUser({ role: 'APPLICANT', email: 'gesperrt-vergessen@traeger.example' });
    await disableTestUser({ userId: disabled.id });
    const erased = await createTestUser({ role: 'OFFICER', email: 'geloescht-vergessen@land.example' });
    await erasePerson({ actor: admin, input: { userId: erased.id, confirmEmail: 'geloescht-vergessen@land.example' } });
    signIn(null);
    newRequest({ [CLIENT_IP_HEADER]: '203.0.113.7' });
    testStart = new Date();
    const now = Date.now();
    for (const email of ['Vergesslich@Traeger.example', 'niemand@traeger.example', 'gesperrt-vergessen@traeger.example', 'geloescht-vergessen@land.example']) {
      expect(await requestPasswordResetAction({ email })).toEqual({ ok: true, data: { email: email.toLowerCase() } });
    }
    expect(await db.mail.count({ where: { to: { in: ['niemand@traeger.example', 'gesperrt-vergessen@traeger.example', 'geloescht-vergessen@land.example'] }, createdAt: { gte: testStart } } })).toBe(0);
    const [mail] = await mailsTo('vergesslich@traeger.example');
    expect(mail!.body).toContain('eine Stunde');
    const token = await linkFromMail('vergesslich@traeger.example', 'token');
    const row = await db.userToken.findUniqueOrThrow({ where: { tokenHash: hashToken(token) }, select: { purpose: true, expiresAt: true } });
    expect(row.purpose).toBe('PASSWORD_RESET');
    expect(Math.abs(row.expiresAt.getTime() - now - 60 * 60 * 1000)).toBeLessThan(10_000);
    expect(await auditOf(user.id, 'user.password-reset-requested')).toHaveLength(1);
    // The client address from the front door is what the per-IP limit counts.
    expect(await db.rateLimitEvent.count({ where: { key: 'reset-ip:203.0.113.7' } })).toBe(4);
    await resetPassword({ token, input: { password: NEW_PASSWORD, passwordConfirmation: NEW_PASSWORD } });
    expect((await authenticate({ email: user.email, password: NEW_PASSWORD })).ok).toBe(true);
  });

  it('limits requests per address (5 an hour) and per client address (20 an hour), whatever the address', async () => {
    const request = (email: string, clientIp: string) => requestPasswordReset({ input: { email }, clientIp, baseUrl: BASE_URL });
    for (let i = 0; i < 5; i++) await request('oft@traeger.example', `192.0.2.${i}`);
    await expect(request('oft@traeger.example', '192.0.2.99')).rejects.toMatchObject({ code: 'rateLimited' });
    for (let i = 0; i < 20; i++) await request(`liste-${i}@traeger.example`, '192.0.2.200');
    await expect(request('liste-neu@traeger.example', '192.0.2.200')).rejects.toMatchObject({ code: 'rateLimited' });
    await expect(request('liste-neu@traeger.example', '192.0.2.201')).resolves.toEqual({ email: 'liste-neu@traeger.example' });
    // Without a client address from the front door there is no shared counter that would lock everybody out.
    await request('ohne-ip@traeger.example', 'unknown');
    expect(await db.rateLimitEvent.count({ where: { key: 'reset-ip:unknown' } })).toBe(0);
  });

  it('says what is wrong with the address', async () => {
    signIn(null);
    expect(await requestPasswordResetAction({ email: '' })).toMatchObject({ ok: false, fieldErrors: { email: ['emailRequired'] } });
    expect(await requestPasswordResetAction({ email: 'kein@' })).toMatchObject({ ok: false, fieldErrors: { email: ['emailInvalid'] } });
  });
});
