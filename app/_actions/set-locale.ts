'use server';

import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { setLocaleCookie } from '@/lib/i18n/locale-cookie';
import { setLocaleSchema } from '@/lib/i18n/set-locale-schema';

/** The page the switch was used on: the Referer of the browser's POST, when it is this site's. */
async function refererPath(): Promise<string | null> {
  const requestHeaders = await headers();
  const referer = requestHeaders.get('referer');
  if (!referer) return null;
  try {
    const url = new URL(referer);
    return url.host === (requestHeaders.get('x-forwarded-host') ?? requestHeaders.get('host')) ? `${url.pathname}${url.search}` : null;
  } catch {
    return null;
  }
}

/**
 * Language switch (public: the choice is only a cookie, it changes no data). Returns to the page
 * it was used on, query included: the switch is part of cached pages, which cannot name it. The
 * account's language („Sprache“ on /account) sets the same cookie at every sign-in (ADR 022).
 */
export async function setLocale(formData: FormData) {
  const parsed = setLocaleSchema.safeParse({
    locale: formData.get('locale'),
    returnTo: formData.get('returnTo') ?? (await refererPath()) ?? '/',
  });
  if (!parsed.success) return;
  await setLocaleCookie(parsed.data.locale);
  redirect(parsed.data.returnTo);
}
