import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { getCurrentUser } from '@/lib/auth/current-user';
import { ROLE_HOME } from '@/lib/auth/permissions';

export default async function HomePage() {
  const [t, user] = await Promise.all([getTranslations('home'), getCurrentUser()]);
  return (
    <>
      <h1 className="mb-4 text-3xl font-bold text-brand-900">{t('title')}</h1>
      <p className="mb-8 max-w-3xl text-lg">{t('intro')}</p>
      <div className="flex flex-wrap gap-4">
        <Link href="/standards" className="rounded bg-brand-700 px-5 py-2 font-semibold text-white hover:bg-brand-800">
          {t('readStandards')}
        </Link>
        {user ? (
          <Link href={ROLE_HOME[user.role]} className="rounded border border-brand-700 px-5 py-2 font-semibold text-brand-800 hover:bg-brand-50">
            {t('goHome')}
          </Link>
        ) : (
          <Link href="/login" className="rounded border border-brand-700 px-5 py-2 font-semibold text-brand-800 hover:bg-brand-50">
            {t('signIn')}
          </Link>
        )}
      </div>
    </>
  );
}
