import * as z from 'zod/mini';
import { noNul } from '@/lib/forms/text-checks';
import { registerApplicantSchema } from '@/lib/registration/register-applicant-schema';

/**
 * „E-Mail-Adresse ändern“ on /account: the new address (the rule of registration) and the current
 * password. Messages are keys of `accountSettings.errors`.
 */
export const requestEmailChangeSchema = z.object({
  email: registerApplicantSchema.shape.email,
  currentPassword: z.string().check(z.minLength(1, 'currentPasswordRequired'), z.maxLength(1000, 'wrongPassword'), noNul),
});

export type RequestEmailChangeInput = z.input<typeof requestEmailChangeSchema>;
