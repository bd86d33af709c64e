import { getTranslations } from 'next-intl/server';
import { localeParams, pageLocale, type LocaleParams } from '@/lib/i18n/page-locale';
import { HomeAccountLink } from '@/components/shell/home-account-link';
import { buttonClass } from '@/components/ui/button-classes';

/** Rendered at build time, once per language; who is signed in is asked in the browser (ADR 011). */
export const dynamic = 'error';
export const generateStaticParams = localeParams;

export default async function HomePage({ params }: { params: LocaleParams }) {
  await pageLocale(params);
  const t = await getTranslations('home');
  return (
    <>
      <h1 className="mb-4 text-3xl font-bold text-brand-900">{t('title')}</h1>
      <p className="mb-8 max-w-3xl text-lg">{t('intro')}</p>
      <div className="flex flex-wrap gap-4">
        <a href="/standards" className={buttonClass('primary')}>
          {t('readStandards')}
        </a>
        <HomeAccountLink labels={{ signIn: t('signIn'), goHome: t('goHome') }} />
      </div>
    </>
  );
}
