import * as z from 'zod/mini';
import { noNul } from '@/lib/forms/text-checks';

/** Sign-in form and credentials provider. Messages are keys of the `auth.errors` catalogue. */
export const signInSchema = z.object({
  email: z.string().check(noNul, z.trim(), z.minLength(1, 'emailRequired'), z.maxLength(320, 'invalid')),
  password: z.string().check(noNul, z.minLength(1, 'passwordRequired'), z.maxLength(1024, 'invalid')),
  /** The second step of two-factor sign-in: a code from the app or a recovery code (ADR 023). */
  code: z.optional(z.string().check(noNul, z.trim(), z.maxLength(64, 'codeInvalid'))),
});

export type SignInInput = z.infer<typeof signInSchema>;
