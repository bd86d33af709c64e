import { z } from 'zod';
import { noNul } from '@/lib/forms/text-checks';
import { PASSWORD_MIN_LENGTH } from '@/lib/auth/password';
import { personNameSchema } from '@/lib/users/person-name-schema';

/** Creating an account (admin CLI, seed, later the admin UI). Messages are i18n keys. */
export const createUserSchema = z
  .object({
    email: z.email('emailInvalid').max(320, 'emailInvalid'),
    name: personNameSchema,
    password: z.string().check(noNul).min(PASSWORD_MIN_LENGTH, 'passwordTooShort').max(1024, 'passwordTooLong'),
    role: z.enum(['APPLICANT', 'OFFICER', 'ADMIN']),
    organisationId: z.string().check(noNul).min(1).nullable().default(null),
    emailConfirmed: z.boolean().default(false),
  })
  .refine((input) => (input.role === 'APPLICANT') === (input.organisationId !== null), {
    message: 'organisationRequiredForApplicants',
    path: ['organisationId'],
  });

export type CreateUserInput = z.input<typeof createUserSchema>;
