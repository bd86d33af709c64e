import * as z from 'zod/mini';

/**
 * Switching two-factor sign-in off and making new recovery codes (/account/two-factor): a current
 * code or the password. Messages are keys of `twoFactor.errors`.
 */
export const accountHolderConfirmationSchema = z.object({
  confirmation: z.string().check(z.minLength(1, 'confirmationRequired'), z.maxLength(1024, 'confirmationInvalid')),
});
