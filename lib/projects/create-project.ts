import { db } from '@/lib/db';
import { recordAuditEvent } from '@/lib/audit/record-audit-event';
import { startAssessment } from '@/lib/assessments/start-assessment';
import { DomainError } from '@/lib/errors';
import type { ScopeActor } from '@/lib/auth/scope';
import { projectProfileSchema } from '@/lib/projects/project-profile-schema';
import { toProfileData } from '@/lib/projects/to-profile-data';

/**
 * Creates a project of the actor's organisation together with its self-assessment (draft,
 * revision 1 on the latest published catalogue, one open answer per standard), in one
 * transaction with its audit events. Throws ZodError on invalid input.
 */
export async function createProject({ actor, input }: { actor: ScopeActor; input: unknown }): Promise<{ id: string }> {
  const profile = projectProfileSchema.parse(input);
  if (actor.role !== 'APPLICANT' || !actor.organisationId) {
    throw new DomainError('noOrganisation', 'Only applicants of an organisation create projects');
  }
  const organisationId = actor.organisationId;
  return db.$transaction(async (tx) => {
    const project = await tx.project.create({
      data: { ...toProfileData(profile), organisationId, createdById: actor.id },
      select: { id: true },
    });
    await recordAuditEvent({
      db: tx,
      actorId: actor.id,
      action: 'project.created',
      subjectType: 'Project',
      subjectId: project.id,
      details: { ...profile, organisationId },
    });
    await startAssessment({ tx, projectId: project.id, actorId: actor.id });
    return project;
  });
}
