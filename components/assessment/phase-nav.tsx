'use client';

import { useState } from 'react';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useAssessment } from '@/components/assessment/assessment-context';

export type PhaseNavItem = { href: string; label: string; current?: boolean; testId?: string };

/**
 * Links between the pages of a self-assessment (overview and phases). Leaving a phase first
 * saves every pending answer; when that fails (an invalid field, no connection) the page
 * stays, says so, and nothing typed is lost.
 */
export function PhaseNav({ label, items, className }: { label: string; items: PhaseNavItem[]; className?: string }) {
  const t = useTranslations('assessment');
  const router = useRouter();
  const { flushAll } = useAssessment();
  const [failed, setFailed] = useState(false);

  async function leave(event: React.MouseEvent<HTMLAnchorElement>, href: string) {
    // A new tab or window keeps this page open: nothing to save first.
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    setFailed(false);
    if (await flushAll()) router.push(href);
    else setFailed(true);
  }

  return (
    <nav aria-label={label} className={className}>
      <ul className="flex flex-wrap gap-2">
        {items.map((item) => (
          <li key={item.href}>
            <Link
              href={item.href}
              onClick={(event) => void leave(event, item.href)}
              aria-current={item.current ? 'page' : undefined}
              data-testid={item.testId}
              className={item.current ? 'inline-block rounded bg-brand-800 px-3 py-1 font-semibold text-white' : 'inline-block rounded px-3 py-1 text-brand-800 underline hover:bg-brand-50'}
            >
              {item.label}
            </Link>
          </li>
        ))}
      </ul>
      <p role="alert" className={failed ? 'mt-2 rounded border-l-4 border-danger bg-red-50 p-3 font-medium' : 'sr-only'}>
        {failed ? t('phaseNav.unsaved') : ''}
      </p>
    </nav>
  );
}
