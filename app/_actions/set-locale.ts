'use server';

import { cookies } from 'next/headers';
import { redirect } from 'next/navigation';
import { LOCALE_COOKIE } from '@/lib/i18n/config';
import { setLocaleSchema } from '@/lib/i18n/set-locale-schema';

/** Language switch (public: the choice is only a cookie, it changes no data). */
export async function setLocale(formData: FormData) {
  const parsed = setLocaleSchema.safeParse({
    locale: formData.get('locale'),
    returnTo: formData.get('returnTo') ?? '/',
  });
  if (!parsed.success) return;
  (await cookies()).set(LOCALE_COOKIE, parsed.data.locale, {
    path: '/',
    maxAge: 60 * 60 * 24 * 365,
    sameSite: 'lax',
    httpOnly: false,
  });
  redirect(parsed.data.returnTo);
}
