import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { AuthorizationError } from '@/lib/errors';
import type { ScopeActor } from '@/lib/auth/scope';
import { DomainError, NotFoundError } from '@/lib/errors';
import { getInvitation } from '@/lib/registration/get-invitation';
import { registerApplicant } from '@/lib/registration/register-applicant';
import { confirmEmail } from '@/lib/registration/confirm-email';
import { getOrganisationOverview } from '@/lib/organisations/get-organisation-overview';
import { inviteColleague } from '@/lib/organisations/invite-colleague';
import { updateOrganisation } from '@/lib/organisations/update-organisation';
import { hashToken } from '@/lib/tokens/link-token';
import { createTestUser } from '@/tests/support/factories';
import { BASE_URL, linkFromMail, registration } from '@/tests/support/registration';

type Actor = ScopeActor & { name: string };

async function applicant(email: string, organisationName: string): Promise<Actor> {
  await registerApplicant({ input: registration({ email, organisationName }), locale: 'de', baseUrl: BASE_URL });
  const user = await db.user.findUniqueOrThrow({ where: { email }, select: { id: true, role: true, organisationId: true, name: true } });
  return user;
}

let alice: Actor;
let bob: Actor;

beforeAll(async () => {
  alice = await applicant('alice@a.example', 'Organisation A');
  bob = await applicant('bob@b.example', 'Organisation B');
});

describe('inviteColleague and joining with the invitation', () => {
  it('invites by mail (hashed token, 7 days) and the colleague joins the same organisation, once', async () => {
    const now = new Date();
    const invitation = await inviteColleague({ actor: alice, input: { email: ' Carla@A.example ' }, locale: 'de', baseUrl: BASE_URL, now });
    expect(invitation.email).toBe('carla@a.example');
    expect(invitation.expiresAt.getTime() - now.getTime()).toBe(7 * 24 * 60 * 60 * 1000);

    const token = await linkFromMail('carla@a.example', 'invitation');
    const mail = await db.mail.findFirstOrThrow({ where: { to: 'carla@a.example' }, select: { subject: true, body: true } });
    expect(mail.subject).toBe('Einladung in das Standards-Portal: Organisation A');
    expect(mail.body).toContain(`${BASE_URL}/register?invitation=token-removed`);
    expect(mail.body).not.toContain(token);
    expect(mail.body).toContain('Rita Register lädt Sie ein');
    const row = await db.invitation.findUniqueOrThrow({ where: { id: invitation.id }, select: { tokenHash: true, organisationId: true, invitedById: true } });
    expect(row).toEqual({ tokenHash: hashToken(token), organisationId: alice.organisationId, invitedById: alice.id });
    expect(await db.auditEvent.count({ where: { action: 'invitation.created', subjectId: invitation.id, actorId: alice.id } })).toBe(1);

    expect(await getInvitation({ token })).toEqual({ status: 'valid', role: 'APPLICANT', organisationName: 'Organisation A', email: 'carla@a.example' });
    const organisations = await db.organisation.count();
    await registerApplicant({
      input: registration({ email: 'carla@a.example', name: 'Carla Kollegin', invitation: token, organisationName: '', legalForm: '', street: '', postalCode: '', city: '' }),
      locale: 'de',
      baseUrl: BASE_URL,
    });
    const carla = await db.user.findUniqueOrThrow({ where: { email: 'carla@a.example' }, select: { id: true, organisationId: true, role: true, emailConfirmedAt: true } });
    expect(carla).toMatchObject({ organisationId: alice.organisationId, role: 'APPLICANT', emailConfirmedAt: null });
    expect(await db.organisation.count()).toBe(organisations);
    expect(await db.invitation.findUniqueOrThrow({ where: { id: invitation.id }, select: { acceptedById: true } })).toEqual({ acceptedById: carla.id });
    // The confirmation link in Carla's mail confirms Carla.
    expect(await confirmEmail({ token: await linkFromMail('carla@a.example', 'token') })).toBe('confirmed');
    expect((await db.user.findUniqueOrThrow({ where: { id: carla.id }, select: { emailConfirmedAt: true } })).emailConfirmedAt).toBeInstanceOf(Date);

    // Used once: the link is refused afterwards, also for another address.
    expect(await getInvitation({ token })).toEqual({ status: 'used' });
    await expect(
      registerApplicant({ input: registration({ email: 'carla@a.example', name: 'Zweiter Versuch', invitation: token }), locale: 'de', baseUrl: BASE_URL }),
    ).rejects.toMatchObject({ code: 'invitationUsed' });
  });

  it('refuses an expired invitation and an unknown one, creating nothing', async () => {
    const past = new Date(Date.now() - 8 * 24 * 60 * 60 * 1000);
    await inviteColleague({ actor: alice, input: { email: 'dora@a.example' }, locale: 'de', baseUrl: BASE_URL, now: past });
    const token = await linkFromMail('dora@a.example', 'invitation');
    expect(await getInvitation({ token })).toEqual({ status: 'expired' });
    await expect(
      registerApplicant({ input: registration({ email: 'dora@a.example', invitation: token }), locale: 'de', baseUrl: BASE_URL }),
    ).rejects.toMatchObject({ code: 'invitationExpired' });
    await expect(
      registerApplicant({ input: registration({ email: 'dora@a.example', invitation: 'erfunden' }), locale: 'de', baseUrl: BASE_URL }),
    ).rejects.toMatchObject({ code: 'invitationUnknown' });
    expect(await getInvitation({ token: 'erfunden' })).toEqual({ status: 'unknown' });
    expect(await db.user.count({ where: { email: 'dora@a.example' } })).toBe(0);
  });

  it('is only valid for the invited address', async () => {
    await inviteColleague({ actor: alice, input: { email: 'emil@a.example' }, locale: 'en', baseUrl: BASE_URL });
    const token = await linkFromMail('emil@a.example', 'invitation');
    const error = await registerApplicant({ input: registration({ email: 'fremd@x.example', invitation: token }), locale: 'de', baseUrl: BASE_URL }).catch((e) => e);
    expect(error).toBeInstanceOf(DomainError);
    expect(error.fieldErrors).toEqual({ email: ['invitationEmailMismatch'] });
    expect(await getInvitation({ token })).toMatchObject({ status: 'valid' });
    const mail = await db.mail.findFirstOrThrow({ where: { to: 'emil@a.example' }, select: { subject: true } });
    expect(mail.subject).toBe('Invitation to the Standards Portal: Organisation A');
  });

  it('refuses to invite someone who already belongs to the organisation', async () => {
    await expect(inviteColleague({ actor: alice, input: { email: 'ALICE@a.example' }, locale: 'de', baseUrl: BASE_URL })).rejects.toMatchObject({
      code: 'alreadyMember',
      fieldErrors: { email: ['alreadyMember'] },
    });
  });

  it('is for applicants only', async () => {
    const officer = await createTestUser({ role: 'OFFICER', email: 'officer@land.example', name: 'Olaf' });
    await expect(inviteColleague({ actor: officer, input: { email: 'x@y.example' }, locale: 'de', baseUrl: BASE_URL })).rejects.toBeInstanceOf(AuthorizationError);
    await expect(
      updateOrganisation({ actor: officer, organisationId: alice.organisationId!, input: { name: 'X', legalForm: '', street: 'S 1', postalCode: '39104', city: 'M' } }),
    ).rejects.toBeInstanceOf(AuthorizationError);
  });
});

