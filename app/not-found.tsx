import './globals.css';
import { DEFAULT_LOCALE, LOCALES } from '@/lib/i18n/config';
import { MESSAGES } from '@/lib/i18n/messages';

/**
 * 404 for URLs outside the locale segment (next.config.js sends every page path to app/[locale]/, so
 * this answers only unknown paths under /api and the like). No language is chosen there: the one
 * sentence stands in every language, the default one as the heading (a server component: the
 * catalogues add nothing to the page's JavaScript).
 */
export default function GlobalNotFound() {
  return (
    <html lang={DEFAULT_LOCALE}>
      <body className="mx-auto max-w-3xl px-4 py-8 font-sans text-ink">
        <main>
          <h1 className="mb-4 text-3xl font-bold text-brand-900">{MESSAGES[DEFAULT_LOCALE].errors.notFoundTitle}</h1>
          {LOCALES.filter((locale) => locale !== DEFAULT_LOCALE).map((locale) => (
            <p key={locale} lang={locale} className="mb-6">
              {MESSAGES[locale].errors.notFoundTitle}
            </p>
          ))}
          {/* A plain link: this boundary is part of every page's tree, and next/link here would
              put ~3 kB into every public page's first-load JS (ADR 010). */}
          <a href="/" className="text-brand-800 underline">
            Standards-Portal
          </a>
        </main>
      </body>
    </html>
  );
}
