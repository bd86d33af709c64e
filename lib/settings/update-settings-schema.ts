import * as z from 'zod/mini';
import { LOCALES, type Locale } from '@/lib/i18n/config';
import { noNul } from '@/lib/forms/text-checks';
import { ACCESSIBILITY_CONFORMITY, ACCESSIBILITY_METHODS } from '@/lib/settings/accessibility-settings';
import { SETTING_DEFINITIONS as D, type SettingField } from '@/lib/settings/setting-definitions';

const days = D['review.highlightDays'];
const contact = D['mail.contactAddress'];

/** A retention period in days (all share their bounds). */
const retentionDays = (key: 'retention.unconfirmedAccountDays' | 'retention.tokenDays' | 'retention.loginAttemptDays' | 'retention.rateLimitDays' | 'retention.mailBodyDays') =>
  z.optional(z.int('integerRequired').check(z.minimum(D[key].min, 'retentionDaysRange'), z.maximum(D[key].max, 'retentionDaysRange')));

/** An upload quota of a project (files or megabytes). */
const quota = (key: 'evidence.quotaMegabytes' | 'evidence.quotaFiles') =>
  z.optional(z.int('integerRequired').check(z.minimum(D[key].min, 'quotaRange'), z.maximum(D[key].max, 'quotaRange')));

/** A free text of at most `max` characters (trimmed; empty allowed). */
const text = (max: number) => z.optional(z.string().check(noNul, z.trim(), z.maxLength(max, 'textTooLong')));

/** A day (yyyy-mm-dd) or empty. */
const day = z.optional(z.union([z.literal(''), z.iso.date('dateInvalid')], 'dateInvalid'));

/** One text per locale. */
const localized = (max: number) => {
  const one = z.string().check(noNul, z.trim(), z.maxLength(max, 'textTooLong'));
  return z.optional(z.strictObject(Object.fromEntries(LOCALES.map((locale) => [locale, one])) as Record<Locale, typeof one>));
};

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
  // The Barrierefreiheitserklärung (its own form on /admin/settings/legal/barrierefreiheit).
  accessibilityConformity: z.optional(z.enum(ACCESSIBILITY_CONFORMITY, 'choiceRequired')),
  accessibilityKnownGaps: localized(D['accessibility.knownGaps'].maxLength),
  accessibilityPreparedOn: day,
  accessibilityReviewedOn: day,
  accessibilityMethod: z.optional(z.enum(ACCESSIBILITY_METHODS, 'choiceRequired')),
  accessibilityContactEmail: z.optional(
    z.union([z.literal(''), z.email('emailInvalid').check(z.maxLength(D['accessibility.contactEmail'].maxLength, 'emailInvalid'))], 'emailInvalid'),
  ),
  accessibilityContactPhone: text(D['accessibility.contactPhone'].maxLength),
  accessibilityContactAddress: text(D['accessibility.contactAddress'].maxLength),
  accessibilityEnforcementBody: text(D['accessibility.enforcementBody'].maxLength),
  accessibilityEnforcementUrl: z.optional(
    z.union([z.literal(''), z.url({ protocol: /^https?$/, error: 'urlInvalid' }).check(z.maxLength(D['accessibility.enforcementUrl'].maxLength, 'urlInvalid'))], 'urlInvalid'),
  ),
} satisfies Record<SettingField, unknown>);

export type UpdateSettingsInput = z.infer<typeof updateSettingsSchema>;
