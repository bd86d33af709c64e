import Link from 'next/link';
import { getTranslations } from 'next-intl/server';

export default async function NotFound() {
  const t = await getTranslations('errors');
  return (
    <>
      <h1 className="mb-4 text-3xl font-bold text-brand-900">{t('notFoundTitle')}</h1>
      <p className="mb-6">{t('notFoundText')}</p>
      <Link href="/" className="text-brand-800 underline">
        {t('backHome')}
      </Link>
    </>
  );
}
