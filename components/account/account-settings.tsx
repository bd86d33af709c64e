import { getLocale, getTranslations } from 'next-intl/server';
import type { ActionResult } from '@/lib/forms/action-result';
import { IDLE_TIMEOUT_MINUTES } from '@/lib/auth/session-policy';
import { DEFAULT_LOCALE, isLocale, type Locale } from '@/lib/i18n/config';
import type { Role } from '@/lib/auth/permissions';
import { AccountSection } from '@/components/account/account-section';
import { EmailChangeForm } from '@/components/account/email-change-form';
import { LanguageForm } from '@/components/account/language-form';
import { NameForm } from '@/components/account/name-form';
import { PasswordChangeForm } from '@/components/account/password-change-form';
import { ClientMessages } from '@/components/i18n/client-messages';
import { ConfirmActionButton } from '@/components/ui/confirm-action-button';

type Action<I, D> = (input: I) => Promise<ActionResult<D>>;

/**
 * The changes a person makes to their own account on „Mein Konto“ (ADR 022), each in its own
 * section: name, e-mail address (confirmed at the new address), password, language and
 * „Überall abmelden“. The page hands in the account and its Server Actions.
 */
export async function AccountSettings({
  account,
  actions,
}: {
  account: { name: string; email: string; role: Role; locale: string | null };
  actions: {
    changeName: Action<{ name: string }, { name: string }>;
    requestEmailChange: Action<{ email: string; currentPassword: string }, { email: string }>;
    changePassword: Action<{ email: string; currentPassword: string; password: string; passwordConfirmation: string }, null>;
    changeLocale: Action<{ locale: string }, { locale: Locale }>;
    signOutEverywhere: () => Promise<ActionResult<null>>;
  };
}) {
  const [t, pageLocale] = await Promise.all([getTranslations('accountSettings'), getLocale()]);
  const locale: Locale = isLocale(account.locale) ? account.locale : isLocale(pageLocale) ? pageLocale : DEFAULT_LOCALE;
  return (
    <ClientMessages namespaces={['accountSettings', 'register']}>
      <AccountSection id="account-name" heading={t('name.heading')}>
        <NameForm name={account.name} action={actions.changeName} />
      </AccountSection>
      <AccountSection id="account-email" heading={t('email.heading')}>
        <p className="mb-2 break-words">{t('email.current', { email: account.email })}</p>
        <p className="mb-4">{t('email.intro')}</p>
        <EmailChangeForm action={actions.requestEmailChange} />
      </AccountSection>
      <AccountSection id="account-password" heading={t('password.heading')}>
        <p className="mb-4">{t('password.intro')}</p>
        <PasswordChangeForm email={account.email} action={actions.changePassword} />
      </AccountSection>
      <AccountSection id="account-language" heading={t('language.heading')}>
        <p className="mb-4">{t('language.intro')}</p>
        <LanguageForm locale={locale} action={actions.changeLocale} />
      </AccountSection>
      <AccountSection id="account-sessions" heading={t('sessions.heading')}>
        <p className="mb-4">{t('sessions.text', { minutes: IDLE_TIMEOUT_MINUTES[account.role] })}</p>
        <ConfirmActionButton
          label={t('sessions.signOutEverywhere')}
          title={t('sessions.confirmTitle')}
          text={t('sessions.confirmText')}
          confirmLabel={t('sessions.signOutEverywhere')}
          cancelLabel={t('sessions.cancel')}
          namespace="accountSettings"
          action={actions.signOutEverywhere}
          leaveTo="/login?reason=everywhere"
          variant="dangerOutline"
          size="md"
        />
      </AccountSection>
    </ClientMessages>
  );
}
