'use client';

import Link from 'next/link';
import { useTranslations } from 'next-intl';
import { useAssessment } from '@/components/assessment/assessment-context';

/** `href`: the phase's page (the overview links its phases; a phase page has its own navigation). */
type PhaseInfo = { key: string; title: string; standardKeys: string[]; href?: string };

/** Progress per phase and overall, live while answers change. */
export function ProgressPanel({ phases }: { phases: PhaseInfo[] }) {
  const t = useTranslations('assessment');
  const { completeness } = useAssessment();
  const count = (keys: string[]) => keys.filter((key) => completeness[key]?.complete).length;
  const allKeys = phases.flatMap((phase) => phase.standardKeys);
  const complete = count(allKeys);
  return (
    <section aria-labelledby="progress-heading" className="rounded-lg bg-brand-50 p-5">
      <h2 id="progress-heading" className="mb-2 text-xl font-semibold text-brand-900">
        {t('progress.heading')}
      </h2>
      <p className="mb-3 font-medium" data-testid="progress-overall">
        {t('progress.overall', { complete, total: allKeys.length })}
      </p>
      <progress value={complete} max={allKeys.length} className="mb-4 h-3 w-full" aria-label={t('progress.overall', { complete, total: allKeys.length })} />
      <ul className="grid gap-2 md:grid-cols-3">
        {phases.map((phase) => {
          const done = count(phase.standardKeys);
          return (
            <li key={phase.key} className="text-sm">
              {phase.href ? (
                <Link href={phase.href} className="text-brand-800 underline" data-testid={`phase-link-${phase.key}`}>
                  {phase.title}
                </Link>
              ) : (
                phase.title
              )}
              : <span data-testid={`progress-${phase.key}`}>{t('progress.phase', { complete: done, total: phase.standardKeys.length })}</span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
