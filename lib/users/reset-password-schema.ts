import * as z from 'zod/mini';
import { noNul } from '@/lib/forms/text-checks';
import { checkPassword } from '@/lib/registration/password-rules';

/**
 * A new password and its repetition: the password rules of registration
 * (lib/registration/password-rules.ts) against the account's address, and both the same. Shared
 * by the reset link (below) and „Passwort ändern“ (change-own-password-schema.ts).
 */
export function checkNewPassword(input: { email: string; password: string; passwordConfirmation: string }, ctx: z.core.$RefinementCtx): void {
  checkPassword({ password: input.password, email: input.email, ctx, path: ['password'] });
  if (input.password !== input.passwordConfirmation) {
    ctx.addIssue({ code: 'custom', message: 'passwordMismatch', path: ['passwordConfirmation'] });
  }
}

/**
 * A new password through a reset link (/password/reset): the rules of registration against the
 * account's address, which the page shows and the server takes from the account itself. Messages
 * are keys of `passwordReset.errors`.
 */
export const resetPasswordSchema = z
  .object({
    email: z.string().check(noNul),
    password: z.string().check(noNul),
    passwordConfirmation: z.string().check(noNul),
  })
  .check(z.superRefine((input, ctx) => checkNewPassword(input, ctx)));

export type ResetPasswordInput = z.input<typeof resetPasswordSchema>;
