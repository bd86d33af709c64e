/**
 * The schemas of the evidence requests, for the route handlers and domain functions (server).
 * The one rule a form checks itself, the link's address, is evidenceUrlSchema (zod/mini, in
 * lib/evidence/evidence-url-schema.ts), used here as is. Messages are i18n keys of the
 * `evidence.errors` namespace. The file itself is checked by its bytes in addFileEvidence
 * (lib/evidence/evidence-rules.ts has the limits).
 */
import { z } from 'zod';
import { noNul } from '@/lib/forms/text-checks';
import { MAX_EVIDENCE_TITLE_LENGTH } from '@/lib/evidence/evidence-rules';
import { evidenceUrlSchema } from '@/lib/evidence/evidence-url-schema';

/** Form fields arrive as '' when left empty: treat that as absent. */
const blankToUndefined = (value: unknown) => (typeof value === 'string' && value.trim() === '' ? undefined : value ?? undefined);

const id = z.preprocess(blankToUndefined, z.string().check(noNul).trim().max(64, 'invalidId').optional());

/**
 * The fields every new piece of evidence (or new version) names: what it supports — a
 * standard (`std-07`) or a company — and a title; or, for a new version, the evidence it
 * continues (then target and title are taken from it).
 */
const evidenceTargetFields = {
  standardKey: z.preprocess(blankToUndefined, z.string().check(noNul).trim().regex(/^[a-z0-9-]{1,40}$/, 'standardInvalid').optional()),
  companyId: id,
  evidenceId: id,
  title: z.preprocess(blankToUndefined, z.string().check(noNul).trim().max(MAX_EVIDENCE_TITLE_LENGTH, 'titleTooLong').optional()),
};

type TargetFields = { standardKey?: string; companyId?: string; evidenceId?: string; title?: string };

/** New evidence needs exactly one target and a title; a new version needs neither. */
function checkEvidenceTarget(value: TargetFields, context: z.RefinementCtx) {
  if (value.evidenceId) return;
  if (!value.standardKey === !value.companyId) {
    context.addIssue({ code: 'custom', path: ['standardKey'], message: 'targetRequired' });
  }
  if (!value.title) {
    context.addIssue({ code: 'custom', path: ['title'], message: 'titleRequired' });
  }
}

/** The text fields of a file upload. */
export const addFileEvidenceSchema = z.object(evidenceTargetFields).superRefine(checkEvidenceTarget);

export const addLinkEvidenceSchema = z
  .object({ ...evidenceTargetFields, url: evidenceUrlSchema })
  .superRefine(checkEvidenceTarget);

export const removeEvidenceSchema = z.object({
  projectId: z.string().check(noNul).trim().min(1).max(64),
  evidenceId: z.string().check(noNul).trim().min(1).max(64),
});
