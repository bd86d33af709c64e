/**
 * The schemas of the evidence requests, for the forms (client) and the route handlers and domain
 * functions (server). Messages are i18n keys of the `evidence.errors` namespace. The file itself
 * is checked by its bytes in addFileEvidence (lib/evidence/evidence-rules.ts has the limits).
 */
import { z } from 'zod';
import { MAX_EVIDENCE_TITLE_LENGTH, MAX_EVIDENCE_URL_LENGTH } from '@/lib/evidence/evidence-rules';

/** Form fields arrive as '' when left empty: treat that as absent. */
const blankToUndefined = (value: unknown) => (typeof value === 'string' && value.trim() === '' ? undefined : value ?? undefined);

const id = z.preprocess(blankToUndefined, z.string().trim().max(64, 'invalidId').optional());

/**
 * The fields every new piece of evidence (or new version) names: what it supports — a
 * standard (`std-07`) or a company — and a title; or, for a new version, the evidence it
 * continues (then target and title are taken from it).
 */
const evidenceTargetFields = {
  standardKey: z.preprocess(blankToUndefined, z.string().trim().regex(/^[a-z0-9-]{1,40}$/, 'standardInvalid').optional()),
  companyId: id,
  evidenceId: id,
  title: z.preprocess(blankToUndefined, z.string().trim().max(MAX_EVIDENCE_TITLE_LENGTH, 'titleTooLong').optional()),
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

/** An absolute http(s) address of at most 2,000 characters, without user name or password. */
export const evidenceUrlSchema = z
  .string({ error: 'urlRequired' })
  .trim()
  .min(1, 'urlRequired')
  .max(MAX_EVIDENCE_URL_LENGTH, 'urlTooLong')
  .superRefine((value, context) => {
    let url: URL;
    try {
      url = new URL(value);
    } catch {
      context.addIssue({ code: 'custom', message: 'urlInvalid' });
      return;
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') {
      context.addIssue({ code: 'custom', message: 'urlProtocol' });
    } else if (url.username || url.password || !url.hostname) {
      context.addIssue({ code: 'custom', message: 'urlInvalid' });
    }
  });

export const addLinkEvidenceSchema = z
  .object({ ...evidenceTargetFields, url: evidenceUrlSchema })
  .superRefine(checkEvidenceTarget);

export const removeEvidenceSchema = z.object({
  projectId: z.string().trim().min(1).max(64),
  evidenceId: z.string().trim().min(1).max(64),
});
