import { getTranslations } from 'next-intl/server';

/**
 * 404 inside the public pages (a catalogue version that does not exist, /standards/7), with the
 * public header and footer. Plain link (ADR 010).
 */
export default async function PublicNotFound() {
  const t = await getTranslations('errors');
  return (
    <>
      <h1 className="mb-4 text-3xl font-bold text-brand-900">{t('notFoundTitle')}</h1>
      <p className="mb-6">{t('notFoundText')}</p>
      <a href="/" className="text-brand-800 underline">
        {t('backHome')}
      </a>
    </>
  );
}
