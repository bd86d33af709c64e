import { beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { db } from '@/lib/db';
import type { ScopeActor } from '@/lib/auth/scope';
import { NotFoundError } from '@/lib/errors';
import { addCompany } from '@/lib/projects/add-company';
import { createProject } from '@/lib/projects/create-project';
import { getProject } from '@/lib/projects/get-project';
import { removeCompany } from '@/lib/projects/remove-company';
import { updateCompany } from '@/lib/projects/update-company';
import { seed } from '@/prisma/seed/seed';

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
  const { id } = await createProject({
    actor: applicant,
    input: {
      title,
      description: 'Beschreibung',
      startDate: '2027-01-01',
      endDate: '2027-12-31',
      targetGroup: 'BOTH',
      plannedParticipants: 8,
      countries: ['PH'],
      occupations: 'Pflege',
      region: 'harz',
    },
  });
  return id;
}

async function submit(projectId: string) {
  await db.revision.updateMany({ where: { assessment: { projectId } }, data: { status: 'SUBMITTED', submittedAt: new Date() } });
}

beforeAll(async () => {
  await seed({ demo: true });
  applicant = await db.user.findUniqueOrThrow({ where: { email: 'antrag@demo.example' }, select: { id: true, role: true, organisationId: true } });
  const other = await db.organisation.create({ data: { name: 'Fremder Träger GmbH' }, select: { id: true } });
  stranger = await db.user.create({
    data: { email: 'fremd@companies.example', name: 'Fritz Fremd', passwordHash: 'unused', role: 'APPLICANT', organisationId: other.id },
    select: { id: true, role: true, organisationId: true },
  });
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
    expect(error).toBeInstanceOf(z.ZodError);
    expect(Object.fromEntries((error as z.ZodError).issues.map((issue) => [issue.path.join('.'), issue.message]))).toEqual({
      name: 'required',
      contact: 'max500',
      ownContributionValue: 'max200',
      contactPersonName: 'required',
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

  it('removes a company and closes the gap in the positions', async () => {
    const projectId = await newProject();
    const a = await addCompany({ actor: applicant, projectId, input: company({ name: 'A' }) });
    const b = await addCompany({ actor: applicant, projectId, input: company({ name: 'B' }) });
    const c = await addCompany({ actor: applicant, projectId, input: company({ name: 'C' }) });
    await removeCompany({ actor: applicant, companyId: b.id });
    const rows = await db.company.findMany({ where: { projectId }, orderBy: { position: 'asc' }, select: { id: true, position: true } });
    expect(rows).toEqual([
      { id: a.id, position: 1 },
      { id: c.id, position: 2 },
    ]);
    expect(await db.auditEvent.count({ where: { subjectId: b.id, action: 'company.removed' } })).toBe(1);
    const d = await addCompany({ actor: applicant, projectId, input: company({ name: 'D' }) });
    expect(d.position).toBe(3);
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
    await submit(projectId);
    await expect(addCompany({ actor: applicant, projectId, input: company({ name: 'Neu' }) })).rejects.toMatchObject({ code: 'projectLocked' });
    await expect(updateCompany({ actor: applicant, companyId: id, input: company({ name: 'Neu' }) })).rejects.toMatchObject({ code: 'projectLocked' });
    await expect(removeCompany({ actor: applicant, companyId: id })).rejects.toMatchObject({ code: 'projectLocked' });
    expect(await db.company.findMany({ where: { projectId }, select: { name: true } })).toEqual([{ name: 'Muster Pflege GmbH' }]);
    expect(await db.auditEvent.count({ where: { subjectId: id, action: { in: ['company.updated', 'company.removed'] } } })).toBe(0);
  });
});
