import { evidenceVersionScope, visibleProject, type ScopeActor } from '@/lib/auth/scope';
import { db } from '@/lib/db';
import { NotFoundError } from '@/lib/errors';
import { evidenceItemSelect, toEvidenceItem, type EvidenceItem } from '@/lib/evidence/evidence-item';

/**
 * The evidence of a project, oldest first, each with its latest version and history — for one
 * standard (`standardKey`), one company (`companyId`) or, with neither, all of it (one query;
 * group by `standardKey`/`companyId` on the page instead of calling this per standard).
 * Applicants see their organisation's current evidence; officers see only versions that a
 * submitted revision references. A project the actor may not see → NotFoundError.
 */
export async function listEvidence({
  actor,
  projectId,
  standardKey,
  companyId,
}: {
  actor: ScopeActor;
  projectId: string;
  standardKey?: string;
  companyId?: string;
}): Promise<EvidenceItem[]> {
  const project = await db.project.findFirst({ where: visibleProject(actor, projectId), select: { id: true } });
  if (!project) throw new NotFoundError('Project');
  const versionWhere = evidenceVersionScope(actor);
  const rows = await db.evidence.findMany({
    where: {
      projectId,
      ...(standardKey !== undefined ? { standardKey } : {}),
      ...(companyId !== undefined ? { companyId } : {}),
      ...(actor.role === 'APPLICANT' ? { removedAt: null } : { versions: { some: versionWhere } }),
    },
    orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
    select: evidenceItemSelect(versionWhere),
  });
  return rows.map(toEvidenceItem).filter((item): item is EvidenceItem => item !== null);
}
