import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { getCurrentUser } from '@/lib/auth/current-user';
import { ROLE_HOME } from '@/lib/auth/permissions';
import { buttonClass } from '@/components/ui/button-classes';

export default async function HomePage() {
  const [t, user] = await Promise.all([getTranslations('home'), getCurrentUser()]);
  return (
    <>
      <h1 className="mb-4 text-3xl font-bold text-brand-900">{t('title')}</h1>
      <p className="mb-8 max-w-3xl text-lg">{t('intro')}</p>
      <div className="flex flex-wrap gap-4">
        <Link href="/standards" className={buttonClass('primary')}>
          {t('readStandards')}
        </Link>
        {user ? (
          <Link href={ROLE_HOME[user.role]} className={buttonClass('secondary')}>
            {t('goHome')}
          </Link>
        ) : (
          <Link href="/login" className={buttonClass('secondary')}>
            {t('signIn')}
          </Link>
        )}
      </div>
    </>
  );
}
