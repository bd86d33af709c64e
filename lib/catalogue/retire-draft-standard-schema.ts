import * as z from 'zod/mini';
import { standardKeySchema } from '@/lib/catalogue/catalogue-text-rules';

/** Marks a standard of the draft as retired („entfällt“), or takes it back in (`retired: false`). */
export const retireDraftStandardSchema = z.strictObject({
  key: standardKeySchema,
  retired: z.boolean('invalid'),
});

export type RetireDraftStandardInput = z.infer<typeof retireDraftStandardSchema>;
