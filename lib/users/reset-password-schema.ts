import * as z from 'zod/mini';
import { noNul } from '@/lib/forms/text-checks';
import { checkPassword } from '@/lib/registration/password-rules';

/**
 * A new password through a reset link (/password/reset): the password rules of registration
 * (lib/registration/password-rules.ts) against the account's address, which the page shows and the
 * server takes from the account itself. Messages are keys of `passwordReset.errors`.
 */
export const resetPasswordSchema = z
  .object({
    email: z.string().check(noNul),
    password: z.string().check(noNul),
    passwordConfirmation: z.string().check(noNul),
  })
  .check(
    z.superRefine((input, ctx) => {
      checkPassword({ password: input.password, email: input.email, ctx, path: ['password'] });
      if (input.password !== input.passwordConfirmation) {
        ctx.addIssue({ code: 'custom', message: 'passwordMismatch', path: ['passwordConfirmation'] });
      }
    }),
  );

export type ResetPasswordInput = z.input<typeof resetPasswordSchema>;