describe('the organisation page: only one’s own organisation', () => {
  const change = { name: 'Organisation A (neu)', legalForm: 'gGmbH', street: 'Breiter Weg 2', postalCode: '39104', city: 'Magdeburg' };

  it('shows the own organisation, its applicants and pending invitations only', async () => {
    const overview = await getOrganisationOverview({ actor: alice });
    expect(overview.organisation.id).toBe(alice.organisationId);
    expect(overview.members.map((m) => m.email).sort()).toEqual(['alice@a.example', 'carla@a.example']);
    expect(overview.invitations.map((i) => i.email).sort()).toEqual(['emil@a.example']);
    expect(overview.invitations[0]!.invitedBy).toBe('Rita Register');

    const other = await getOrganisationOverview({ actor: bob });
    expect(other.organisation.name).toBe('Organisation B');
    expect(other.members.map((m) => m.email)).toEqual(['bob@b.example']);
    expect(other.invitations).toEqual([]);
  });

  it('lets an applicant change the details, with an audit event of before and after', async () => {
    const updated = await updateOrganisation({ actor: alice, organisationId: alice.organisationId!, input: { ...change, name: '  Organisation A (neu) ' } });
    expect(updated).toMatchObject(change);
    const event = await db.auditEvent.findFirstOrThrow({ where: { action: 'organisation.updated', subjectId: alice.organisationId }, select: { actorId: true, details: true } });
    expect(event.actorId).toBe(alice.id);
    expect(event.details).toMatchObject({ before: { name: 'Organisation A', legalForm: 'e. V.' }, after: change });
  });

  it('refuses to overwrite details a colleague changed since the form was opened', async () => {
    const opened = (await getOrganisationOverview({ actor: alice })).organisation.updatedAt.toISOString();
    const first = await updateOrganisation({ actor: alice, organisationId: alice.organisationId!, expectedUpdatedAt: opened, input: { ...change, city: 'Halle (Saale)' } });
    await expect(
      updateOrganisation({ actor: alice, organisationId: alice.organisationId!, expectedUpdatedAt: opened, input: { ...change, city: 'Dessau-Roßlau' } }),
    ).rejects.toMatchObject({ code: 'organisationChanged' });
    expect((await db.organisation.findUniqueOrThrow({ where: { id: alice.organisationId! }, select: { city: true } })).city).toBe('Halle (Saale)');
    // With the version the first save returned, the next save goes through.
    await updateOrganisation({ actor: alice, organisationId: alice.organisationId!, expectedUpdatedAt: first.updatedAt.toISOString(), input: change });
  });

  it('answers not found when an applicant of organisation A edits organisation B', async () => {
    const before = await db.organisation.findUniqueOrThrow({ where: { id: bob.organisationId! } });
    await expect(updateOrganisation({ actor: alice, organisationId: bob.organisationId!, input: change })).rejects.toBeInstanceOf(NotFoundError);
    expect(await db.organisation.findUniqueOrThrow({ where: { id: bob.organisationId! } })).toEqual(before);
  });

  it('validates the details with reasons', async () => {
    await expect(
      updateOrganisation({ actor: alice, organisationId: alice.organisationId!, input: { ...change, name: '', postalCode: '1234' } }),
    ).rejects.toThrow(/nameRequired[\s\S]*postalCodeInvalid/);
  });
});
