/**
 * Administering accounts (lib/users/): the list, role changes, disabling, the protection of one's
 * own account and of the last active administrator (also under two concurrent changes), staff
 * invitations up to the first sign-in, and password-reset links.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { authenticate } from '@/lib/auth/authenticate';
import { AuthorizationError, DomainError, NotFoundError } from '@/lib/errors';
import { getInvitation } from '@/lib/registration/get-invitation';
import { registerApplicant } from '@/lib/registration/register-applicant';
import { acceptStaffInvitation } from '@/lib/users/accept-staff-invitation';
import { changeUserRole } from '@/lib/users/change-user-role';
import { getPasswordReset } from '@/lib/users/get-password-reset';
import { getUserDetail } from '@/lib/users/get-user-detail';
import { inviteStaff } from '@/lib/users/invite-staff';
import { listStaffInvitations } from '@/lib/users/list-staff-invitations';
import { listUsers } from '@/lib/users/list-users';
import { resetPassword } from '@/lib/users/reset-password';
import { sendPasswordResetLink } from '@/lib/users/send-password-reset-link';
import { setUserDisabled } from '@/lib/users/set-user-disabled';
import { revokeInvitation } from '@/lib/organisations/revoke-invitation';
import { hashToken } from '@/lib/tokens/link-token';
import { createOrganisation, createTestUser, PASSWORD, type TestUser } from '@/tests/support/factories';
import { nextTotpCode } from '@/tests/support/two-factor';
import { BASE_URL, linkFromMail, registration } from '@/tests/support/registration';

const NEW_PASSWORD = 'Ein-neues-Passwort-2027';

let admin: TestUser;
let officer: TestUser;
let applicant: TestUser;

beforeAll(async () => {
  admin = await createTestUser({ role: 'ADMIN', email: 'ada@land.example', name: 'Ada Admin' });
  officer = await createTestUser({ role: 'OFFICER', email: 'olaf@land.example', name: 'Olaf Offizier' });
  applicant = (await createOrganisation({ name: 'Verein Suche e. V.', applicantEmail: 'anna@verein.example', applicantName: 'Anna Antrag' })).applicant;
});

const events = (subjectId: string, action: string) =>
  db.auditEvent.findMany({ where: { subjectId, action }, select: { actorId: true, details: true }, orderBy: { at: 'asc' } });

describe('listUsers', () => {
  it('searches name and e-mail (pattern characters literally), filters role and state, and pages by 50', async () => {
    const word = 'Zwiebelkuchen';
    // Names are letters only (lib/users/person-name-schema.ts): Aa, Ab, …, Bz sort like 01 … 52.
    const code = (n: number) => String.fromCharCode(65 + Math.floor((n - 1) / 26), 97 + ((n - 1) % 26));
    for (let n = 1; n <= 52; n++) {
      await createTestUser({ role: 'OFFICER', email: `z${String(n).padStart(2, '0')}@behoerde.example`, name: `${word} ${code(n)}` });
    }
    const first = await listUsers({ actor: admin, query: { q: word.toLowerCase() } });
    expect(first.total).toBe(52);
    expect(first.pageCount).toBe(2);
    expect(first.rows).toHaveLength(50);
    expect(first.rows[0]).toMatchObject({ name: `${word} Aa`, role: 'OFFICER', state: 'active', organisation: null });
    const second = await listUsers({ actor: admin, query: { q: word, page: '2' } });
    expect(second.rows.map((row) => row.name)).toEqual([`${word} By`, `${word} Bz`]);
    // A page beyond the last shows the last; malformed values fall back.
    expect((await listUsers({ actor: admin, query: { q: word, page: '99', role: 'KING', state: 'x' } })).page).toBe(2);

    expect((await listUsers({ actor: admin, query: { q: 'anna@VEREIN' } })).rows.map((row) => row.email)).toEqual(['anna@verein.example']);
    expect((await listUsers({ actor: admin, query: { q: 'anna@VEREIN' } })).rows[0]!.organisation).toMatchObject({ name: 'Verein Suche e. V.' });
    expect((await listUsers({ actor: admin, query: { q: '%' } })).total).toBe(0);
    expect((await listUsers({ actor: admin, query: { q: 'z_1' } })).total).toBe(0);
    expect((await listUsers({ actor: admin, query: { role: 'ADMIN' } })).rows.map((row) => row.email)).toContain('ada@land.example');
    expect((await listUsers({ actor: admin, query: { role: 'ADMIN' } })).rows.every((row) => row.role === 'ADMIN')).toBe(true);

    // States: unconfirmed (registered, not confirmed), disabled, active.
    await registerApplicant({ input: registration({ email: 'unbestaetigt@verein.example', organisationName: 'Neu e. V.' }), locale: 'de', baseUrl: BASE_URL });
    const unconfirmed = await listUsers({ actor: admin, query: { state: 'unconfirmed' } });
    expect(unconfirmed.rows.map((row) => row.email)).toEqual(['unbestaetigt@verein.example']);
    const z07 = await db.user.findUniqueOrThrow({ where: { email: 'z07@behoerde.example' }, select: { id: true } });
    await setUserDisabled({ actor: admin, userId: z07.id, input: { disabled: true } });
    const disabled = await listUsers({ actor: admin, query: { state: 'disabled', q: word } });
    expect(disabled.rows.map((row) => row.email)).toEqual(['z07@behoerde.example']);
    expect((await listUsers({ actor: admin, query: { state: 'active', q: word } })).total).toBe(51);
  });

  it('is for user administrators only', async () => {
    await expect(listUsers({ actor: officer })).rejects.toBeInstanceOf(AuthorizationError);
    await expect(listUsers({ actor: applicant })).rejects.toBeInstanceOf(AuthorizationError);
    await expect(getUserDetail({ actor: officer, userId: admin.id })).rejects.toBeInstanceOf(AuthorizationError);
    await expect(getUserDetail({ actor: admin, userId: 'erfunden' })).rejects.toBeInstanceOf(NotFoundError);
    expect(await getUserDetail({ actor: admin, userId: admin.id })).toMatchObject({ email: 'ada@land.example', state: 'active', self: true });
  });
});

describe('changeUserRole', () => {
  it('promotes and demotes staff with an audit event of before and after; the new role signs in', async () => {
    const olga = await createTestUser({ role: 'OFFICER', email: 'olga@land.example' });
    expect(await changeUserRole({ actor: admin, userId: olga.id, input: { role: 'ADMIN' } })).toEqual({ role: 'ADMIN' });
    expect(await authenticate({ email: 'olga@land.example', password: PASSWORD, code: await nextTotpCode(olga.id) })).toMatchObject({ ok: true, user: { role: 'ADMIN' } });
    await changeUserRole({ actor: admin, userId: olga.id, input: { role: 'OFFICER' } });
    // The same role again changes nothing.
    await changeUserRole({ actor: admin, userId: olga.id, input: { role: 'OFFICER' } });
    expect(await events(olga.id, 'user.role-changed')).toEqual([
      { actorId: admin.id, details: { before: { role: 'OFFICER' }, after: { role: 'ADMIN' } } },
      { actorId: admin.id, details: { before: { role: 'ADMIN' }, after: { role: 'OFFICER' } } },
    ]);
  });

  it('refuses applicants, unknown roles, one’s own role, unknown users and non-administrators', async () => {
    await expect(changeUserRole({ actor: admin, userId: applicant.id, input: { role: 'OFFICER' } })).rejects.toMatchObject({ code: 'roleChangeRefused' });
    await expect(changeUserRole({ actor: admin, userId: officer.id, input: { role: 'APPLICANT' } })).rejects.toMatchObject({
      issues: [expect.objectContaining({ message: 'roleRequired' })],
    });
    await expect(changeUserRole({ actor: admin, userId: admin.id, input: { role: 'OFFICER' } })).rejects.toMatchObject({ code: 'ownAccount' });
    await expect(changeUserRole({ actor: admin, userId: 'erfunden', input: { role: 'OFFICER' } })).rejects.toBeInstanceOf(NotFoundError);
    await expect(changeUserRole({ actor: officer, userId: officer.id, input: { role: 'ADMIN' } })).rejects.toBeInstanceOf(AuthorizationError);
    expect((await db.user.findUniqueOrThrow({ where: { id: admin.id }, select: { role: true } })).role).toBe('ADMIN');
  });

  it('refuses an administrator whose own role was taken away since the request began', async () => {
    const former = await createTestUser({ role: 'ADMIN', email: 'former@land.example' });
    await changeUserRole({ actor: admin, userId: former.id, input: { role: 'OFFICER' } });
    // `former` still holds the ADMIN role in the actor object of an old request.
    await expect(changeUserRole({ actor: former, userId: officer.id, input: { role: 'ADMIN' } })).rejects.toBeInstanceOf(AuthorizationError);
    await expect(setUserDisabled({ actor: former, userId: officer.id, input: { disabled: true } })).rejects.toBeInstanceOf(AuthorizationError);
  });
});

describe('setUserDisabled', () => {
  it('disables and enables again, with audit events; a disabled user cannot sign in', async () => {
    const otto = await createTestUser({ role: 'OFFICER', email: 'otto@land.example' });
    const at = new Date('2027-01-05T10:00:00.000Z');
    expect(await setUserDisabled({ actor: admin, userId: otto.id, input: { disabled: true }, now: at })).toEqual({ disabledAt: at });
    expect(await authenticate({ email: 'otto@land.example', password: PASSWORD })).toEqual({ ok: false, reason: 'disabled' });
    // Disabling again keeps the first time and writes nothing.
    await setUserDisabled({ actor: admin, userId: otto.id, input: { disabled: true } });
    expect(await setUserDisabled({ actor: admin, userId: otto.id, input: { disabled: false } })).toEqual({ disabledAt: null });
    expect(await authenticate({ email: 'otto@land.example', password: PASSWORD, code: await nextTotpCode(otto.id) })).toMatchObject({ ok: true });
    expect(await events(otto.id, 'user.disabled')).toEqual([
      { actorId: admin.id, details: { before: { disabledAt: null }, after: { disabledAt: at.toISOString() } } },
    ]);
    expect(await events(otto.id, 'user.enabled')).toEqual([
      { actorId: admin.id, details: { before: { disabledAt: at.toISOString() }, after: { disabledAt: null } } },
    ]);
  });

  it('refuses one’s own account and a malformed request', async () => {
    await expect(setUserDisabled({ actor: admin, userId: admin.id, input: { disabled: true } })).rejects.toMatchObject({ code: 'ownAccount' });
    await expect(setUserDisabled({ actor: admin, userId: officer.id, input: { disabled: 'ja' } })).rejects.toThrow();
    await expect(setUserDisabled({ actor: officer, userId: applicant.id, input: { disabled: true } })).rejects.toBeInstanceOf(AuthorizationError);
    expect((await db.user.findUniqueOrThrow({ where: { id: admin.id }, select: { disabledAt: true } })).disabledAt).toBeNull();
  });
});

describe('staff invitations', () => {
  it('invites an officer by mail; the link sets name and password, once, and the officer signs in', async () => {
    const now = new Date();
    const invitation = await inviteStaff({ actor: admin, input: { email: ' Fritzi@Land.example ', role: 'OFFICER' }, locale: 'de', baseUrl: BASE_URL, now });
    expect(invitation).toMatchObject({ email: 'fritzi@land.example', role: 'OFFICER' });
    expect(invitation.expiresAt.getTime() - now.getTime()).toBe(7 * 24 * 60 * 60 * 1000);
    const token = await linkFromMail('fritzi@land.example', 'invitation');
    const mail = await db.mail.findFirstOrThrow({ where: { to: 'fritzi@land.example' }, select: { subject: true, body: true } });
    expect(mail.subject).toBe('Einladung in das Standards-Portal als Förderreferent/in');
    expect(mail.body).toContain(`${BASE_URL}/register?invitation=token-removed`);
    expect(mail.body).not.toContain(token);
    expect(mail.body).toContain('Ada Admin lädt Sie ein');
    const row = await db.invitation.findUniqueOrThrow({ where: { id: invitation.id }, select: { tokenHash: true, organisationId: true, role: true } });
    expect(row).toEqual({ tokenHash: hashToken(token), organisationId: null, role: 'OFFICER' });
    expect(await events(invitation.id, 'invitation.created')).toHaveLength(1);
    expect((await listStaffInvitations({ actor: admin })).map((open) => open.email)).toContain('fritzi@land.example');
    expect(await getInvitation({ token })).toEqual({ status: 'valid', role: 'OFFICER', organisationName: null, email: 'fritzi@land.example' });

    // The password rules of registration, against the invited address (whatever the form says).
    await expect(
      acceptStaffInvitation({ input: { invitation: token, email: 'x@y.example', name: 'Fritzi', password: 'fritzi@land.example', passwordConfirmation: 'fritzi@land.example' }, locale: 'en' }),
    ).rejects.toMatchObject({ issues: [expect.objectContaining({ message: 'passwordSameAsEmail' })] });
    // An applicant's registration cannot use a staff invitation.
    await expect(
      registerApplicant({ input: registration({ email: 'fritzi@land.example', invitation: token }), locale: 'de', baseUrl: BASE_URL }),
    ).rejects.toMatchObject({ code: 'invitationUnknown' });

    expect(await acceptStaffInvitation({ input: { invitation: token, email: '', name: 'Fritzi Förder', password: PASSWORD, passwordConfirmation: PASSWORD }, locale: 'en' })).toEqual({
      email: 'fritzi@land.example',
    });
    const fritzi = await db.user.findUniqueOrThrow({
      where: { email: 'fritzi@land.example' },
      select: { id: true, name: true, role: true, organisationId: true, emailConfirmedAt: true, locale: true },
    });
    expect(fritzi).toMatchObject({ name: 'Fritzi Förder', role: 'OFFICER', organisationId: null, locale: 'en' });
    expect(fritzi.emailConfirmedAt).toBeInstanceOf(Date);
    expect(await authenticate({ email: 'fritzi@land.example', password: PASSWORD })).toMatchObject({ ok: true, user: { id: fritzi.id, role: 'OFFICER' } });
    expect(await events(invitation.id, 'invitation.accepted')).toEqual([{ actorId: fritzi.id, details: { role: 'OFFICER' } }]);
    expect(await db.invitation.findUniqueOrThrow({ where: { id: invitation.id }, select: { acceptedById: true } })).toEqual({ acceptedById: fritzi.id });

    // Single use.
    expect(await getInvitation({ token })).toEqual({ status: 'used' });
    await expect(
      acceptStaffInvitation({ input: { invitation: token, email: '', name: 'Zweiter', password: PASSWORD, passwordConfirmation: PASSWORD }, locale: 'de' }),
    ).rejects.toMatchObject({ code: 'invitationUsed' });
    expect((await listStaffInvitations({ actor: admin })).map((open) => open.email)).not.toContain('fritzi@land.example');
  });

  it('invites an administrator in English and refuses an address that has an account', async () => {
    await inviteStaff({ actor: admin, input: { email: 'amy@land.example', role: 'ADMIN' }, locale: 'en', baseUrl: BASE_URL });
    const mail = await db.mail.findFirstOrThrow({ where: { to: 'amy@land.example' }, select: { subject: true } });
    expect(mail.subject).toBe('Invitation to the Standards Portal as an administrator');
    await expect(inviteStaff({ actor: admin, input: { email: 'OLAF@land.example', role: 'OFFICER' }, locale: 'de', baseUrl: BASE_URL })).rejects.toMatchObject({
      code: 'emailTaken',
      fieldErrors: { email: ['emailTaken'] },
    });
    await expect(inviteStaff({ actor: admin, input: { email: 'x@land.example', role: 'APPLICANT' }, locale: 'de', baseUrl: BASE_URL })).rejects.toThrow();
    await expect(inviteStaff({ actor: officer, input: { email: 'x@land.example', role: 'OFFICER' }, locale: 'de', baseUrl: BASE_URL })).rejects.toBeInstanceOf(
      AuthorizationError,
    );
  });

  it('refuses expired and revoked invitations; of two concurrent acceptances exactly one succeeds', async () => {
    const past = new Date(Date.now() - 8 * 24 * 60 * 60 * 1000);
    await inviteStaff({ actor: admin, input: { email: 'spaet@land.example', role: 'OFFICER' }, locale: 'de', baseUrl: BASE_URL, now: past });
    const expired = await linkFromMail('spaet@land.example', 'invitation');
    expect(await getInvitation({ token: expired })).toEqual({ status: 'expired' });
    const input = (invitation: string) => ({ invitation, email: '', name: 'N. N.', password: PASSWORD, passwordConfirmation: PASSWORD });
    await expect(acceptStaffInvitation({ input: input(expired), locale: 'de' })).rejects.toMatchObject({ code: 'invitationExpired' });

    const revokedInvitation = await inviteStaff({ actor: admin, input: { email: 'zurueck@land.example', role: 'OFFICER' }, locale: 'de', baseUrl: BASE_URL });
    const revoked = await linkFromMail('zurueck@land.example', 'invitation');
    await revokeInvitation({ actor: admin, invitationId: revokedInvitation.id });
    expect(await getInvitation({ token: revoked })).toEqual({ status: 'revoked' });
    await expect(acceptStaffInvitation({ input: input(revoked), locale: 'de' })).rejects.toMatchObject({ code: 'invitationRevoked' });
    expect(await events(revokedInvitation.id, 'invitation.revoked')).toEqual([
      { actorId: admin.id, details: { email: 'zurueck@land.example', role: 'OFFICER', organisationId: null } },
    ]);
    await expect(acceptStaffInvitation({ input: input('erfunden'), locale: 'de' })).rejects.toMatchObject({ code: 'invitationUnknown' });

    await inviteStaff({ actor: admin, input: { email: 'doppelklick@land.example', role: 'OFFICER' }, locale: 'de', baseUrl: BASE_URL });
    const token = await linkFromMail('doppelklick@land.example', 'invitation');
    const results = await Promise.allSettled([acceptStaffInvitation({ input: input(token), locale: 'de' }), acceptStaffInvitation({ input: input(token), locale: 'de' })]);
    expect(results.filter((result) => result.status === 'fulfilled')).toHaveLength(1);
    const refused = results.find((result) => result.status === 'rejected') as PromiseRejectedResult;
    expect(refused.reason).toBeInstanceOf(DomainError);
    expect(['invitationUsed', 'emailTaken']).toContain(refused.reason.code);
    expect(await db.user.count({ where: { email: 'doppelklick@land.example' } })).toBe(1);
  });
});

describe('password reset', () => {
  it('sends a link (hashed, 1 hour) that sets a new password once; only the newest link works', async () => {
    const paula = await createTestUser({ role: 'OFFICER', email: 'paula@land.example', name: 'Paula Passwort' });
    const now = new Date();
    const first = await sendPasswordResetLink({ actor: admin, userId: paula.id, baseUrl: BASE_URL, now });
    expect(first.expiresAt.getTime() - now.getTime()).toBe(60 * 60 * 1000);
    const oldToken = await linkFromMail('paula@land.example', 'token');
    await sendPasswordResetLink({ actor: admin, userId: paula.id, baseUrl: BASE_URL });
    const token = await linkFromMail('paula@land.example', 'token');
    expect(token).not.toBe(oldToken);
    const mail = await db.mail.findFirstOrThrow({ where: { to: 'paula@land.example' }, orderBy: { createdAt: 'desc' }, select: { subject: true, body: true } });
    expect(mail.subject).toBe('Neues Passwort für das Standards-Portal festlegen');
    expect(mail.body).toContain(`${BASE_URL}/password/reset?token=token-removed`);
    expect(mail.body).not.toContain(token);
    expect(mail.body).toContain('eine Stunde');
    expect(await db.userToken.count({ where: { userId: paula.id, purpose: 'PASSWORD_RESET' } })).toBe(1);
    expect(await db.userToken.count({ where: { tokenHash: hashToken(token) } })).toBe(1);
    expect(await getPasswordReset({ token: oldToken })).toEqual({ status: 'unknown' });
    expect(await getPasswordReset({ token })).toEqual({ status: 'valid', email: 'paula@land.example' });
    expect(await events(paula.id, 'user.password-reset-sent')).toHaveLength(2);

    // The rules, against the account's own address.
    await expect(resetPassword({ token, input: { email: 'egal@x.example', password: 'kurz', passwordConfirmation: 'kurz' } })).rejects.toMatchObject({
      issues: [expect.objectContaining({ message: 'passwordTooShort', path: ['password'] })],
    });
    await expect(
      resetPassword({ token, input: { password: 'xx-paula@land.example', passwordConfirmation: 'xx-paula@land.example' } }),
    ).rejects.toMatchObject({ issues: [expect.objectContaining({ message: 'passwordContainsEmail' })] });
    expect(await resetPassword({ token, input: { password: NEW_PASSWORD, passwordConfirmation: NEW_PASSWORD } })).toEqual({ email: 'paula@land.example' });
    expect(await authenticate({ email: 'paula@land.example', password: PASSWORD })).toEqual({ ok: false, reason: 'invalid' });
    expect(await authenticate({ email: 'paula@land.example', password: NEW_PASSWORD, code: await nextTotpCode(paula.id) })).toMatchObject({ ok: true });
    expect(await events(paula.id, 'user.password-reset')).toEqual([{ actorId: paula.id, details: null }]);

    // Single use.
    expect(await getPasswordReset({ token })).toEqual({ status: 'used' });
    await expect(resetPassword({ token, input: { password: PASSWORD, passwordConfirmation: PASSWORD } })).rejects.toMatchObject({ code: 'resetLinkUsed' });
    await expect(resetPassword({ token: oldToken, input: { password: PASSWORD, passwordConfirmation: PASSWORD } })).rejects.toMatchObject({ code: 'resetLinkUnknown' });
  });

  it('refuses an expired link, a confirmation token, and disabled accounts; confirms an unconfirmed address', async () => {
    const past = new Date(Date.now() - 3 * 60 * 60 * 1000);
    const kurt = await createTestUser({ role: 'OFFICER', email: 'kurt@land.example' });
    await sendPasswordResetLink({ actor: admin, userId: kurt.id, baseUrl: BASE_URL, now: past });
    const expired = await linkFromMail('kurt@land.example', 'token');
    expect(await getPasswordReset({ token: expired })).toEqual({ status: 'expired' });
    await expect(resetPassword({ token: expired, input: { password: NEW_PASSWORD, passwordConfirmation: NEW_PASSWORD } })).rejects.toMatchObject({
      code: 'resetLinkExpired',
    });

    await registerApplicant({ input: registration({ email: 'neu@verein.example', organisationName: 'Reset e. V.' }), locale: 'de', baseUrl: BASE_URL });
    const confirmation = await linkFromMail('neu@verein.example', 'token');
    expect(await getPasswordReset({ token: confirmation })).toEqual({ status: 'unknown' });
    await expect(resetPassword({ token: confirmation, input: { password: NEW_PASSWORD, passwordConfirmation: NEW_PASSWORD } })).rejects.toMatchObject({
      code: 'resetLinkUnknown',
    });
    const neu = await db.user.findUniqueOrThrow({ where: { email: 'neu@verein.example' }, select: { id: true } });
    await sendPasswordResetLink({ actor: admin, userId: neu.id, baseUrl: BASE_URL });
    await resetPassword({ token: await linkFromMail('neu@verein.example', 'token'), input: { password: NEW_PASSWORD, passwordConfirmation: NEW_PASSWORD } });
    expect(await authenticate({ email: 'neu@verein.example', password: NEW_PASSWORD })).toMatchObject({ ok: true });

    await sendPasswordResetLink({ actor: admin, userId: kurt.id, baseUrl: BASE_URL });
    const beforeDisabling = await linkFromMail('kurt@land.example', 'token');
    await setUserDisabled({ actor: admin, userId: kurt.id, input: { disabled: true } });
    expect(await getPasswordReset({ token: beforeDisabling })).toEqual({ status: 'unknown' });
    await expect(resetPassword({ token: beforeDisabling, input: { password: NEW_PASSWORD, passwordConfirmation: NEW_PASSWORD } })).rejects.toMatchObject({
      code: 'resetLinkUnknown',
    });
    await expect(sendPasswordResetLink({ actor: admin, userId: kurt.id, baseUrl: BASE_URL })).rejects.toMatchObject({ code: 'userDisabled' });
    await expect(sendPasswordResetLink({ actor: officer, userId: kurt.id, baseUrl: BASE_URL })).rejects.toBeInstanceOf(AuthorizationError);
  });

  it('of two submissions of one link at the same moment, exactly one sets the password', async () => {
    const rita = await createTestUser({ role: 'OFFICER', email: 'rita@land.example' });
    await sendPasswordResetLink({ actor: admin, userId: rita.id, baseUrl: BASE_URL });
    const token = await linkFromMail('rita@land.example', 'token');
    const input = { password: NEW_PASSWORD, passwordConfirmation: NEW_PASSWORD };
    const results = await Promise.allSettled([resetPassword({ token, input }), resetPassword({ token, input })]);
    expect(results.map((result) => result.status).sort()).toEqual(['fulfilled', 'rejected']);
    expect((results.find((result) => result.status === 'rejected') as PromiseRejectedResult).reason).toMatchObject({ code: 'resetLinkUsed' });
    expect(await events(rita.id, 'user.password-reset')).toHaveLength(1);
  });
});
