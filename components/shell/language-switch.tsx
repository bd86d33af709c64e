import { headers } from 'next/headers';
import { getLocale, getTranslations } from 'next-intl/server';
import { LOCALES } from '@/lib/i18n/config';

const NAMES = { de: 'Deutsch', en: 'English' } as const;

/** Deutsch / English as two small forms: works without JavaScript, keeps the current page. `action` is setLocale (app/_actions). */
export async function LanguageSwitch({ action }: { action: (formData: FormData) => Promise<void> }) {
  const [t, locale, requestHeaders] = await Promise.all([getTranslations('shell'), getLocale(), headers()]);
  const returnTo = requestHeaders.get('x-portal-path') ?? '/';
  return (
    <nav aria-label={t('languageSwitch')}>
      <ul className="flex gap-1 text-sm">
        {LOCALES.map((code) => (
          <li key={code}>
            <form action={action}>
              <input type="hidden" name="locale" value={code} />
              <input type="hidden" name="returnTo" value={returnTo} />
              <button
                type="submit"
                lang={code}
                aria-current={code === locale ? 'true' : undefined}
                className={`rounded px-2 py-1 ${
                  code === locale ? 'bg-brand-800 font-semibold text-white' : 'text-brand-800 underline hover:bg-brand-100'
                }`}
              >
                {NAMES[code]}
              </button>
            </form>
          </li>
        ))}
      </ul>
    </nav>
  );
}
