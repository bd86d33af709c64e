import * as z from 'zod/mini';

/** /register/resend: the address to send a new confirmation link to (`register.errors.*`). */
export const resendConfirmationSchema = z.object({
  email: z.pipe(
    z.string().check(z.trim(), z.minLength(1, 'emailRequired'), z.maxLength(320, 'emailInvalid')),
    z.email('emailInvalid'),
  ),
});
