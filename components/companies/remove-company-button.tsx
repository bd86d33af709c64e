'use client';

import { useRef, useState, useTransition } from 'react';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import type { ActionResult } from '@/lib/forms/action-result';
import { buttonClass } from '@/components/ui/button-classes';
import { useErrorText } from '@/components/ui/use-error-text';

/** „Entfernen“ with a confirmation step; the removal itself is the bound server action. */
export function RemoveCompanyButton({ name, action }: { name: string; action: () => Promise<ActionResult<{ projectId: string }>> }) {
  const t = useTranslations('companies');
  const errorText = useErrorText('companies');
  const router = useRouter();
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const confirmRef = useRef<HTMLButtonElement>(null);
  const openRef = useRef<HTMLButtonElement>(null);

  function remove() {
    startTransition(async () => {
      const result = await action();
      if (result.ok) {
        router.refresh();
        return;
      }
      setError(errorText(result.formError));
    });
  }

  if (!confirming) {
    return (
      <button
        ref={openRef}
        type="button"
        onClick={() => {
          setConfirming(true);
          requestAnimationFrame(() => confirmRef.current?.focus());
        }}
        aria-label={t('removeButton', { name })}
        className={buttonClass('dangerOutline', 'xs')}
      >
        {t('remove')}
      </button>
    );
  }

  return (
    <div role="group" aria-label={t('removeNamed', { name })} className="rounded border border-danger bg-red-50 p-3">
      <p className="mb-2">{t('removeConfirm', { name })}</p>
      {error && (
        <p role="alert" className="mb-2 font-semibold text-danger">
          {error}
        </p>
      )}
      <div className="flex flex-wrap gap-2">
        <button
          ref={confirmRef}
          type="button"
          onClick={remove}
          disabled={pending}
          className={buttonClass('danger', 'xs')}
        >
          {pending ? t('removing') : t('removeYes')}
        </button>
        <button
          type="button"
          onClick={() => {
            setConfirming(false);
            setError(null);
            requestAnimationFrame(() => openRef.current?.focus());
          }}
          className={buttonClass('neutral', 'xs')}
        >
          {t('removeCancel')}
        </button>
      </div>
    </div>
  );
}
