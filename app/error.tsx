'use client';

import { useTranslations } from 'next-intl';

export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations('errors');
  return (
    <div role="alert">
      <h1 className="mb-4 text-3xl font-bold text-brand-900">{t('errorTitle')}</h1>
      <p className="mb-6">{t('errorText')}</p>
      <button type="button" onClick={reset} className="rounded bg-brand-700 px-4 py-2 font-semibold text-white">
        {t('retry')}
      </button>
    </div>
  );
}
