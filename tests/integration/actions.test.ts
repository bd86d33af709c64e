/**
 * The applicants' Server Actions, called as the form calls them, on this file's database: the
 * guard (anonymous → sign-in, other roles → 403), parsing (field errors; forged or malformed
 * ids → notFound) and the mapping of domain errors to the ActionFailure the form shows
 * (locked, conflicts, transitions). Only Next's request edges are replaced
 * (tests/support/next-request.ts); the signed-in user is loaded from the database.
 */
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '@/lib/db';
import { createProjectAction } from '@/app/[locale]/(site)/(applicant)/projects/new/actions';
import { updateProjectAction } from '@/app/[locale]/(site)/(applicant)/projects/[id]/edit/actions';
import { removeCompanyAction } from '@/app/[locale]/(site)/(applicant)/projects/[id]/actions';
import { addCompanyAction } from '@/app/[locale]/(site)/(applicant)/projects/[id]/companies/new/actions';
import { updateCompanyAction } from '@/app/[locale]/(site)/(applicant)/projects/[id]/companies/[companyId]/edit/actions';
import {
  reopenAssessmentAction,
  saveAnswerAction,
  submitAssessmentAction,
  withdrawAssessmentAction,
} from '@/app/[locale]/(site)/(applicant)/projects/[id]/assessment/actions';
import { invite, saveOrganisation } from '@/app/[locale]/(site)/(applicant)/organisation/actions';
import { seed } from '@/prisma/seed/seed';
import {
  COMPLETE_ANSWER,
  completeDraft,
  createOrganisation,
  createSubmittedRevision,
  createTestCompany,
  createTestProject,
  createTestUser,
  demoActors,
  type TestUser,
} from '@/tests/support/factories';
import { expectForbidden, expectUnauthorized, nextCacheModule, signIn } from '@/tests/support/next-request';

vi.mock('next-auth', () => import('@/tests/support/next-request').then((m) => m.nextAuthModule));
vi.mock('next/headers', () => import('@/tests/support/next-request').then((m) => m.nextHeadersModule));
vi.mock('next/cache', () => import('@/tests/support/next-request').then((m) => m.nextCacheModule));
vi.mock('next-intl/server', () => import('@/tests/support/next-request').then((m) => m.nextIntlServerModule));

/** The project form as the browser sends it (numbers as text). */
const PROFILE = {
  title: 'Pflege aus Vietnam',
  description: 'Anwerbung und Begleitung',
  startDate: '2027-01-01',
  endDate: '2028-12-31',
  targetGroup: 'BOTH',
  plannedParticipants: '12',
  countries: ['VN'],
  occupations: 'Pflege',
  region: 'magdeburg',
};
const COMPANY = {
  name: 'Muster Pflege GmbH',
  contact: 'Magdeburg',
  hasDeclarationOfIntent: true,
  ownContributionKind: 'Wohnraum',
  ownContributionValue: '2 Wohnungen',
  contactPersonName: 'Karla Kümmerer',
};
const ORGANISATION = { name: 'Demo-Projektträger e. V.', legalForm: 'e. V.', street: 'Musterstraße 1', postalCode: '39104', city: 'Magdeburg' };
const STALE = '2000-01-01T00:00:00.000Z';

let applicant: TestUser;
let officer: TestUser;
let admin: TestUser;
let stranger: TestUser;
let foreignProjectId: string;
let foreignCompanyId: string;

beforeAll(async () => {
  await seed({ demo: true });
  ({ applicant, officer, admin } = await demoActors());
  stranger = (await createOrganisation({ name: 'Fremder Träger', applicantEmail: 'fremd@aktionen.example' })).applicant;
  ({ id: foreignProjectId } = await createTestProject({ actor: stranger, input: { title: 'Fremdes Projekt' } }));
  ({ id: foreignCompanyId } = await createTestCompany({ actor: stranger, projectId: foreignProjectId }));
});

beforeEach(() => {
  signIn(applicant);
  nextCacheModule.revalidatePath.mockClear();
});

async function ownProject() {
  const project = await createTestProject({ actor: applicant });
  const company = await createTestCompany({ actor: applicant, projectId: project.id });
  return { projectId: project.id, companyId: company.id };
}

