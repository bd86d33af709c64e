import { z } from 'zod';
import { checkEvidenceTarget, evidenceTargetFields } from '@/lib/evidence/evidence-target-schema';

/** The text fields of a file upload (the file itself is checked by its bytes in addFileEvidence). */
export const addFileEvidenceSchema = z.object(evidenceTargetFields).superRefine(checkEvidenceTarget);

export type AddFileEvidenceInput = z.infer<typeof addFileEvidenceSchema>;
