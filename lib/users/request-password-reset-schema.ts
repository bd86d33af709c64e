import * as z from 'zod/mini';
import { registerApplicantSchema } from '@/lib/registration/register-applicant-schema';

/** „Passwort vergessen?“ (/password/forgot): the address, by the rule of registration. Messages: `passwordForgot.errors`. */
export const requestPasswordResetSchema = z.object({ email: registerApplicantSchema.shape.email });

export type RequestPasswordResetInput = z.input<typeof requestPasswordResetSchema>;
