/**
 * The address of link evidence, for the form (client, components/evidence/evidence-link-form.tsx)
 * and, inside addLinkEvidenceSchema (lib/evidence/evidence-schemas.ts), the route handler and
 * addLinkEvidence (server). zod/mini, so the form does not ship the whole of zod. Messages are
 * i18n keys of the `evidence.errors` namespace.
 */
import * as z from 'zod/mini';
import { noNul } from '@/lib/forms/text-checks';
import { MAX_EVIDENCE_URL_LENGTH } from '@/lib/evidence/evidence-rules';

/** An absolute http(s) address of at most 2,000 characters, without user name or password. */
export const evidenceUrlSchema = z.string({ error: 'urlRequired' }).check(noNul, 
  z.trim(),
  z.minLength(1, 'urlRequired'),
  z.maxLength(MAX_EVIDENCE_URL_LENGTH, 'urlTooLong'),
  z.superRefine((value, context) => {
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
  }),
);
