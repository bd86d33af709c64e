'use client';

import { LOCALES, type Locale } from '@/lib/i18n/config';
import { useLocalPathname } from '@/components/shell/use-local-pathname';

const NAMES = { de: 'Deutsch', en: 'English' } as const;

/**
 * Deutsch / English as two small forms: works without JavaScript and keeps the current page
 * (and its query, when JavaScript runs). `action` is setLocale (app/_actions).
 */
export function LanguageSwitch({ action, locale, label }: { action: (formData: FormData) => Promise<void>; locale: Locale; label: string }) {
  const pathname = useLocalPathname();
  // A cached page is the same for every query, so the query joins the return path in the
  // browser, just before the form is sent (the server's HTML has the path alone).
  const withQuery = (event: React.FormEvent<HTMLFormElement>) => {
    const returnTo = event.currentTarget.elements.namedItem('returnTo');
    if (returnTo instanceof HTMLInputElement) returnTo.value = `${pathname}${window.location.search}`;
  };
  return (
    <nav aria-label={label}>
      <ul className="flex gap-1 text-sm">
        {LOCALES.map((code) => (
          <li key={code}>
            <form action={action} onSubmit={withQuery}>
              <input type="hidden" name="locale" value={code} />
              <input type="hidden" name="returnTo" value={pathname} />
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
