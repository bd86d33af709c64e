'use client';

import { useTranslations } from 'next-intl';
import { useAssessment } from '@/components/assessment/assessment-context';

/** „Vollständig“ / „Unvollständig“ for one standard, updated while the answer changes. */
export function CompletenessBadge({ standardKey }: { standardKey: string }) {
  const t = useTranslations('assessment');
  const complete = useAssessment().completeness[standardKey]?.complete ?? false;
  return (
    <span
      data-testid={`completeness-${standardKey}`}
      className={`rounded px-2 py-0.5 text-sm font-medium ${complete ? 'bg-green-50 text-success' : 'bg-yellow-50 text-ink'}`}
    >
      {complete ? t('complete') : t('incomplete')}
    </span>
  );
}
