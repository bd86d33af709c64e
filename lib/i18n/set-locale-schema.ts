import { z } from 'zod';
import { LOCALES } from '@/lib/i18n/config';

export const setLocaleSchema = z.object({
  locale: z.enum(LOCALES),
  /** Where to return to; only same-site paths. */
  returnTo: z
    .string()
    .regex(/^\/(?!\/)[^\s]*$/)
    .catch('/'),
});
