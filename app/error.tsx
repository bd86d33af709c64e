'use client';

import { useTranslations } from 'next-intl';
import { buttonClass } from '@/components/ui/button-classes';

export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations('errors');
  return (
    <div role="alert">
      <h1 className="mb-4 text-3xl font-bold text-brand-900">{t('errorTitle')}</h1>
      <p className="mb-6">{t('errorText')}</p>
      <button type="button" onClick={reset} className={buttonClass('primary', 'sm')}>
        {t('retry')}
      </button>
    </div>
  );
}
