import * as z from 'zod/mini';
import { noNul } from '@/lib/forms/text-checks';

/** „Kolleg/in einladen“ (/organisation). Messages are keys of `organisation.errors`. */
export const inviteColleagueSchema = z.object({
  email: z.pipe(
    z.string().check(noNul, z.trim(), z.minLength(1, 'emailRequired'), z.maxLength(320, 'emailInvalid')),
    z.email('emailInvalid'),
  ),
});
