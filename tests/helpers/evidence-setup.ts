/**
 * Arrangements for the evidence integration tests: the demo data, a project of the demo
 * applicant's organisation (created with lib/projects/create-project.ts), a second
 * organisation with its own applicant, and submitting a revision the short way.
 */
import { db } from '@/lib/db';
import type { ScopeActor } from '@/lib/auth/scope';
import { createProject } from '@/lib/projects/create-project';
import { seed } from '@/prisma/seed/seed';

export async function arrangeEvidenceWorld() {
  await seed({ demo: true });
  const users = await db.user.findMany({ select: { id: true, role: true, organisationId: true, email: true } });
  const byEmail = (email: string): ScopeActor => {
    const user = users.find((candidate) => candidate.email === email);
    if (!user) throw new Error(`demo user ${email} missing`);
    return { id: user.id, role: user.role, organisationId: user.organisationId };
  };
  const other = await db.organisation.create({ data: { name: 'Anderer Träger GmbH' }, select: { id: true } });
  const otherUser = await db.user.create({
    data: { email: 'fremd@example.org', name: 'Fritz Fremd', passwordHash: 'x', role: 'APPLICANT', organisationId: other.id },
    select: { id: true, role: true, organisationId: true },
  });
  return {
    applicant: byEmail('antrag@demo.example'),
    officer: byEmail('pruefung@demo.example'),
    admin: byEmail('admin@demo.example'),
    otherApplicant: otherUser as ScopeActor,
  };
}

export async function newProject(actor: ScopeActor, title = 'Pflegekräfte aus Vietnam'): Promise<string> {
  const project = await createProject({
    actor,
    input: {
      title,
      description: 'Anwerbung und Integration',
      startDate: '2026-01-01',
      endDate: '2027-12-31',
      targetGroup: 'SKILLED_WORKERS',
      plannedParticipants: 12,
      countries: ['VN'],
      occupations: 'Pflege',
      region: 'statewide',
    },
  });
  return project.id;
}

/** Submits the project's draft revision as submitAssessment would: snapshot of the latest versions, then SUBMITTED. */
export async function submitDraft(projectId: string, actorId: string): Promise<void> {
  await db.$transaction(async (tx) => {
    const revision = await tx.revision.findFirstOrThrow({
      where: { assessment: { projectId }, status: 'DRAFT' },
      select: { id: true },
    });
    const evidence = await tx.evidence.findMany({
      where: { projectId, removedAt: null },
      select: { versions: { orderBy: { number: 'desc' }, take: 1, select: { id: true } } },
    });
    const ids = evidence.flatMap((item) => item.versions.map((version) => version.id));
    if (ids.length > 0) await tx.revisionEvidence.createMany({ data: ids.map((evidenceVersionId) => ({ revisionId: revision.id, evidenceVersionId })) });
    await tx.revision.update({ where: { id: revision.id }, data: { status: 'SUBMITTED', submittedAt: new Date(), submittedById: actorId } });
    await tx.assessment.updateMany({ where: { projectId }, data: { status: 'SUBMITTED' } });
  });
}
