import { z } from 'zod';
import { safeReturnPath } from '@/lib/auth/safe-return-path';
import { LOCALES } from '@/lib/i18n/config';

export const setLocaleSchema = z.object({
  locale: z.enum(LOCALES),
  /** Where to return to; only same-site paths (anything else returns to the start page). */
  returnTo: z
    .string()
    .transform((value) => safeReturnPath(value) ?? '/')
    .catch('/'),
});