/** Every Server Action of the applicant area, with valid arguments for one project and company. */
function applicantActions(projectId: string, companyId: string): Array<[string, () => Promise<unknown>]> {
  return [
    ['createProjectAction', () => createProjectAction(PROFILE)],
    ['updateProjectAction', () => updateProjectAction(projectId, undefined, PROFILE)],
    ['addCompanyAction', () => addCompanyAction(projectId, COMPANY)],
    ['updateCompanyAction', () => updateCompanyAction(companyId, undefined, COMPANY)],
    ['removeCompanyAction', () => removeCompanyAction(companyId)],
    ['saveAnswerAction', () => saveAnswerAction(projectId, { standardKey: 'std-01', expectedVersion: 0, answer: COMPLETE_ANSWER })],
    ['submitAssessmentAction', () => submitAssessmentAction(projectId)],
    ['withdrawAssessmentAction', () => withdrawAssessmentAction(projectId)],
    ['reopenAssessmentAction', () => reopenAssessmentAction(projectId)],
    ['saveOrganisation', () => saveOrganisation(undefined, ORGANISATION)],
    ['invite', () => invite({ email: 'kollegin@demo.example' })],
  ];
}

describe('the guard of every applicant action', () => {
  it('answers anonymous callers with 401 (the sign-in form in place of the page), changing nothing', async () => {
    const { projectId, companyId } = await ownProject();
    signIn(null);
    const events = await db.auditEvent.count();
    for (const [name, call] of applicantActions(projectId, companyId)) {
      await expectUnauthorized(call()).catch((error: Error) => {
        throw new Error(`${name}: ${error.message}`);
      });
    }
    expect(await db.auditEvent.count()).toBe(events);
  });

  it('answers officers and administrators with 403, changing nothing', async () => {
    const { projectId, companyId } = await ownProject();
    const events = await db.auditEvent.count();
    for (const actor of [officer, admin]) {
      signIn(actor);
      for (const [name, call] of applicantActions(projectId, companyId)) {
        await expectForbidden(call()).catch((error: Error) => {
          throw new Error(`${actor.role} ${name}: ${error.message}`);
        });
      }
    }
    expect(await db.auditEvent.count()).toBe(events);
  });

  it('treats an account disabled after sign-in as signed out', async () => {
    const colleague = await createTestUser({ role: 'APPLICANT', organisationId: applicant.organisationId! });
    signIn(colleague);
    expect(await createProjectAction({ ...PROFILE, title: 'Vor der Sperre' })).toMatchObject({ ok: true });
    // No domain function disables accounts yet (the administrators' tools are still to come).
    await db.user.update({ where: { id: colleague.id }, data: { disabledAt: new Date() } });
    await expectUnauthorized(createProjectAction({ ...PROFILE, title: 'Nach der Sperre' }));
    expect(await db.project.count({ where: { title: 'Nach der Sperre' } })).toBe(0);
  });
});

