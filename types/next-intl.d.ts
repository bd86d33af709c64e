import type { Locale } from '@/lib/i18n/config';
import type { Messages } from '@/lib/i18n/messages';

/** Message keys are checked by the compiler: `t('errors.unknown')` compiles only if the key exists. */
declare module 'next-intl' {
  interface AppConfig {
    Locale: Locale;
    Messages: Messages;
  }
}
