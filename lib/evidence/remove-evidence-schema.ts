import { z } from 'zod';

export const removeEvidenceSchema = z.object({
  projectId: z.string().trim().min(1).max(64),
  evidenceId: z.string().trim().min(1).max(64),
});

export type RemoveEvidenceInput = z.infer<typeof removeEvidenceSchema>;
