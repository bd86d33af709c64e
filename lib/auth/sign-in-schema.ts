import { z } from 'zod';

/** Sign-in form and credentials provider. Messages are keys of the `auth.errors` catalogue. */
export const signInSchema = z.object({
  email: z.string().trim().min(1, 'emailRequired').max(320, 'invalid'),
  password: z.string().min(1, 'passwordRequired').max(1024, 'invalid'),
});

export type SignInInput = z.infer<typeof signInSchema>;
