import { beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { db } from '@/lib/db';
import type { ScopeActor } from '@/lib/auth/scope';
import { NotFoundError } from '@/lib/errors';
import { addCompany } from '@/lib/projects/add-company';
import { getProject } from '@/lib/projects/get-project';
import { removeCompany } from '@/lib/projects/remove-company';
import { addLinkEvidence } from '@/lib/evidence/add-link-evidence';
import { listEvidence } from '@/lib/evidence/list-evidence';
import { listRevisionEvidence } from '@/lib/evidence/list-revision-evidence';
import { reopenAssessment, withdrawAssessment } from '@/lib/assessments/transition-assessment';
import { submitAssessment } from '@/lib/assessments/submit-assessment';
import { updateCompany } from '@/lib/projects/update-company';
import { seed } from '@/prisma/seed/seed';
import { actorFor, completeDraft, createSubmittedRevision, createTestProject, createTestUser } from '@/tests/support/factories';

let applicant: ScopeActor;
let stranger: ScopeActor;

const company = (overrides: Record<string, unknown> = {}) => ({
  name: 'Muster Pflege GmbH',
  contact: 'Hauptstraße 5, 39104 Magdeburg',
  hasDeclarationOfIntent: true,
  ownContributionKind: 'Wohnraum',
  ownContributionValue: '3 Wohnungen',
  contactPersonName: 'Karla Kümmerer',
  ...overrides,
});

async function newProject(title = 'Projekt mit Unternehmen') {
  return (await createTestProject({ actor: applicant, input: { title } })).id;
}

beforeAll(async () => {
  await seed({ demo: true });
  applicant = await actorFor('antrag@demo.example');
  stranger = await createTestUser({ role: 'APPLICANT', email: 'fremd@companies.example', name: 'Fritz Fremd' });
});

describe('companies', () => {
  it('adds companies in order, with defaults for the optional contact details and an audit event', async () => {
    const projectId = await newProject();
    const first = await addCompany({ actor: applicant, projectId, input: company() });
    const second = await addCompany({
      actor: applicant,
      projectId,
      input: company({ name: 'Zweite AG', hasDeclarationOfIntent: false, contactPersonRole: 'Personalleitung', contactPersonEmail: 'k@zweite.example', contactPersonPhone: '+49 391 123-45' }),
    });
    expect([first.position, second.position]).toEqual([1, 2]);
    const project = await getProject({ actor: applicant, projectId });
    expect(project.companies.map((row) => [row.name, row.position, row.hasDeclarationOfIntent])).toEqual([
      ['Muster Pflege GmbH', 1, true],
      ['Zweite AG', 2, false],
    ]);
    expect(project.companies[0]).toMatchObject({ contactPersonRole: '', contactPersonEmail: '', contactPersonPhone: '' });
    expect(project.companies[1]).toMatchObject({ contactPersonRole: 'Personalleitung', contactPersonEmail: 'k@zweite.example', contactPersonPhone: '+49 391 123-45' });
    const event = await db.auditEvent.findFirstOrThrow({ where: { subjectId: first.id }, select: { action: true, actorId: true, details: true } });
    expect(event).toMatchObject({ action: 'company.added', actorId: applicant.id, details: { projectId, name: 'Muster Pflege GmbH' } });
  });

  it('validates with i18n keys per field', async () => {
    const projectId = await newProject();
    const error = await addCompany({
      actor: applicant,
      projectId,
      input: company({ name: '', contactPersonName: ' ', contactPersonEmail: 'keine-adresse', contactPersonPhone: 'abc', ownContributionValue: 'x'.repeat(201), contact: 'x'.repeat(501) }),
    }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(z.core.$ZodError);
    expect(Object.fromEntries((error as z.core.$ZodError).issues.map((issue) => [issue.path.join('.'), issue.message]))).toEqual({
      name: 'required',
      contact: 'max500',
      ownContributionValue: 'max200',
      contactPersonName: 'personNameRequired',
      contactPersonEmail: 'emailInvalid',
      contactPersonPhone: 'phoneInvalid',
    });
    expect(await db.company.count({ where: { projectId } })).toBe(0);
  });

  it('updates a company and records the changed fields', async () => {
    const projectId = await newProject();
    const { id } = await addCompany({ actor: applicant, projectId, input: company() });
    await updateCompany({ actor: applicant, companyId: id, input: company({ name: 'Umbenannt GmbH', hasDeclarationOfIntent: false }) });
    const row = await db.company.findUniqueOrThrow({ where: { id }, select: { name: true, hasDeclarationOfIntent: true, position: true } });
    expect(row).toEqual({ name: 'Umbenannt GmbH', hasDeclarationOfIntent: false, position: 1 });
    const event = await db.auditEvent.findFirstOrThrow({ where: { subjectId: id, action: 'company.updated' }, select: { details: true } });
    expect(event.details).toEqual({
      projectId,
      changes: { name: { before: 'Muster Pflege GmbH', after: 'Umbenannt GmbH' }, hasDeclarationOfIntent: { before: true, after: false } },
    });
  });

  it('refuses to overwrite a company changed since the form was opened', async () => {
    const projectId = await newProject();
    const { id } = await addCompany({ actor: applicant, projectId, input: company() });
    const opened = (await getProject({ actor: applicant, projectId })).companies[0]!.updatedAt.toISOString();
    await updateCompany({ actor: applicant, companyId: id, expectedUpdatedAt: opened, input: company({ name: 'Zuerst gespeichert GmbH' }) });
    await expect(
      updateCompany({ actor: applicant, companyId: id, expectedUpdatedAt: opened, input: company({ name: 'Zu spät GmbH' }) }),
    ).rejects.toMatchObject({ code: 'companyChanged' });
    expect((await db.company.findUniqueOrThrow({ where: { id }, select: { name: true } })).name).toBe('Zuerst gespeichert GmbH');
  });

  it('removes a company and closes the gap in the positions', async () => {
    const projectId = await newProject();
    const a = await addCompany({ actor: applicant, projectId, input: company({ name: 'A' }) });
    const b = await addCompany({ actor: applicant, projectId, input: company({ name: 'B' }) });
    const c = await addCompany({ actor: applicant, projectId, input: company({ name: 'C' }) });
    await removeCompany({ actor: applicant, companyId: b.id });
    const rows = await db.company.findMany({ where: { projectId, removedAt: null }, orderBy: { position: 'asc' }, select: { id: true, position: true } });
    expect(rows).toEqual([
      { id: a.id, position: 1 },
      { id: c.id, position: 2 },
    ]);
    // Kept, marked removed: submitted revisions may still show it.
    expect(await db.company.findUnique({ where: { id: b.id }, select: { removedAt: true } })).toEqual({ removedAt: expect.any(Date) });
    await expect(removeCompany({ actor: applicant, companyId: b.id })).rejects.toBeInstanceOf(NotFoundError);
    expect(await db.auditEvent.count({ where: { subjectId: b.id, action: 'company.removed' } })).toBe(1);
    const d = await addCompany({ actor: applicant, projectId, input: company({ name: 'D' }) });
    expect(d.position).toBe(3);
  });

  it('removing a company in a later draft leaves the submitted revision and its evidence as they were', async () => {
    const projectId = await newProject();
    const firm = await addCompany({ actor: applicant, projectId, input: company({ name: 'Bleibt im Nachweis GmbH' }) });
    await addLinkEvidence({ actor: applicant, projectId, companyId: firm.id, title: 'Absichtserklärung', url: 'https://example.org/erklaerung.pdf' });
    await completeDraft({ actor: applicant, projectId });
    await submitAssessment({ projectId, actor: applicant });
    await withdrawAssessment({ projectId, actor: applicant });
    await reopenAssessment({ projectId, actor: applicant });

    await removeCompany({ actor: applicant, companyId: firm.id });

    const revision1 = await db.revision.findFirstOrThrow({ where: { assessment: { projectId }, number: 1 }, select: { id: true } });
    const frozen = await listRevisionEvidence({ projectId, revisionId: revision1.id });
    expect(frozen.map((item) => [item.title, item.companyId])).toEqual([['Absichtserklärung', firm.id]]);
    expect(await db.company.findUnique({ where: { id: firm.id }, select: { name: true } })).toEqual({ name: 'Bleibt im Nachweis GmbH' });
    // The draft no longer has the company nor its evidence, so the next submission leaves them out.
    expect(await listEvidence({ actor: applicant, projectId, companyId: firm.id })).toEqual([]);
    expect((await getProject({ actor: applicant, projectId })).companies.map((row) => row.id)).not.toContain(firm.id);
  });

  it('gives another organisation NotFoundError on every company operation and changes nothing', async () => {
    const projectId = await newProject('Fremder Zugriff');
    const { id } = await addCompany({ actor: applicant, projectId, input: company() });
    await expect(addCompany({ actor: stranger, projectId, input: company() })).rejects.toBeInstanceOf(NotFoundError);
    await expect(updateCompany({ actor: stranger, companyId: id, input: company({ name: 'Gekapert' }) })).rejects.toBeInstanceOf(NotFoundError);
    await expect(removeCompany({ actor: stranger, companyId: id })).rejects.toBeInstanceOf(NotFoundError);
    await expect(updateCompany({ actor: applicant, companyId: 'does-not-exist', input: company() })).rejects.toBeInstanceOf(NotFoundError);
    expect(await db.company.findMany({ where: { projectId }, select: { id: true, name: true } })).toEqual([{ id, name: 'Muster Pflege GmbH' }]);
  });

  it('refuses every company change while the self-assessment is submitted', async () => {
    const projectId = await newProject('Gesperrt');
    const { id } = await addCompany({ actor: applicant, projectId, input: company() });
    await createSubmittedRevision({ actor: applicant, projectId });
    await expect(addCompany({ actor: applicant, projectId, input: company({ name: 'Neu' }) })).rejects.toMatchObject({ code: 'projectLocked' });
    await expect(updateCompany({ actor: applicant, companyId: id, input: company({ name: 'Neu' }) })).rejects.toMatchObject({ code: 'projectLocked' });
    await expect(removeCompany({ actor: applicant, companyId: id })).rejects.toMatchObject({ code: 'projectLocked' });
    expect(await db.company.findMany({ where: { projectId }, select: { name: true } })).toEqual([{ name: 'Muster Pflege GmbH' }]);
    expect(await db.auditEvent.count({ where: { subjectId: id, action: { in: ['company.updated', 'company.removed'] } } })).toBe(0);
  });
});
