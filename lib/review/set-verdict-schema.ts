import * as z from 'zod/mini';
import { noNul } from '@/lib/forms/text-checks';

/** A verdict on one standard: „In Ordnung“, „Überarbeitung nötig“, or none (taken back). */
export const setVerdictSchema = z.object({
  standardKey: z.string().check(noNul, z.regex(/^std-[a-z0-9-]{1,40}$/, 'standardInvalid')),
  verdict: z.nullable(z.enum(['OK', 'NEEDS_REVISION'])),
});

export type SetVerdictInput = z.infer<typeof setVerdictSchema>;
