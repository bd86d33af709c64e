import * as z from 'zod/mini';
import { SETTING_DEFINITIONS as D, type SettingField } from '@/lib/settings/setting-definitions';

const days = D['review.highlightDays'];
const contact = D['mail.contactAddress'];

/** A retention period in days (all share their bounds). */
const retentionDays = (key: 'retention.unconfirmedAccountDays' | 'retention.tokenDays' | 'retention.loginAttemptDays' | 'retention.rateLimitDays' | 'retention.mailBodyDays') =>
  z.optional(z.int('integerRequired').check(z.minimum(D[key].min, 'retentionDaysRange'), z.maximum(D[key].max, 'retentionDaysRange')));

/** An upload quota of a project (files or megabytes). */
const quota = (key: 'evidence.quotaMegabytes' | 'evidence.quotaFiles') =>
  z.optional(z.int('integerRequired').check(z.minimum(D[key].min, 'quotaRange'), z.maximum(D[key].max, 'quotaRange')));

/**
 * The settings form (/admin/settings): one field per setting, by its form field name
 * (lib/settings/setting-definitions.ts). Every field is optional: only what is sent changes.
 * Messages are keys of `settings.errors`.
 */
export const updateSettingsSchema = z.strictObject({
  reviewFourEyes: z.optional(z.boolean('booleanRequired')),
  reviewHighlightDays: z.optional(
    z.int('integerRequired').check(z.minimum(days.min, 'highlightDaysRange'), z.maximum(days.max, 'highlightDaysRange')),
  ),
  /** Empty removes the line from mails. */
  mailContactAddress: z.optional(
    z.union([z.literal(''), z.email('emailInvalid').check(z.maxLength(contact.maxLength, 'emailInvalid'))], 'emailInvalid'),
  ),
  retentionUnconfirmedAccountDays: retentionDays('retention.unconfirmedAccountDays'),
  retentionTokenDays: retentionDays('retention.tokenDays'),
  retentionLoginAttemptDays: retentionDays('retention.loginAttemptDays'),
  retentionRateLimitDays: retentionDays('retention.rateLimitDays'),
  retentionMailBodyDays: retentionDays('retention.mailBodyDays'),
  evidenceQuotaMegabytes: quota('evidence.quotaMegabytes'),
  evidenceQuotaFiles: quota('evidence.quotaFiles'),
} satisfies Record<SettingField, unknown>);

export type UpdateSettingsInput = z.infer<typeof updateSettingsSchema>;
