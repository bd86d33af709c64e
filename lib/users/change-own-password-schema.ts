import * as z from 'zod/mini';
import { checkNewPassword } from '@/lib/users/reset-password-schema';

/**
 * „Passwort ändern“ on /account: the current password, and a new one by the rules of registration
 * (checked against the account's own address, which the server fills in). Messages are keys of
 * `accountSettings.errors`.
 */
export const changeOwnPasswordSchema = z
  .object({
    email: z.string(),
    currentPassword: z.string().check(z.minLength(1, 'currentPasswordRequired'), z.maxLength(1000, 'wrongPassword')),
    password: z.string(),
    passwordConfirmation: z.string(),
  })
  .check(z.superRefine((input, ctx) => checkNewPassword(input, ctx)));

export type ChangeOwnPasswordInput = z.input<typeof changeOwnPasswordSchema>;
