import * as z from 'zod/mini';
import { noNul } from '@/lib/forms/text-checks';
import { checkPassword } from '@/lib/registration/password-rules';
import { personNameSchema } from '@/lib/users/person-name-schema';

/** One line of text: no line breaks (names end up in mail subjects). */
const line = (max: number, tooLong: string) =>
  z.string().check(noNul, 
    z.trim(),
    z.maxLength(max, tooLong),
    z.refine((value) => !/[\r\n]/.test(value), 'lineBreak'),
  );

/**
 * Registration of an applicant (/register): the person, and either a new organisation or an
 * invitation token to join one. Used by the form (client) and the action (server); messages are
 * keys of the `register.errors` catalogue.
 */
export const registerApplicantSchema = z
  .object({
    name: personNameSchema,
    email: z.pipe(
      z.string().check(noNul, z.trim(), z.minLength(1, 'emailRequired'), z.maxLength(320, 'emailInvalid')),
      z.email('emailInvalid'),
    ),
    password: z.string().check(noNul),
    passwordConfirmation: z.string().check(noNul),
    invitation: z.optional(z.string().check(noNul, z.trim(), z.maxLength(200))),
    organisationName: line(200, 'organisationNameTooLong'),
    legalForm: line(100, 'legalFormTooLong'),
    street: line(200, 'streetTooLong'),
    postalCode: z.string().check(noNul, z.trim()),
    city: line(100, 'cityTooLong'),
  })
  .check(
    z.superRefine((input, ctx) => {
      checkPassword({ password: input.password, email: input.email, ctx, path: ['password'] });
      if (input.password !== input.passwordConfirmation) {
        ctx.addIssue({ code: 'custom', message: 'passwordMismatch', path: ['passwordConfirmation'] });
      }
      if (input.invitation) return;
      const required = (field: 'organisationName' | 'street' | 'city', message: string) => {
        if (!input[field]) ctx.addIssue({ code: 'custom', message, path: [field] });
      };
      required('organisationName', 'organisationNameRequired');
      required('street', 'streetRequired');
      required('city', 'cityRequired');
      if (!input.postalCode) ctx.addIssue({ code: 'custom', message: 'postalCodeRequired', path: ['postalCode'] });
      else if (!/^\d{5}$/.test(input.postalCode)) ctx.addIssue({ code: 'custom', message: 'postalCodeInvalid', path: ['postalCode'] });
    }),
  );

export type RegisterApplicantInput = z.input<typeof registerApplicantSchema>;

export { REGISTER_FIELDS, type RegisterField } from '@/lib/registration/register-fields';
