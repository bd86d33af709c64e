import * as z from 'zod/mini';
import { noNul } from '@/lib/forms/text-checks';

/** /register/resend: the address to send a new confirmation link to (`register.errors.*`). */
export const resendConfirmationSchema = z.object({
  email: z.pipe(
    z.string().check(noNul, z.trim(), z.minLength(1, 'emailRequired'), z.maxLength(320, 'emailInvalid')),
    z.email('emailInvalid'),
  ),
});
