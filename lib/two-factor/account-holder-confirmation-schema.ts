import * as z from 'zod/mini';
import { noNul } from '@/lib/forms/text-checks';

/**
 * Switching two-factor sign-in off and making new recovery codes (/account/two-factor): a current
 * code or the password. Messages are keys of `twoFactor.errors`.
 */
export const accountHolderConfirmationSchema = z.object({
  confirmation: z.string().check(noNul, z.minLength(1, 'confirmationRequired'), z.maxLength(1024, 'confirmationInvalid')),
});
