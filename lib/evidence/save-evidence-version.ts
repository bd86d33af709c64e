import { recordAuditEvent } from '@/lib/audit/record-audit-event';
import type { ScopeActor } from '@/lib/auth/scope';
import type { Tx } from '@/lib/db/types';
import { DomainError, NotFoundError } from '@/lib/errors';
import { findEditableProject } from '@/lib/projects/find-editable-project';
import { evidenceItemSelect, toEvidenceItem, type EvidenceItem } from '@/lib/evidence/evidence-item';
import type { EvidenceKind } from '@/lib/generated/prisma/enums';

type EvidenceVersionData = {
  fileName?: string;
  mediaType?: string;
  size?: number;
  sha256?: string;
  storageKey?: string;
  url?: string;
};

type SaveEvidenceVersionOptions = {
  tx: Tx;
  actor: ScopeActor;
  projectId: string;
  kind: EvidenceKind;
  /** New evidence: its target and title. */
  standardKey?: string;
  companyId?: string;
  title?: string;
  /** A new version of this evidence. */
  evidenceId?: string;
  version: EvidenceVersionData;
  requestId?: string | null;
};

/**
 * The transactional core of addFileEvidence and addLinkEvidence: checks that the actor may
 * change the project (findEditableProject: permission, scope, draft revision), creates the evidence with version 1
 * or appends version n+1, records the audit event, and returns the evidence as the list shows
 * it. Submitting the draft (lib/assessments/submit-assessment.ts) references the latest version
 * of every evidence that is not removed; earlier submitted revisions keep theirs.
 */
export async function saveEvidenceVersion(options: SaveEvidenceVersionOptions): Promise<EvidenceItem> {
  const { tx, actor, projectId, kind, version, requestId } = options;
  const { revisionId } = await findEditableProject({ tx, actor, projectId });

  let evidenceId: string;
  let number: number;
  if (options.evidenceId) {
    // Lock the evidence row, so that two concurrent uploads get numbers n+1 and n+2.
    const locked = await tx.$queryRaw<Array<{ id: string; kind: EvidenceKind }>>`
      SELECT "id", "kind" FROM "Evidence"
      WHERE "id" = ${options.evidenceId} AND "projectId" = ${projectId} AND "removedAt" IS NULL
      FOR UPDATE`;
    const existing = locked[0];
    if (!existing) throw new NotFoundError('Evidence');
    if (existing.kind !== kind) throw new DomainError('kindMismatch', 'A new version must be of the same kind', { file: ['kindMismatch'] });
    const last = await tx.evidenceVersion.aggregate({ where: { evidenceId: existing.id }, _max: { number: true } });
    evidenceId = existing.id;
    number = (last._max.number ?? 0) + 1;
  } else {
    const { standardKey, companyId, title } = options;
    if (!title || !standardKey === !companyId) throw new DomainError('targetRequired', 'Evidence needs a title and one target');
    if (companyId) {
      const company = await tx.company.findFirst({ where: { id: companyId, projectId, removedAt: null }, select: { id: true } });
      if (!company) throw new NotFoundError('Company');
    } else {
      const standard = await tx.standard.findFirst({
        where: { key: standardKey, version: { revisions: { some: { id: revisionId } } } },
        select: { id: true },
      });
      if (!standard) throw new DomainError('standardInvalid', 'No such standard in this catalogue version', { standardKey: ['standardInvalid'] });
    }
    const created = await tx.evidence.create({
      data: { projectId, kind, standardKey: standardKey ?? null, companyId: companyId ?? null, title, createdById: actor.id },
      select: { id: true },
    });
    evidenceId = created.id;
    number = 1;
  }

  const saved = await tx.evidenceVersion.create({
    data: { evidenceId, number, uploadedById: actor.id, ...version },
    select: { id: true },
  });
  await recordAuditEvent({
    db: tx,
    actorId: actor.id,
    action: number === 1 ? 'evidence.added' : 'evidence.versionAdded',
    subjectType: 'Evidence',
    subjectId: evidenceId,
    details: { projectId, kind, versionId: saved.id, number, ...version },
    requestId,
  });

  const row = await tx.evidence.findUniqueOrThrow({ where: { id: evidenceId }, select: evidenceItemSelect() });
  return toEvidenceItem(row)!;
}
