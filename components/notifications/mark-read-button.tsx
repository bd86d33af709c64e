'use client';

import { useState, useTransition } from 'react';
import type { ActionResult } from '@/lib/forms/action-result';
import { buttonClass } from '@/components/ui/button-classes';

/**
 * „Als gelesen markieren“ / „Alle als gelesen markieren“: calls its Server Action (bound on the
 * page); the action refreshes the page. A failure is said next to the button.
 */
export function MarkReadButton({
  action,
  labels,
  variant = 'secondary',
  describedBy,
}: {
  action: () => Promise<ActionResult<{ marked: number }>>;
  labels: { idle: string; pending: string; failed: string };
  variant?: 'primary' | 'secondary';
  /** The id of the text the button acts on (one notification), so its name is clear out of context. */
  describedBy?: string;
}) {
  const [pending, startTransition] = useTransition();
  const [failed, setFailed] = useState(false);
  function onClick() {
    setFailed(false);
    startTransition(async () => {
      try {
        const result = await action();
        if (!result.ok) setFailed(true);
      } catch {
        setFailed(true);
      }
    });
  }
  return (
    <span className="inline-flex flex-wrap items-center gap-2">
      <button type="button" onClick={onClick} disabled={pending} aria-describedby={describedBy} className={buttonClass(variant, 'xs')}>
        {pending ? labels.pending : labels.idle}
      </button>
      <span role="status" className="text-sm text-danger">
        {failed ? labels.failed : ''}
      </span>
    </span>
  );
}
