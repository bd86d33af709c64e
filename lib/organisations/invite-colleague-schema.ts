import * as z from 'zod/mini';

/** „Kolleg/in einladen“ (/organisation). Messages are keys of `organisation.errors`. */
export const inviteColleagueSchema = z.object({
  email: z.pipe(
    z.string().check(z.trim(), z.minLength(1, 'emailRequired'), z.maxLength(320, 'emailInvalid')),
    z.email('emailInvalid'),
  ),
});