describe('project and company actions', () => {
  it('creates a project with its self-assessment, or answers the form with i18n keys per field', async () => {
    expect(await createProjectAction({ ...PROFILE, title: ' ', plannedParticipants: '2,5', endDate: '2026-12-31' })).toEqual({
      ok: false,
      fieldErrors: { title: ['required'], plannedParticipants: ['participantsInvalid'], endDate: ['endBeforeStart'] },
    });
    const created = await createProjectAction(PROFILE);
    expect(created).toEqual({ ok: true, data: { id: expect.any(String) } });
    const id = (created as { data: { id: string } }).data.id;
    const project = await db.project.findUniqueOrThrow({
      where: { id },
      select: { organisationId: true, assessment: { select: { status: true, revisions: { select: { _count: { select: { answers: true } } } } } } },
    });
    expect(project).toEqual({ organisationId: applicant.organisationId, assessment: { status: 'DRAFT', revisions: [{ _count: { answers: 22 } }] } });
    expect(nextCacheModule.revalidatePath).toHaveBeenCalledWith('/projects');
  });

  it('answers forged, foreign and malformed ids with notFound and touches nothing of the other organisation', async () => {
    for (const id of [foreignProjectId, 'does-not-exist', 42, '', 'x'.repeat(101), { id: foreignProjectId }]) {
      expect(await updateProjectAction(id, undefined, PROFILE)).toEqual({ ok: false, formError: 'notFound' });
      expect(await addCompanyAction(id, COMPANY)).toEqual({ ok: false, formError: 'notFound' });
    }
    expect(await updateCompanyAction(foreignCompanyId, undefined, { ...COMPANY, name: 'Gekapert' })).toEqual({ ok: false, formError: 'notFound' });
    expect(await removeCompanyAction(foreignCompanyId)).toEqual({ ok: false, formError: 'notFound' });
    expect(await db.project.findUniqueOrThrow({ where: { id: foreignProjectId }, select: { title: true } })).toEqual({ title: 'Fremdes Projekt' });
    expect(await db.company.findMany({ where: { projectId: foreignProjectId }, select: { name: true, removedAt: true } })).toEqual([
      { name: 'Muster Pflege GmbH', removedAt: null },
    ]);
  });

  it('refuses to overwrite a profile or company changed since the form was opened', async () => {
    const { projectId, companyId } = await ownProject();
    expect(await updateProjectAction(projectId, STALE, { ...PROFILE, title: 'Zu spät' })).toEqual({ ok: false, formError: 'projectChanged' });
    expect(await updateCompanyAction(companyId, STALE, { ...COMPANY, name: 'Zu spät GmbH' })).toEqual({ ok: false, formError: 'companyChanged' });
    const opened = (await db.project.findUniqueOrThrow({ where: { id: projectId }, select: { updatedAt: true } })).updatedAt.toISOString();
    expect(await updateProjectAction(projectId, opened, { ...PROFILE, title: 'Rechtzeitig' })).toEqual({ ok: true, data: { id: projectId } });
    expect(nextCacheModule.revalidatePath).toHaveBeenCalledWith(`/projects/${projectId}`);
    expect(await addCompanyAction(projectId, { ...COMPANY, name: '', contactPersonEmail: 'keine-adresse' })).toEqual({
      ok: false,
      fieldErrors: { name: ['required'], contactPersonEmail: ['emailInvalid'] },
    });
    expect(await removeCompanyAction(companyId)).toEqual({ ok: true, data: { projectId } });
    expect(await removeCompanyAction(companyId)).toEqual({ ok: false, formError: 'notFound' });
  });

  it('refuses every change with projectLocked once the self-assessment is submitted', async () => {
    const { projectId, companyId } = await ownProject();
    await createSubmittedRevision({ actor: applicant, projectId });
    const locked = { ok: false, formError: 'projectLocked' };
    expect(await updateProjectAction(projectId, undefined, PROFILE)).toEqual(locked);
    expect(await addCompanyAction(projectId, COMPANY)).toEqual(locked);
    expect(await updateCompanyAction(companyId, undefined, COMPANY)).toEqual(locked);
    expect(await removeCompanyAction(companyId)).toEqual(locked);
    expect(await saveAnswerAction(projectId, { standardKey: 'std-01', expectedVersion: 1, answer: COMPLETE_ANSWER })).toEqual(locked);
    expect(await submitAssessmentAction(projectId)).toEqual(locked);
  });
});

describe('self-assessment actions', () => {
  it('saves an answer on the project it is bound to, with field keys of the answer and a conflict that carries the stored answer', async () => {
    const { projectId } = await ownProject();
    expect(await saveAnswerAction(projectId, { standardKey: 'std-01', expectedVersion: 0, answer: { ...COMPLETE_ANSWER, status: 'MAYBE', implementation: 'x'.repeat(5001) } })).toEqual({
      ok: false,
      fieldErrors: { status: ['statusInvalid'], implementation: ['tooLong'] },
    });
    // A project id smuggled into the input does not redirect the save: the bound one wins.
    const saved = await saveAnswerAction(projectId, { projectId: foreignProjectId, standardKey: 'std-01', expectedVersion: 0, answer: { ...COMPLETE_ANSWER, implementation: 'Fassung A' } });
    expect(saved).toMatchObject({ ok: true, data: { implementation: 'Fassung A', version: 1, updatedByName: applicant.name } });
    expect(await db.answer.count({ where: { revision: { assessment: { projectId: foreignProjectId } }, version: { gt: 0 } } })).toBe(0);

    const conflict = await saveAnswerAction(projectId, { standardKey: 'std-01', expectedVersion: 0, answer: { ...COMPLETE_ANSWER, implementation: 'Fassung B' } });
    expect(conflict).toMatchObject({ ok: false, formError: 'answerConflict', details: { implementation: 'Fassung A', version: 1 } });
    expect(await saveAnswerAction(foreignProjectId, { standardKey: 'std-01', expectedVersion: 0, answer: COMPLETE_ANSWER })).toEqual({ ok: false, formError: 'notFound' });
    expect(await saveAnswerAction(projectId, { standardKey: 'std-99', expectedVersion: 0, answer: COMPLETE_ANSWER })).toEqual({ ok: false, formError: 'notFound' });
  });

  it('submits only a complete self-assessment, then withdraws and reopens it, each transition once', async () => {
    const { projectId } = await ownProject();
    const incomplete = await submitAssessmentAction(projectId);
    expect(incomplete).toMatchObject({ ok: false, formError: 'incomplete' });
    expect((incomplete as { details: unknown[] }).details).toHaveLength(22);

    await completeDraft({ actor: applicant, projectId });
    expect(await submitAssessmentAction(projectId)).toEqual({ ok: true, data: undefined });
    expect(nextCacheModule.revalidatePath).toHaveBeenCalledWith(`/projects/${projectId}`, 'layout');
    expect(await reopenAssessmentAction(projectId)).toEqual({ ok: false, formError: 'transitionRefused', details: 'SUBMITTED' });
    expect(await withdrawAssessmentAction(projectId)).toEqual({ ok: true, data: undefined });
    expect(await withdrawAssessmentAction(projectId)).toEqual({ ok: false, formError: 'transitionRefused', details: 'WITHDRAWN' });
    expect(await reopenAssessmentAction(projectId)).toEqual({ ok: true, data: undefined });
    expect(await reopenAssessmentAction(projectId)).toEqual({ ok: false, formError: 'transitionRefused', details: 'DRAFT' });
    for (const transition of [submitAssessmentAction, withdrawAssessmentAction, reopenAssessmentAction]) {
      expect(await transition(foreignProjectId)).toEqual({ ok: false, formError: 'notFound' });
      expect(await transition(undefined)).toEqual({ ok: false, formError: 'notFound' });
    }
  });
});

