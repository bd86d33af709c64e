import { z } from 'zod';

/** /register/resend: the address to send a new confirmation link to (`register.errors.*`). */
export const resendConfirmationSchema = z.object({
  email: z.string().trim().min(1, 'emailRequired').max(320, 'emailInvalid').pipe(z.email('emailInvalid')),
});

