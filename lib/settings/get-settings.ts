import { db } from '@/lib/db';
import type { DbOrTx } from '@/lib/db/types';
import { LOCALES } from '@/lib/i18n/config';
import { SETTING_DEFAULTS, SETTING_DEFINITIONS, SETTING_KEYS, type SettingKey, type Settings } from '@/lib/settings/setting-definitions';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A stored value if it still fits its definition (bounds may tighten later), else the default. */
function valueOf(key: SettingKey, stored: unknown): Settings[SettingKey] {
  const definition = SETTING_DEFINITIONS[key];
  switch (definition.type) {
    case 'boolean':
      return typeof stored === 'boolean' ? stored : definition.default;
    case 'email':
    case 'text':
    case 'url':
      return typeof stored === 'string' && stored.length <= definition.maxLength ? stored : definition.default;
    case 'date':
      return typeof stored === 'string' && (stored === '' || DATE.test(stored)) ? stored : definition.default;
    case 'choice':
      return (definition.choices as readonly unknown[]).includes(stored) ? (stored as Settings[SettingKey]) : definition.default;
    case 'localizedText': {
      const texts = stored && typeof stored === 'object' ? (stored as Record<string, unknown>) : {};
      return Object.fromEntries(
        LOCALES.map((locale) => {
          const text = texts[locale];
          return [locale, typeof text === 'string' && text.length <= definition.maxLength ? text : ''];
        }),
      ) as Settings[SettingKey];
    }
  }
  return typeof stored === 'number' && Number.isInteger(stored) && stored >= definition.min && stored <= definition.max
    ? stored
    : definition.default;
}

/**
 * Every setting with its value: one query; a setting nobody has changed (no row) has its default.
 * Not scoped: settings are the portal's, read by whoever needs them (the queue's highlight, the
 * four-eyes rule of a decision); only changing them needs `settings:manage`.
 */
export async function getSettings({ db: client = db }: { db?: DbOrTx } = {}): Promise<Settings> {
  const rows = await client.setting.findMany({ where: { key: { in: SETTING_KEYS } }, select: { key: true, value: true } });
  const settings = { ...SETTING_DEFAULTS };
  for (const row of rows) {
    const key = row.key as SettingKey;
    (settings as Record<SettingKey, unknown>)[key] = valueOf(key, row.value);
  }
  return settings;
}
