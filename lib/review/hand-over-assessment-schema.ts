import * as z from 'zod/mini';
import { noNul } from '@/lib/forms/text-checks';

/** „Abgeben“: to which officer, and a note for them (required, like a handover on paper). */
export const handOverSchema = z.object({
  officerId: z.string().check(noNul, z.minLength(1, 'officerRequired'), z.maxLength(100, 'officerRequired')),
  note: z.string().check(noNul, z.trim(), z.minLength(1, 'noteRequired'), z.maxLength(2000, 'noteTooLong')),
});

export type HandOverInput = z.infer<typeof handOverSchema>;
