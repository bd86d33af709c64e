'use client';

import { buttonClass } from '@/components/ui/button-classes';
import { useErrorTexts } from '@/components/shell/error-texts';

export function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useErrorTexts();
  return (
    <div role="alert">
      <h1 className="mb-4 text-3xl font-bold text-brand-900">{t.title}</h1>
      <p className="mb-6">{t.text}</p>
      <button type="button" onClick={reset} className={buttonClass('primary', 'sm')}>
        {t.retry}
      </button>
    </div>
  );
}
