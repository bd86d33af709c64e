import { db } from '@/lib/db';
import { evidenceItemSelect, toEvidenceItem, type EvidenceItem } from '@/lib/evidence/evidence-item';

/**
 * The evidence exactly as a submitted revision references it (its snapshot): each item with
 * only the version the revision froze. The caller has already checked that the actor may see
 * the revision's project (getAssessmentView).
 */
export async function listRevisionEvidence({ projectId, revisionId }: { projectId: string; revisionId: string }): Promise<EvidenceItem[]> {
  const inRevision = { revisions: { some: { revisionId } } };
  const rows = await db.evidence.findMany({
    where: { projectId, versions: { some: inRevision } },
    orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
    select: evidenceItemSelect(inRevision),
  });
  return rows.map(toEvidenceItem).filter((item): item is EvidenceItem => item !== null);
}
