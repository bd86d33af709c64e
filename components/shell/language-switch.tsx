import { LOCALES, LOCALE_NAMES, type Locale } from '@/lib/i18n/config';

/**
 * One small form per language (Deutsch / English): works without JavaScript and comes back to the current
 * page, query included (setLocale takes it from the request's Referer; the switch reads no
 * request itself, so cached pages can carry it). `action` is setLocale (app/_actions).
 */
export function LanguageSwitch({ action, locale, label }: { action: (formData: FormData) => Promise<void>; locale: Locale; label: string }) {
  return (
    <nav aria-label={label}>
      <ul className="flex gap-1 text-sm">
        {LOCALES.map((code) => (
          <li key={code}>
            <form action={action}>
              <input type="hidden" name="locale" value={code} />
              <button
                type="submit"
                lang={code}
                aria-current={code === locale ? 'true' : undefined}
                className={`rounded px-2 py-1 ${
                  code === locale ? 'bg-brand-800 font-semibold text-white' : 'text-brand-800 underline hover:bg-brand-100'
                }`}
              >
                {LOCALE_NAMES[code]}
              </button>
            </form>
          </li>
        ))}
      </ul>
    </nav>
  );
}
