import { LOCALES, type Locale } from '@/lib/i18n/config';
import { ACCESSIBILITY_SETTING_DEFINITIONS } from '@/lib/settings/accessibility-settings';

/**
 * The portal's settings: every key, its type, bounds and default, and the name of its form field
 * (zod-free: the settings form renders from it). Stored in the `Setting` table (key → JSON value)
 * only once an administrator changes one; a missing row means the default.
 *
 * Add a setting: one entry here, one field in `updateSettingsSchema`
 * (lib/settings/update-settings-schema.ts; a type check fails until both agree), its label and
 * hint in `settings.json` (`fields.<field>`; the Barrierefreiheitserklärung's in `accessibility.json`),
 * and read it with `getSettings()`. Types: boolean, integer (min/max), email, text (maxLength),
 * url, date (yyyy-mm-dd or empty), choice (one of `choices`) and localizedText (one text per
 * locale, `{ de, en }`).
 */
export const SETTING_DEFINITIONS = {
  /** „Vier-Augen-Prinzip“: „Annehmen“ and „Ablehnen“ need a second officer's confirmation. */
  'review.fourEyes': { field: 'reviewFourEyes', type: 'boolean', default: false },
  /** Unassigned submissions waiting longer than this many days are highlighted in the review queue. */
  'review.highlightDays': { field: 'reviewHighlightDays', type: 'integer', min: 1, max: 60, default: 5 },
  /** The address every mail names for questions (a line at the end of the mail); empty: none. */
  'mail.contactAddress': { field: 'mailContactAddress', type: 'email', maxLength: 254, default: '' },
  /**
   * Retention (lib/privacy/apply-retention.ts, a daily job), in days. Accounts whose address was
   * never confirmed expire after this many days (no confirmation, no new link, the address free
   * for a new registration: lib/registration/unconfirmed-account-expiry.ts, ADR 024) and are
   * deleted by the job if they created no project.
   */
  'retention.unconfirmedAccountDays': { field: 'retentionUnconfirmedAccountDays', type: 'integer', min: 1, max: 3650, default: 7 },
  /** Confirmation and password-reset links: deleted this many days after they were used or expired. */
  'retention.tokenDays': { field: 'retentionTokenDays', type: 'integer', min: 1, max: 3650, default: 30 },
  /** Sign-in attempts (throttling needs 15 minutes of them). */
  'retention.loginAttemptDays': { field: 'retentionLoginAttemptDays', type: 'integer', min: 1, max: 3650, default: 90 },
  /** Rate-limit rows (the limits need one hour of them). */
  'retention.rateLimitDays': { field: 'retentionRateLimitDays', type: 'integer', min: 1, max: 3650, default: 7 },
  /** The mail log's bodies are blanked after this many days (recipient, subject and status stay). */
  'retention.mailBodyDays': { field: 'retentionMailBodyDays', type: 'integer', min: 1, max: 3650, default: 90 },
  /** Evidence files per project, all versions (also of removed evidence) together: at most this many megabytes (MiB)… */
  'evidence.quotaMegabytes': { field: 'evidenceQuotaMegabytes', type: 'integer', min: 1, max: 100_000, default: 200 },
  /** …and at most this many files (lib/evidence/assert-evidence-quota.ts). */
  'evidence.quotaFiles': { field: 'evidenceQuotaFiles', type: 'integer', min: 1, max: 100_000, default: 100 },
  ...ACCESSIBILITY_SETTING_DEFINITIONS,
} as const;

export type SettingKey = keyof typeof SETTING_DEFINITIONS;

type ValueOf<D> = D extends { type: 'boolean' }
  ? boolean
  : D extends { type: 'integer' }
    ? number
    : D extends { type: 'choice'; choices: readonly (infer Choice)[] }
      ? Choice
      : D extends { type: 'localizedText' }
        ? Record<Locale, string>
        : D extends { type: 'email' | 'text' | 'url' | 'date' }
          ? string
          : never;

/** Every setting with its current value. */
export type Settings = { -readonly [K in SettingKey]: ValueOf<(typeof SETTING_DEFINITIONS)[K]> };

/** A setting's form field name (no dots: field errors are keyed by it). */
export type SettingField = (typeof SETTING_DEFINITIONS)[SettingKey]['field'];

export const SETTING_KEYS = Object.keys(SETTING_DEFINITIONS) as SettingKey[];

export const SETTING_FIELDS = SETTING_KEYS.map((key) => SETTING_DEFINITIONS[key].field) as SettingField[];

/** A setting's default; a localized text's is empty in every language. */
function defaultOf(key: SettingKey): unknown {
  const definition = SETTING_DEFINITIONS[key];
  return definition.type === 'localizedText' ? Object.fromEntries(LOCALES.map((locale) => [locale, ''])) : definition.default;
}

export const SETTING_DEFAULTS: Settings = Object.fromEntries(SETTING_KEYS.map((key) => [key, defaultOf(key)])) as Settings;

/** The setting key of a form field. */
export function settingKeyOf(field: SettingField): SettingKey {
  return SETTING_KEYS.find((key) => SETTING_DEFINITIONS[key].field === field)!;
}
