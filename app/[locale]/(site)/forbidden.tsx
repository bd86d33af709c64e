import Link from 'next/link';
import { getTranslations } from 'next-intl/server';

export default async function Forbidden() {
  const t = await getTranslations('errors');
  return (
    <>
      <h1 className="mb-4 text-3xl font-bold text-brand-900">{t('forbiddenTitle')}</h1>
      <p className="mb-6">{t('forbiddenText')}</p>
      <Link href="/home" className="text-brand-800 underline">
        {t('backHome')}
      </Link>
    </>
  );
}
