'use client';

import { usePathname } from 'next/navigation';
import { LOCALES } from '@/lib/i18n/config';

const LOCALE_PREFIX = new RegExp(`^/(${LOCALES.join('|')})(?=/|$)`);

/**
 * The path as the browser shows it. Pages live under app/[locale]/ and next.config.js rewrites to
 * them, so a cached page rendered for `/de/standards` must name itself `/standards`, the same
 * in the server's HTML and in the browser.
 */
export function useLocalPathname(): string {
  return usePathname().replace(LOCALE_PREFIX, '') || '/';
}
