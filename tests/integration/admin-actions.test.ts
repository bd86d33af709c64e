/**
 * The Server Actions of /admin/users, /admin/organisations, /organisation (removing a colleague,
 * revoking an invitation), the staff invitation and the password reset, called as their forms
 * call them: guards (anonymous → 401, other roles → 403, a permission, not a page, decides),
 * forged ids → notFound, and the session read again at every request — a disabled account or a
 * removed colleague is out at the next one, a new role applies at once.
 */
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '@/lib/db';
import { inviteStaffAction, revokeStaffInvitationAction } from '@/app/[locale]/(site)/(admin)/admin/users/actions';
import { changeRoleAction, sendResetLinkAction, setDisabledAction } from '@/app/[locale]/(site)/(admin)/admin/users/[id]/actions';
import { mergeOrganisationsAction, saveOrganisationAction } from '@/app/[locale]/(site)/(admin)/admin/organisations/[id]/actions';
import { removeColleagueAction, revokeInvitationAction } from '@/app/[locale]/(site)/(applicant)/organisation/actions';
import { acceptInvitation } from '@/app/[locale]/(site)/register/actions';
import { resetPasswordAction } from '@/app/[locale]/(site)/password/reset/actions';
import { inviteColleague } from '@/lib/organisations/invite-colleague';
import { createOrganisation, createTestUser, PASSWORD, type TestUser } from '@/tests/support/factories';
import { expectForbidden, expectUnauthorized, signIn } from '@/tests/support/next-request';
import { BASE_URL, linkFromMail } from '@/tests/support/registration';

vi.mock('next-auth', () => import('@/tests/support/next-request').then((m) => m.nextAuthModule));
vi.mock('next/headers', () => import('@/tests/support/next-request').then((m) => m.nextHeadersModule));
vi.mock('next/cache', () => import('@/tests/support/next-request').then((m) => m.nextCacheModule));
vi.mock('next-intl/server', () => import('@/tests/support/next-request').then((m) => m.nextIntlServerModule));

let admin: TestUser;
let officer: TestUser;
let applicant: TestUser;
let organisationId: string;

const ORGANISATION = { name: 'Geändert e. V.', legalForm: '', street: 'Domplatz 2', postalCode: '39104', city: 'Magdeburg' };

beforeAll(async () => {
  admin = await createTestUser({ role: 'ADMIN', email: 'ada@land.example', name: 'Ada Admin' });
  officer = await createTestUser({ role: 'OFFICER', email: 'olaf@land.example', name: 'Olaf Offizier' });
  const organisation = await createOrganisation({ name: 'Aktion e. V.', applicantEmail: 'anna@aktion.example' });
  applicant = organisation.applicant;
  organisationId = organisation.id;
});

beforeEach(() => signIn(admin));

function adminActions(targetId: string): Array<[string, () => Promise<unknown>]> {
  return [
    ['inviteStaffAction', () => inviteStaffAction({ email: 'neu@land.example', role: 'OFFICER' })],
    ['revokeStaffInvitationAction', () => revokeStaffInvitationAction('irgendeine')],
    ['changeRoleAction', () => changeRoleAction(targetId, { role: 'ADMIN' })],
    ['setDisabledAction', () => setDisabledAction(targetId, { disabled: true })],
    ['sendResetLinkAction', () => sendResetLinkAction(targetId)],
    ['saveOrganisationAction', () => saveOrganisationAction(organisationId, undefined, ORGANISATION)],
    ['mergeOrganisationsAction', () => mergeOrganisationsAction(organisationId, { duplicateId: 'x' })],
  ];
}

describe('guards', () => {
  it('anonymous callers get 401, applicants and officers 403 from every administrators’ action, changing nothing', async () => {
    const events = await db.auditEvent.count();
    const mails = await db.mail.count();
    signIn(null);
    for (const [, call] of adminActions(officer.id)) await expectUnauthorized(call());
    for (const user of [applicant, officer]) {
      signIn(user);
      for (const [name, call] of adminActions(officer.id)) {
        await expectForbidden(call()).catch((error: Error) => {
          throw new Error(`${user.role} ${name}: ${error.message}`);
        });
      }
    }
    expect(await db.auditEvent.count()).toBe(events);
    expect(await db.mail.count()).toBe(mails);
    expect(await db.user.findUniqueOrThrow({ where: { id: officer.id }, select: { role: true, disabledAt: true } })).toEqual({ role: 'OFFICER', disabledAt: null });
  });

  it('the applicants’ remove and revoke are refused to administrators and officers', async () => {
    for (const user of [admin, officer]) {
      signIn(user);
      await expectForbidden(removeColleagueAction(applicant.id));
      await expectForbidden(revokeInvitationAction('irgendeine'));
    }
    signIn(null);
    await expectUnauthorized(removeColleagueAction(applicant.id));
  });
});

