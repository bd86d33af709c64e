'use client';

import { useTranslations } from 'next-intl';
import { DEFAULT_LOCALE, LOCALES, LOCALE_NAMES, type Locale } from '@/lib/i18n/config';
import type { ActionResult } from '@/lib/forms/action-result';
import { ErrorSummary } from '@/components/ui/error-summary';
import { BUTTON_PRIMARY } from '@/components/ui/button-classes';
import { useActionForm } from '@/components/ui/use-action-form';

/** Each language in its own words (like the header's switch). */
const LANGUAGES = LOCALES.map((code) => ({ code, name: LOCALE_NAMES[code] }));

type Values = { locale: string };

/**
 * „Sprache“ on /account: the account's language (pages after sign-in, mails). Saving also switches
 * this browser (the action sets the language cookie); the page loads again in the new language.
 */
export function LanguageForm({ locale, action }: { locale: Locale; action: (input: Values) => Promise<ActionResult<{ locale: Locale }>> }) {
  const t = useTranslations('accountSettings');
  const { errors, formError, pending, summaryRef, submit, summaryFields } = useActionForm({
    namespace: 'accountSettings',
    fields: ['locale'],
    schema: () => import('@/lib/users/change-own-locale-schema').then((m) => m.changeOwnLocaleSchema),
    action,
    // A full load: the header, the page and its messages all change language.
    onSuccess: () => window.location.reload(),
  });

  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    submit({ locale: String(new FormData(event.currentTarget).get('locale') ?? '') });
  }

  return (
    <form onSubmit={onSubmit} noValidate className="max-w-xl space-y-4">
      <ErrorSummary ref={summaryRef} title={t('errorSummary')} formError={formError} fields={summaryFields(() => t('language.legend'), () => `locale-${DEFAULT_LOCALE}`)} />
      <fieldset aria-describedby={errors.locale ? 'locale-error' : undefined}>
        <legend className="mb-2 font-semibold">{t('language.legend')}</legend>
        <ul className="space-y-2">
          {LANGUAGES.map(({ code, name }) => (
            <li key={code} className="flex items-center gap-2">
              <input type="radio" id={`locale-${code}`} name="locale" value={code} defaultChecked={code === locale} className="h-5 w-5" />
              <label htmlFor={`locale-${code}`} lang={code}>
                {name}
              </label>
            </li>
          ))}
        </ul>
        {errors.locale && (
          <p id="locale-error" className="mt-1 text-sm font-semibold text-danger">
            {errors.locale.join(' ')}
          </p>
        )}
      </fieldset>
      <button type="submit" disabled={pending} className={BUTTON_PRIMARY}>
        {pending ? t('language.submitting') : t('language.submit')}
      </button>
    </form>
  );
}
