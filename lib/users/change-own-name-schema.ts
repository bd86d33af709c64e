import * as z from 'zod/mini';
import { registerApplicantSchema } from '@/lib/registration/register-applicant-schema';

/**
 * „Name ändern“ on /account: the same rule for a person's name as registration (whatever it
 * becomes there applies here too). Messages are keys of `register.errors`.
 */
export const changeOwnNameSchema = z.object({ name: registerApplicantSchema.shape.name });

export type ChangeOwnNameInput = z.input<typeof changeOwnNameSchema>;
