import * as z from 'zod/mini';
import { noNul } from '@/lib/forms/text-checks';
import { checkPassword } from '@/lib/registration/password-rules';
import { personNameSchema } from '@/lib/users/person-name-schema';

/**
 * Setting up a staff account from an invitation (/register?invitation=…): name and password (the
 * rules of registration, against the invited address, which the server takes from the
 * invitation). Messages are keys of `register.errors`.
 */
export const acceptStaffInvitationSchema = z
  .object({
    invitation: z.string().check(noNul, z.trim(), z.minLength(1), z.maxLength(200)),
    email: z.string().check(noNul),
    name: personNameSchema,
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

export type AcceptStaffInvitationInput = z.input<typeof acceptStaffInvitationSchema>;
