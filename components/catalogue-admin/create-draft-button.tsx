'use client';

import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import type { ActionResult } from '@/lib/forms/action-result';
import { buttonClass } from '@/components/ui/button-classes';
import { useCatalogueAction } from '@/components/catalogue-admin/use-catalogue-action';

/** „Entwurf anlegen“: makes the draft and opens its editor. */
export function CreateDraftButton({ action }: { action: () => Promise<ActionResult<{ id: string; number: number }>> }) {
  const t = useTranslations('catalogueAdmin');
  const router = useRouter();
  const { run, pending, error } = useCatalogueAction();
  return (
    <div>
      {error && (
        <p role="alert" className="mb-3 rounded border-l-4 border-danger bg-red-50 p-3 font-medium">
          {error}
        </p>
      )}
      <button type="button" disabled={pending} onClick={() => run(action, (draft) => router.push(`/admin/catalogue/${draft.id}`))} className={buttonClass('primary')}>
        {pending ? t('creating') : t('createDraft')}
      </button>
    </div>
  );
}
