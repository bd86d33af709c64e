import * as z from 'zod/mini';
import { noNul } from '@/lib/forms/text-checks';

/**
 * „Person löschen“ (/admin/privacy): the person, and their e-mail address typed again as the
 * confirmation (compared lower-case with the stored one by erasePerson). Messages are keys of
 * `privacy.errors`.
 */
export const erasePersonSchema = z.object({
  userId: z.string().check(noNul, z.minLength(1, 'invalid'), z.maxLength(64, 'invalid')),
  confirmEmail: z.string().check(noNul, z.trim(), z.minLength(1, 'confirmEmailRequired'), z.maxLength(320, 'confirmationMismatch')),
});

export type ErasePersonInput = z.infer<typeof erasePersonSchema>;
