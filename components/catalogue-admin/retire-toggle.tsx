'use client';

import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import type { ActionResult } from '@/lib/forms/action-result';
import { buttonClass } from '@/components/ui/button-classes';
import { useCatalogueAction } from '@/components/catalogue-admin/use-catalogue-action';

/** „Als „entfällt“ markieren“ / „Wieder aufnehmen“ for one standard of the draft. */
export function RetireToggle({
  standardKey,
  retired,
  action,
}: {
  standardKey: string;
  retired: boolean;
  action: (input: unknown) => Promise<ActionResult<{ retired: boolean }>>;
}) {
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
      <button
        type="button"
        disabled={pending}
        onClick={() => run(() => action({ key: standardKey, retired: !retired }), () => router.refresh())}
        className={buttonClass(retired ? 'secondary' : 'dangerOutline', 'sm')}
      >
        {retired ? t('restore') : t('retire')}
      </button>
    </div>
  );
}
