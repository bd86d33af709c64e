import type { ScopeActor } from '@/lib/auth/scope';
import { db } from '@/lib/db';
import { addLinkEvidenceSchema } from '@/lib/evidence/evidence-schemas';
import type { EvidenceItem } from '@/lib/evidence/evidence-item';
import { saveEvidenceVersion } from '@/lib/evidence/save-evidence-version';

type AddLinkEvidenceOptions = {
  actor: ScopeActor;
  projectId: string;
  standardKey?: string;
  companyId?: string;
  title?: string;
  /** A new address for this evidence: it becomes version n+1. */
  evidenceId?: string;
  url: string;
  requestId?: string | null;
};

/** Adds a link (http/https, at most 2,000 characters) as new evidence or as a new version. */
export async function addLinkEvidence(options: AddLinkEvidenceOptions): Promise<EvidenceItem> {
  const { actor, projectId, requestId } = options;
  const { url, ...fields } = addLinkEvidenceSchema.parse(options);
  return db.$transaction((tx) =>
    saveEvidenceVersion({ tx, actor, projectId, kind: 'LINK', ...fields, version: { url }, requestId }),
  );
}
