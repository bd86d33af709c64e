'use client';

import { useState } from 'react';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import type { ActionResult } from '@/lib/forms/action-result';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { buttonClass } from '@/components/ui/button-classes';
import { useCatalogueAction } from '@/components/catalogue-admin/use-catalogue-action';

/** „Entwurf verwerfen“ after a confirmation; back to the list of versions. */
export function DiscardDraftButton({ action }: { action: () => Promise<ActionResult<{ number: number }>> }) {
  const t = useTranslations('catalogueAdmin');
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const { run, pending, error } = useCatalogueAction();
  return (
    <div>
      {error && (
        <p role="alert" className="mb-3 rounded border-l-4 border-danger bg-red-50 p-3 font-medium">
          {error}
        </p>
      )}
      <button type="button" onClick={() => setOpen(true)} className={buttonClass('dangerOutline', 'sm')}>
        {t('discard')}
      </button>
      <ConfirmDialog
        open={open}
        title={t('discardTitle')}
        text={t('discardText')}
        confirmLabel={t('discard')}
        cancelLabel={t('cancel')}
        busy={pending}
        onCancel={() => setOpen(false)}
        onConfirm={() =>
          run(action, () => {
            setOpen(false);
            router.push('/admin/catalogue');
          })
        }
      />
    </div>
  );
}
