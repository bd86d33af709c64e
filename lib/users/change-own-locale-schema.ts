import * as z from 'zod/mini';
import { LOCALES } from '@/lib/i18n/config';

/** „Sprache“ on /account: `accountSettings.errors`. */
export const changeOwnLocaleSchema = z.object({ locale: z.enum(LOCALES, 'localeInvalid') });

export type ChangeOwnLocaleInput = z.input<typeof changeOwnLocaleSchema>;
