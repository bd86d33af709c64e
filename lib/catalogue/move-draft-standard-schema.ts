import * as z from 'zod/mini';
import { standardKeySchema } from '@/lib/catalogue/catalogue-text-rules';

export const MOVE_DIRECTIONS = ['up', 'down'] as const;

/** Moves a standard one place up or down within its topic (Themenbereich). */
export const moveDraftStandardSchema = z.strictObject({
  key: standardKeySchema,
  direction: z.enum(MOVE_DIRECTIONS, 'invalid'),
});

export type MoveDraftStandardInput = z.infer<typeof moveDraftStandardSchema>;
