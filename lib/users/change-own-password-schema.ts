import * as z from 'zod/mini';
import { noNul } from '@/lib/forms/text-checks';
import { checkNewPassword } from '@/lib/users/reset-password-schema';

/**
 * „Passwort ändern“ on /account: the current password, and a new one by the rules of registration
 * (checked against the account's own address, which the server fills in). Messages are keys of
 * `accountSettings.errors`.
 */
export const changeOwnPasswordSchema = z
  .object({
    email: z.string().check(noNul),
    currentPassword: z.string().check(z.minLength(1, 'currentPasswordRequired'), z.maxLength(1000, 'wrongPassword'), noNul),
    password: z.string().check(noNul),
    passwordConfirmation: z.string().check(noNul),
  })
  .check(z.superRefine((input, ctx) => checkNewPassword(input, ctx)));

export type ChangeOwnPasswordInput = z.input<typeof changeOwnPasswordSchema>;