describe('a NUL character in any text (PostgreSQL cannot store it)', () => {
  it('is answered with the field key nulCharacter and nothing is saved, never a database error', async () => {
    const { projectId, companyId } = await ownProject();
    const nul = 'vorher\u0000nachher';
    expect(await saveAnswerAction(projectId, { standardKey: 'std-01', expectedVersion: 0, answer: { ...COMPLETE_ANSWER, implementation: nul } })).toEqual({
      ok: false,
      fieldErrors: { implementation: ['nulCharacter'] },
    });
    expect(await createProjectAction({ ...PROFILE, title: nul })).toEqual({ ok: false, fieldErrors: { title: ['nulCharacter'] } });
    expect(await updateCompanyAction(companyId, undefined, { ...COMPANY, contactPersonName: nul })).toEqual({ ok: false, fieldErrors: { contactPersonName: ['nulCharacter'] } });
    expect(await saveOrganisation(undefined, { ...ORGANISATION, city: nul })).toEqual({ ok: false, fieldErrors: { city: ['nulCharacter'] } });
    // An id with a NUL is simply not found (it never reaches a query).
    expect(await updateProjectAction(`${projectId}\u0000`, undefined, PROFILE)).toEqual({ ok: false, formError: 'notFound' });
    const answer = await db.answer.findFirstOrThrow({ where: { revision: { assessment: { projectId } }, standardKey: 'std-01' }, select: { version: true } });
    expect(answer.version).toBe(0);
  });
});

describe('organisation actions', () => {
  it("saves the own organisation's details with field keys and a conflict for a stale form", async () => {
    expect(await saveOrganisation(undefined, { ...ORGANISATION, name: '', postalCode: '3910' })).toEqual({
      ok: false,
      fieldErrors: { name: ['nameRequired'], postalCode: ['postalCodeInvalid'] },
    });
    expect(await saveOrganisation(STALE, ORGANISATION)).toEqual({ ok: false, formError: 'organisationChanged' });
    const saved = await saveOrganisation(undefined, { ...ORGANISATION, city: 'Halle (Saale)' });
    expect(saved).toEqual({ ok: true, data: { updatedAt: expect.any(String) } });
    expect(await db.organisation.findUniqueOrThrow({ where: { id: applicant.organisationId! }, select: { city: true } })).toEqual({ city: 'Halle (Saale)' });
    expect(nextCacheModule.revalidatePath).toHaveBeenCalledWith('/organisation');
  });

  it('invites a colleague by mail with a link to NEXTAUTH_URL, and refuses members and malformed addresses', async () => {
    expect(await invite({ email: 'keine-adresse' })).toEqual({ ok: false, fieldErrors: { email: ['emailInvalid'] } });
    expect(await invite({ email: applicant.email })).toEqual({ ok: false, formError: 'alreadyMember', fieldErrors: { email: ['alreadyMember'] } });
    expect(await invite({ email: ' Kollegin@Demo.example ' })).toEqual({ ok: true, data: { email: 'kollegin@demo.example' } });
    const mail = await db.mail.findFirstOrThrow({ where: { to: 'kollegin@demo.example' }, select: { body: true } });
    expect(mail.body).toMatch(/http:\/\/portal\.test\/register\?invitation=[A-Za-z0-9_-]+/);
  });
});
