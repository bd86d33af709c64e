import { z } from 'zod';
import { MAX_EVIDENCE_URL_LENGTH } from '@/lib/evidence/evidence-rules';
import { checkEvidenceTarget, evidenceTargetFields } from '@/lib/evidence/evidence-target-schema';

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

export type AddLinkEvidenceInput = z.infer<typeof addLinkEvidenceSchema>;
