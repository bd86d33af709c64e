import { notFound } from 'next/navigation';
import { setRequestLocale } from 'next-intl/server';
import { LOCALES, isLocale, type Locale } from '@/lib/i18n/config';

export type LocaleParams = Promise<{ locale: string }>;

/**
 * The locale of a layout or page from its `[locale]` segment (next.config.js rewrites to it), handed
 * to next-intl so that nothing reads the request for it — which lets the public pages render
 * once per language (ADR 011). Call it first in every layout and page that may be cached.
 */
export async function pageLocale(params: LocaleParams): Promise<Locale> {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  setRequestLocale(locale);
  return locale;
}

/** `generateStaticParams` of a page that is rendered at build time, once per language. */
export const localeParams = () => LOCALES.map((locale) => ({ locale }));