describe('administrators’ actions', () => {
  it('answer refusals as the form shows them', async () => {
    expect(await changeRoleAction(admin.id, { role: 'OFFICER' })).toEqual({ ok: false, formError: 'ownAccount' });
    expect(await setDisabledAction(admin.id, { disabled: true })).toEqual({ ok: false, formError: 'ownAccount' });
    expect(await changeRoleAction(applicant.id, { role: 'ADMIN' })).toEqual({ ok: false, formError: 'roleChangeRefused' });
    expect(await changeRoleAction('erfunden', { role: 'ADMIN' })).toEqual({ ok: false, formError: 'notFound' });
    expect(await changeRoleAction(['x'], { role: 'ADMIN' })).toEqual({ ok: false, formError: 'notFound' });
    expect(await changeRoleAction(officer.id, { role: 'KING' })).toEqual({ ok: false, fieldErrors: { role: ['roleRequired'] } });
    expect(await inviteStaffAction({ email: 'OLAF@land.example', role: 'OFFICER' })).toEqual({ ok: false, formError: 'emailTaken', fieldErrors: { email: ['emailTaken'] } });
    expect(await inviteStaffAction({ email: 'kein-at', role: 'OFFICER' })).toEqual({ ok: false, fieldErrors: { email: ['emailInvalid'] } });
    expect(await mergeOrganisationsAction(organisationId, { duplicateId: organisationId })).toMatchObject({ ok: false, formError: 'sameOrganisation' });
    expect(await saveOrganisationAction('erfunden', undefined, ORGANISATION)).toEqual({ ok: false, formError: 'notFound' });
  });

  it('a disabled account is refused at its next request; enabled again, it works again', async () => {
    const bea = await createTestUser({ role: 'ADMIN', email: 'bea@land.example', name: 'Bea Zweitadmin' });
    signIn(bea);
    expect(await sendResetLinkAction(officer.id)).toEqual({ ok: true, data: { email: 'olaf@land.example' } });
    signIn(admin);
    expect(await setDisabledAction(bea.id, { disabled: true })).toEqual({ ok: true, data: { disabled: true } });
    signIn(bea);
    await expectUnauthorized(sendResetLinkAction(officer.id));
    await expectUnauthorized(changeRoleAction(admin.id, { role: 'OFFICER' }));
    signIn(admin);
    expect(await setDisabledAction(bea.id, { disabled: false })).toEqual({ ok: true, data: { disabled: false } });
    signIn(bea);
    expect(await sendResetLinkAction(officer.id)).toMatchObject({ ok: true });
  });

  it('a new role applies at the next request', async () => {
    const otto = await createTestUser({ role: 'OFFICER', email: 'otto@land.example' });
    signIn(otto);
    await expectForbidden(sendResetLinkAction(officer.id));
    signIn(admin);
    expect(await changeRoleAction(otto.id, { role: 'ADMIN' })).toEqual({ ok: true, data: { role: 'ADMIN' } });
    signIn(otto);
    expect(await sendResetLinkAction(officer.id)).toMatchObject({ ok: true });
    signIn(admin);
    await changeRoleAction(otto.id, { role: 'OFFICER' });
    signIn(otto);
    await expectForbidden(sendResetLinkAction(officer.id));
  });

  it('invite → the public accept action → the password reset action', async () => {
    expect(await inviteStaffAction({ email: 'gerda@land.example', role: 'ADMIN' })).toEqual({ ok: true, data: { email: 'gerda@land.example' } });
    const token = await linkFromMail('gerda@land.example', 'invitation');
    signIn(null);
    expect(await acceptInvitation({ invitation: token, email: '', name: 'Gerda', password: 'kurz', passwordConfirmation: 'kurz' })).toEqual({
      ok: false,
      fieldErrors: { password: ['passwordTooShort'] },
    });
    expect(await acceptInvitation({ invitation: token, email: '', name: 'Gerda Gast', password: PASSWORD, passwordConfirmation: PASSWORD })).toEqual({
      ok: true,
      data: { email: 'gerda@land.example' },
    });
    expect(await acceptInvitation({ invitation: token, email: '', name: 'Gerda', password: PASSWORD, passwordConfirmation: PASSWORD })).toEqual({
      ok: false,
      formError: 'invitationUsed',
    });
    const gerda = await db.user.findUniqueOrThrow({ where: { email: 'gerda@land.example' }, select: { id: true, role: true } });
    expect(gerda.role).toBe('ADMIN');

    signIn(admin);
    await sendResetLinkAction(gerda.id);
    const reset = await linkFromMail('gerda@land.example', 'token');
    signIn(null);
    expect(await resetPasswordAction(reset, { password: 'Neues-Passwort-2027', passwordConfirmation: 'anders' })).toEqual({
      ok: false,
      fieldErrors: { passwordConfirmation: ['passwordMismatch'] },
    });
    expect(await resetPasswordAction(reset, { password: 'Neues-Passwort-2027', passwordConfirmation: 'Neues-Passwort-2027' })).toEqual({
      ok: true,
      data: { email: 'gerda@land.example' },
    });
    expect(await resetPasswordAction(reset, { password: 'Neues-Passwort-2027', passwordConfirmation: 'Neues-Passwort-2027' })).toEqual({
      ok: false,
      formError: 'resetLinkUsed',
    });
    expect(await resetPasswordAction(undefined, {})).toEqual({ ok: false, formError: 'resetLinkUnknown' });
  });

  it('revokes an open staff invitation', async () => {
    await inviteStaffAction({ email: 'weg@land.example', role: 'OFFICER' });
    const invitation = await db.invitation.findFirstOrThrow({ where: { email: 'weg@land.example' }, select: { id: true } });
    expect(await revokeStaffInvitationAction(invitation.id)).toEqual({ ok: true, data: { email: 'weg@land.example' } });
    expect(await revokeStaffInvitationAction('erfunden')).toEqual({ ok: false, formError: 'notFound' });
  });
});

