'use client';

import { useTranslations } from 'next-intl';
import { useAssessment } from '@/components/assessment/assessment-context';
import { useErrorText } from '@/components/ui/use-error-text';

/** What is still missing, each item linking to its field (`href`: the standard's phase page). */
export function MissingList({ standards }: { standards: { key: string; number: number; href: string }[] }) {
  const t = useTranslations('assessment');
  const errorText = useErrorText('assessment');
  const { completeness } = useAssessment();
  const missing = standards.filter((standard) => completeness[standard.key] && !completeness[standard.key]!.complete);
  if (missing.length === 0) {
    return (
      <p className="rounded bg-green-50 p-3 font-medium text-success" id="missing-list" tabIndex={-1}>
        {t('missing.none')}
      </p>
    );
  }
  return (
    <details className="rounded border border-brand-100 p-4" id="missing-list" tabIndex={-1}>
      <summary className="cursor-pointer font-semibold text-brand-900">{t('missing.heading', { count: missing.length })}</summary>
      <ul className="mt-2 list-disc space-y-1 pl-6 text-sm" data-testid="missing-list">
        {missing.map((standard) => {
          const problems = completeness[standard.key]!.problems;
          const first = problems[0];
          return (
            <li key={standard.key}>
              <a href={`${standard.href}#${standard.key}-${first?.field ?? 'status'}`} className="text-brand-800 underline">
                {t('missing.item', {
                  number: standard.number,
                  problems: problems.map((problem) => errorText(problem.message)).join(' '),
                })}
              </a>
            </li>
          );
        })}
      </ul>
    </details>
  );
}
