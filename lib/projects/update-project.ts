import { db } from '@/lib/db';
import { ConflictError } from '@/lib/errors';
import { recordAuditEvent } from '@/lib/audit/record-audit-event';
import type { ScopeActor } from '@/lib/auth/scope';
import { findEditableProject } from '@/lib/projects/find-editable-project';
import { toProfileData } from '@/lib/projects/to-profile-data';
import { projectProfileSchema } from '@/lib/projects/project-profile-schema';
import { PROFILE_SELECT } from '@/lib/projects/project-select';

/** JSON-friendly values for the audit log's before/after. */
function plain(value: unknown) {
  return value instanceof Date ? value.toISOString().slice(0, 10) : value;
}

/**
 * Changes the profile of a project the actor may see, while its self-assessment is a draft.
 * `expectedUpdatedAt` is the project's `updatedAt` as the form showed it (the edit page always
 * sends it): when someone changed the project since, ConflictError('projectChanged') and
 * nothing is overwritten. The audit event lists the changed fields before and after.
 */
export async function updateProject({
  actor,
  projectId,
  expectedUpdatedAt,
  input,
}: {
  actor: ScopeActor;
  projectId: string;
  expectedUpdatedAt?: string;
  input: unknown;
}) {
  const profile = projectProfileSchema.parse(input);
  return db.$transaction(async (tx) => {
    await findEditableProject({ tx, actor, projectId });
    const before = await tx.project.findUniqueOrThrow({ where: { id: projectId }, select: PROFILE_SELECT });
    const data = toProfileData(profile);
    const { count } = await tx.project.updateMany({
      where: { id: projectId, ...(expectedUpdatedAt ? { updatedAt: new Date(expectedUpdatedAt) } : {}) },
      data,
    });
    if (count !== 1) throw new ConflictError('projectChanged');
    const after = await tx.project.findUniqueOrThrow({ where: { id: projectId }, select: { id: true, ...PROFILE_SELECT } });

    const changes: Record<string, { before: unknown; after: unknown }> = {};
    for (const field of Object.keys(PROFILE_SELECT) as (keyof typeof PROFILE_SELECT)[]) {
      const [old, now] = [plain(before[field]), plain(after[field])];
      if (JSON.stringify(old) !== JSON.stringify(now)) changes[field] = { before: old, after: now };
    }
    await recordAuditEvent({
      db: tx,
      actorId: actor.id,
      action: 'project.updated',
      subjectType: 'Project',
      subjectId: projectId,
      details: JSON.parse(JSON.stringify({ changes })),
    });
    return { id: after.id };
  });
}