describe('/organisation: removing a colleague and revoking an invitation', () => {
  it('only in the own organisation: forged ids of another organisation are not found', async () => {
    const other = await createOrganisation({ name: 'Fremd e. V.' });
    const foreignInvitation = await inviteColleague({ actor: other.applicant, input: { email: 'x@fremd.example' }, locale: 'de', baseUrl: BASE_URL });
    signIn(applicant);
    expect(await removeColleagueAction(other.applicant.id)).toEqual({ ok: false, formError: 'notFound' });
    expect(await revokeInvitationAction(foreignInvitation.id)).toEqual({ ok: false, formError: 'notFound' });
    expect(await removeColleagueAction(admin.id)).toEqual({ ok: false, formError: 'notFound' });
    expect(await db.user.findUniqueOrThrow({ where: { id: other.applicant.id }, select: { disabledAt: true } })).toEqual({ disabledAt: null });
    expect(await db.invitation.findUniqueOrThrow({ where: { id: foreignInvitation.id }, select: { revokedAt: true } })).toEqual({ revokedAt: null });
    expect(await removeColleagueAction(applicant.id)).toEqual({ ok: false, formError: 'lastMember' });
  });

  it('the removed colleague is out at their next request; an invitation of the own organisation is revoked', async () => {
    const kim = await createTestUser({ role: 'APPLICANT', organisationId, email: 'kim@aktion.example', name: 'Kim Kollegin' });
    const invitation = await inviteColleague({ actor: applicant, input: { email: 'gast@aktion.example' }, locale: 'de', baseUrl: BASE_URL });
    signIn(kim);
    expect(await revokeInvitationAction(invitation.id)).toEqual({ ok: true, data: { email: 'gast@aktion.example' } });
    signIn(applicant);
    expect(await removeColleagueAction(kim.id)).toEqual({ ok: true, data: { self: false } });
    signIn(kim);
    await expectUnauthorized(revokeInvitationAction(invitation.id));
  });
});
