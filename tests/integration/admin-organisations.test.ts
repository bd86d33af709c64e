/**
 * Organisations: the administrators' list, detail, editing and merging of duplicates; applicants
 * removing a colleague and revoking an invitation — only in their own organisation.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { authenticate } from '@/lib/auth/authenticate';
import { AuthorizationError, NotFoundError } from '@/lib/errors';
import { getOrganisationDetail } from '@/lib/organisations/get-organisation-detail';
import { getOrganisationOverview } from '@/lib/organisations/get-organisation-overview';
import { inviteColleague } from '@/lib/organisations/invite-colleague';
import { listMergeCandidates } from '@/lib/organisations/list-merge-candidates';
import { listOrganisations } from '@/lib/organisations/list-organisations';
import { mergeOrganisations } from '@/lib/organisations/merge-organisations';
import { removeColleague } from '@/lib/organisations/remove-colleague';
import { revokeInvitation } from '@/lib/organisations/revoke-invitation';
import { updateOrganisation } from '@/lib/organisations/update-organisation';
import { getInvitation } from '@/lib/registration/get-invitation';
import { registerApplicant } from '@/lib/registration/register-applicant';
import { setUserDisabled } from '@/lib/users/set-user-disabled';
import { seed } from '@/prisma/seed/seed';
import {
  createOrganisation,
  createSubmittedRevision,
  createTestProject,
  createTestUser,
  PASSWORD,
  type TestUser,
} from '@/tests/support/factories';
import { BASE_URL, linkFromMail, registration } from '@/tests/support/registration';

let admin: TestUser;
let officer: TestUser;

beforeAll(async () => {
  await seed({ demo: false });
  admin = await createTestUser({ role: 'ADMIN', email: 'ada@land.example', name: 'Ada Admin' });
  officer = await createTestUser({ role: 'OFFICER', email: 'olaf@land.example' });
});

const colleague = async (organisationId: string, email: string, name = 'Kai Kollege') => createTestUser({ role: 'APPLICANT', organisationId, email, name });

describe('listOrganisations and the detail', () => {
  it('searches by name (pattern characters literally), pages by 50 and counts accounts and projects', async () => {
    const word = 'Quittengelee';
    for (let n = 1; n <= 51; n++) await createOrganisation({ name: `${word} ${String(n).padStart(2, '0')} e. V.` });
    const first = await listOrganisations({ actor: admin, query: { q: word.toUpperCase() } });
    expect(first).toMatchObject({ total: 51, page: 1, pageCount: 2 });
    expect(first.rows[0]).toMatchObject({ name: `${word} 01 e. V.`, city: 'Magdeburg', userCount: 1, projectCount: 0 });
    expect((await listOrganisations({ actor: admin, query: { q: word, page: 2 } })).rows.map((row) => row.name)).toEqual([`${word} 51 e. V.`]);
    expect((await listOrganisations({ actor: admin, query: { q: '_' } })).total).toBe(0);
    await expect(listOrganisations({ actor: officer })).rejects.toBeInstanceOf(AuthorizationError);
  });

  it('shows one organisation with its accounts, projects and open invitations; administrators may edit it', async () => {
    const org = await createOrganisation({ name: 'Detail gGmbH' });
    const project = await createTestProject({ actor: org.applicant, input: { title: 'Pflege aus Vietnam' } });
    await inviteColleague({ actor: org.applicant, input: { email: 'offen@detail.example' }, locale: 'de', baseUrl: BASE_URL });
    const detail = await getOrganisationDetail({ actor: admin, organisationId: org.id });
    expect(detail.users.map((user) => ({ email: user.email, state: user.state }))).toEqual([{ email: org.applicant.email, state: 'active' }]);
    expect(detail.projects).toEqual([expect.objectContaining({ id: project.id, title: 'Pflege aus Vietnam', status: 'DRAFT' })]);
    expect(detail.invitations.map((invitation) => invitation.email)).toEqual(['offen@detail.example']);
    await expect(getOrganisationDetail({ actor: admin, organisationId: 'erfunden' })).rejects.toBeInstanceOf(NotFoundError);
    await expect(getOrganisationDetail({ actor: org.applicant, organisationId: org.id })).rejects.toBeInstanceOf(AuthorizationError);

    const after = await updateOrganisation({
      actor: admin,
      organisationId: org.id,
      expectedUpdatedAt: detail.updatedAt.toISOString(),
      input: { name: 'Detail gGmbH (neu)', legalForm: 'gGmbH', street: 'Breiter Weg 1', postalCode: '06108', city: 'Halle (Saale)' },
    });
    expect(after).toMatchObject({ name: 'Detail gGmbH (neu)', city: 'Halle (Saale)' });
    const event = await db.auditEvent.findFirstOrThrow({ where: { action: 'organisation.updated', subjectId: org.id }, select: { actorId: true, details: true } });
    expect(event.actorId).toBe(admin.id);
    expect(event.details).toMatchObject({ before: { name: 'Detail gGmbH' }, after: { name: 'Detail gGmbH (neu)' } });
    await expect(
      updateOrganisation({ actor: officer, organisationId: org.id, input: { name: 'X', legalForm: '', street: 'S 1', postalCode: '39104', city: 'M' } }),
    ).rejects.toBeInstanceOf(AuthorizationError);
  });
});

describe('mergeOrganisations', () => {
  it('moves users, projects (intact) and invitations to the survivor and deletes the duplicate, with ONE audit event', async () => {
    const survivor = await createOrganisation({ name: 'Fachkräfte Harz e. V.' });
    const duplicate = await createOrganisation({ name: 'Fachkraefte Harz eV' });
    const second = await colleague(duplicate.id, 'zweite@harz.example');
    const kept = await createTestProject({ actor: survivor.applicant, input: { title: 'Projekt des Überlebenden' } });
    const movedProject = await createTestProject({ actor: duplicate.applicant, input: { title: 'Projekt der Dublette' } });
    const { revisionId } = await createSubmittedRevision({ actor: duplicate.applicant, projectId: movedProject.id });
    const submittedBefore = await db.revision.findUniqueOrThrow({ where: { id: revisionId }, select: { profileSnapshot: true, submittedAt: true, status: true } });
    const answersBefore = await db.answer.findMany({ where: { revisionId }, orderBy: { standardKey: 'asc' }, select: { standardKey: true, implementation: true, version: true } });
    const invitation = await inviteColleague({ actor: duplicate.applicant, input: { email: 'eingeladen@harz.example' }, locale: 'de', baseUrl: BASE_URL });
    const invitationToken = await linkFromMail('eingeladen@harz.example', 'invitation');

    const candidates = await listMergeCandidates({ actor: admin, organisationId: survivor.id });
    expect(candidates.find((candidate) => candidate.id === duplicate.id)).toMatchObject({ userCount: 2, projectCount: 1, invitationCount: 1 });
    expect(candidates.some((candidate) => candidate.id === survivor.id)).toBe(false);

    const events = await db.auditEvent.count();
    const result = await mergeOrganisations({ actor: admin, organisationId: survivor.id, input: { duplicateId: duplicate.id } });
    expect(result).toEqual({ id: survivor.id, duplicateName: 'Fachkraefte Harz eV', users: 2, projects: 1, invitations: 1 });

    expect(await db.organisation.findUnique({ where: { id: duplicate.id }, select: { id: true } })).toBeNull();
    const users = await db.user.findMany({ where: { organisationId: survivor.id }, select: { email: true } });
    expect(users.map((user) => user.email).sort()).toEqual([duplicate.applicant.email, survivor.applicant.email, 'zweite@harz.example'].sort());
    const projects = await db.project.findMany({ where: { organisationId: survivor.id }, orderBy: { title: 'asc' }, select: { id: true } });
    expect(projects.map((project) => project.id).sort()).toEqual([kept.id, movedProject.id].sort());
    expect(await db.invitation.findUniqueOrThrow({ where: { id: invitation.id }, select: { organisationId: true } })).toEqual({ organisationId: survivor.id });
    // The project's submitted revision is untouched.
    expect(await db.revision.findUniqueOrThrow({ where: { id: revisionId }, select: { profileSnapshot: true, submittedAt: true, status: true } })).toEqual(submittedBefore);
    expect(await db.answer.findMany({ where: { revisionId }, orderBy: { standardKey: 'asc' }, select: { standardKey: true, implementation: true, version: true } })).toEqual(answersBefore);

    // One audit event naming the duplicate and everything that moved.
    expect(await db.auditEvent.count()).toBe(events + 1);
    const event = await db.auditEvent.findFirstOrThrow({ where: { action: 'organisation.merged' }, select: { actorId: true, subjectId: true, details: true } });
    expect(event).toMatchObject({ actorId: admin.id, subjectId: survivor.id });
    expect(event.details).toMatchObject({
      survivor: { id: survivor.id, name: 'Fachkräfte Harz e. V.' },
      duplicate: { id: duplicate.id, name: 'Fachkraefte Harz eV', city: 'Magdeburg' },
      moved: {
        users: expect.arrayContaining([{ id: second.id, email: 'zweite@harz.example' }]),
        projects: [{ id: movedProject.id, title: 'Projekt der Dublette' }],
        invitations: [{ id: invitation.id, email: 'eingeladen@harz.example' }],
      },
    });
    expect((event.details as { moved: { users: unknown[] } }).moved.users).toHaveLength(2);

    // The moved applicant works in the survivor now; the moved invitation joins the survivor.
    const overview = await getOrganisationOverview({ actor: { ...duplicate.applicant, organisationId: survivor.id } });
    expect(overview.organisation.id).toBe(survivor.id);
    expect(await getInvitation({ token: invitationToken })).toMatchObject({ status: 'valid', organisationName: 'Fachkräfte Harz e. V.' });
    await registerApplicant({
      input: registration({ email: 'eingeladen@harz.example', invitation: invitationToken, organisationName: '', legalForm: '', street: '', postalCode: '', city: '' }),
      locale: 'de',
      baseUrl: BASE_URL,
    });
    expect(await db.user.findUniqueOrThrow({ where: { email: 'eingeladen@harz.example' }, select: { organisationId: true } })).toEqual({ organisationId: survivor.id });
  });

  it('refuses merging an organisation with itself, a missing duplicate, and non-administrators', async () => {
    const org = await createOrganisation({ name: 'Allein e. V.' });
    await expect(mergeOrganisations({ actor: admin, organisationId: org.id, input: { duplicateId: org.id } })).rejects.toMatchObject({ code: 'sameOrganisation' });
    await expect(mergeOrganisations({ actor: admin, organisationId: org.id, input: { duplicateId: 'weg' } })).rejects.toMatchObject({
      code: 'notFound',
      fieldErrors: { duplicateId: ['duplicateGone'] },
    });
    await expect(mergeOrganisations({ actor: admin, organisationId: 'weg', input: { duplicateId: org.id } })).rejects.toBeInstanceOf(NotFoundError);
    await expect(mergeOrganisations({ actor: admin, organisationId: org.id, input: { duplicateId: '' } })).rejects.toMatchObject({
      issues: [expect.objectContaining({ message: 'duplicateRequired' })],
    });
    const other = await createOrganisation({ name: 'Anders e. V.' });
    for (const actor of [officer, org.applicant]) {
      await expect(mergeOrganisations({ actor, organisationId: org.id, input: { duplicateId: other.id } })).rejects.toBeInstanceOf(AuthorizationError);
    }
    expect(await db.organisation.count({ where: { id: { in: [org.id, other.id] } } })).toBe(2);
  });

  it('two merges of the same duplicate at the same moment: one moves it, the other finds it gone', async () => {
    const a = await createOrganisation({ name: 'Ziel A' });
    const b = await createOrganisation({ name: 'Ziel B' });
    const duplicate = await createOrganisation({ name: 'Dublette' });
    const results = await Promise.allSettled([
      mergeOrganisations({ actor: admin, organisationId: a.id, input: { duplicateId: duplicate.id } }),
      mergeOrganisations({ actor: admin, organisationId: b.id, input: { duplicateId: duplicate.id } }),
    ]);
    expect(results.map((result) => result.status).sort()).toEqual(['fulfilled', 'rejected']);
    expect((results.find((result) => result.status === 'rejected') as PromiseRejectedResult).reason).toMatchObject({ fieldErrors: { duplicateId: ['duplicateGone'] } });
    expect(await db.user.findUniqueOrThrow({ where: { id: duplicate.applicant.id }, select: { organisationId: true } })).toMatchObject({
      organisationId: expect.stringMatching(new RegExp(`^(${a.id}|${b.id})$`)),
    });
  });
});

describe('removeColleague', () => {
  it('detaches and disables the colleague (out at once), with an audit event; their project stays the organisation’s', async () => {
    const org = await createOrganisation({ name: 'Team e. V.' });
    const kai = await colleague(org.id, 'kai@team.example');
    const project = await createTestProject({ actor: kai, input: { title: 'Kais Projekt' } });
    const now = new Date('2027-02-01T09:00:00.000Z');
    expect(await removeColleague({ actor: org.applicant, userId: kai.id, now })).toEqual({ self: false });
    expect(await db.user.findUniqueOrThrow({ where: { id: kai.id }, select: { organisationId: true, disabledAt: true } })).toEqual({ organisationId: null, disabledAt: now });
    expect(await authenticate({ email: 'kai@team.example', password: PASSWORD })).toEqual({ ok: false, reason: 'disabled' });
    expect(await db.project.findUniqueOrThrow({ where: { id: project.id }, select: { organisationId: true, createdById: true } })).toEqual({ organisationId: org.id, createdById: kai.id });
    expect((await getOrganisationOverview({ actor: org.applicant })).members.map((member) => member.email)).toEqual([org.applicant.email]);
    const event = await db.auditEvent.findFirstOrThrow({ where: { action: 'organisation.member-removed', subjectId: kai.id }, select: { actorId: true, details: true } });
    expect(event).toEqual({
      actorId: org.applicant.id,
      details: { email: 'kai@team.example', before: { organisationId: org.id, disabledAt: null }, after: { organisationId: null, disabledAt: now.toISOString() } },
    });
    // An administrator cannot bring the account back without an organisation.
    await expect(setUserDisabled({ actor: admin, userId: kai.id, input: { disabled: false } })).rejects.toMatchObject({ code: 'noOrganisation' });
  });

  it('lets an applicant leave, but not as the last active member', async () => {
    const org = await createOrganisation({ name: 'Zu zweit e. V.' });
    const lea = await colleague(org.id, 'lea@zuzweit.example', 'Lea Leaving');
    expect(await removeColleague({ actor: lea, userId: lea.id })).toEqual({ self: true });
    await expect(removeColleague({ actor: org.applicant, userId: org.applicant.id })).rejects.toMatchObject({ code: 'lastMember' });
    expect(await db.user.findUniqueOrThrow({ where: { id: org.applicant.id }, select: { disabledAt: true, organisationId: true } })).toEqual({
      disabledAt: null,
      organisationId: org.id,
    });
  });

  it('two members removing each other at the same moment: one stays', async () => {
    const org = await createOrganisation({ name: 'Streit e. V.' });
    const max = await colleague(org.id, 'max@streit.example');
    const results = await Promise.allSettled([
      removeColleague({ actor: org.applicant, userId: max.id }),
      removeColleague({ actor: max, userId: org.applicant.id }),
    ]);
    expect(results.map((result) => result.status).sort()).toEqual(['fulfilled', 'rejected']);
    expect(await db.user.count({ where: { organisationId: org.id, disabledAt: null } })).toBe(1);
  });

  it('answers not found for an account of another organisation, and is for applicants only', async () => {
    const mine = await createOrganisation({ name: 'Meins e. V.' });
    const theirs = await createOrganisation({ name: 'Fremd e. V.' });
    await expect(removeColleague({ actor: mine.applicant, userId: theirs.applicant.id })).rejects.toBeInstanceOf(NotFoundError);
    await expect(removeColleague({ actor: mine.applicant, userId: admin.id })).rejects.toBeInstanceOf(NotFoundError);
    await expect(removeColleague({ actor: admin, userId: theirs.applicant.id })).rejects.toBeInstanceOf(AuthorizationError);
    expect(await db.user.findUniqueOrThrow({ where: { id: theirs.applicant.id }, select: { disabledAt: true } })).toEqual({ disabledAt: null });
  });
});

describe('revokeInvitation', () => {
  it('revokes an open invitation of the own organisation: the link stops working; another organisation’s is not found', async () => {
    const mine = await createOrganisation({ name: 'Einlader e. V.' });
    const theirs = await createOrganisation({ name: 'Anderer e. V.' });
    const invitation = await inviteColleague({ actor: mine.applicant, input: { email: 'gast@einlader.example' }, locale: 'de', baseUrl: BASE_URL });
    const token = await linkFromMail('gast@einlader.example', 'invitation');
    const foreign = await inviteColleague({ actor: theirs.applicant, input: { email: 'gast@anderer.example' }, locale: 'de', baseUrl: BASE_URL });

    await expect(revokeInvitation({ actor: mine.applicant, invitationId: foreign.id })).rejects.toBeInstanceOf(NotFoundError);
    await expect(revokeInvitation({ actor: officer, invitationId: invitation.id })).rejects.toBeInstanceOf(AuthorizationError);
    expect(await revokeInvitation({ actor: mine.applicant, invitationId: invitation.id })).toEqual({ email: 'gast@einlader.example' });
    expect((await getOrganisationOverview({ actor: mine.applicant })).invitations).toEqual([]);
    expect(await getInvitation({ token })).toEqual({ status: 'revoked' });
    await expect(
      registerApplicant({ input: registration({ email: 'gast@einlader.example', invitation: token }), locale: 'de', baseUrl: BASE_URL }),
    ).rejects.toMatchObject({ code: 'invitationRevoked' });
    expect(await db.auditEvent.count({ where: { action: 'invitation.revoked', subjectId: invitation.id, actorId: mine.applicant.id } })).toBe(1);
    // Revoking again changes nothing; the foreign invitation is untouched.
    await revokeInvitation({ actor: mine.applicant, invitationId: invitation.id });
    expect(await db.auditEvent.count({ where: { action: 'invitation.revoked', subjectId: invitation.id } })).toBe(1);
    expect(await db.invitation.findUniqueOrThrow({ where: { id: foreign.id }, select: { revokedAt: true } })).toEqual({ revokedAt: null });
  });

  it('refuses an accepted invitation', async () => {
    const org = await createOrganisation({ name: 'Angenommen e. V.' });
    const invitation = await inviteColleague({ actor: org.applicant, input: { email: 'neu@angenommen.example' }, locale: 'de', baseUrl: BASE_URL });
    const token = await linkFromMail('neu@angenommen.example', 'invitation');
    await registerApplicant({
      input: registration({ email: 'neu@angenommen.example', invitation: token, organisationName: '', legalForm: '', street: '', postalCode: '', city: '' }),
      locale: 'de',
      baseUrl: BASE_URL,
    });
    await expect(revokeInvitation({ actor: org.applicant, invitationId: invitation.id })).rejects.toMatchObject({ code: 'invitationUsed' });
  });
});
