import { z } from 'zod';

/** „Kolleg/in einladen“ (/organisation). Messages are keys of `organisation.errors`. */
export const inviteColleagueSchema = z.object({
  email: z.string().trim().min(1, 'emailRequired').max(320, 'emailInvalid').pipe(z.email('emailInvalid')),
});

