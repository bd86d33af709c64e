'use client';

import { useState, useTransition } from 'react';
import { useRouter } from 'next/navigation';
import type { ActionFailure, ActionResult } from '@/lib/forms/action-result';
import { useAnnounce } from '@/components/ui/action-status';
import { buttonClass } from '@/components/ui/button-classes';
import { useErrorText } from '@/components/ui/use-error-text';

/**
 * A button that runs one bound Server Action („Übernehmen“, „Bestätigen“) and shows the page
 * again, or says why not. `done` is said in the surrounding ActionStatus, which takes the focus
 * (the button is usually gone with its success). While it runs the button keeps the focus
 * (`aria-disabled`, a repeat is ignored), so a refusal leaves the focus on it.
 */
export function ActionButton({ label, action, testId, done }: { label: string; action: () => Promise<ActionResult<unknown>>; testId?: string; done?: string }) {
  const errorText = useErrorText('review');
  const announce = useAnnounce();
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  return (
    <div>
      {error && (
        <p role="alert" className="mb-3 rounded border-l-4 border-danger bg-red-50 p-3 font-medium">
          {error}
        </p>
      )}
      <button
        type="button"
        data-testid={testId}
        aria-disabled={pending || undefined}
        onClick={() => {
          if (pending) return;
          startTransition(async () => {
            const result = await action().catch((): ActionFailure => ({ ok: false, formError: 'network' }));
            if (result.ok) {
              if (done) announce(done, { focus: true });
              router.refresh();
            } else setError(errorText(result.formError, result.values));
          });
        }}
        className={buttonClass('primary')}
      >
        {label}
      </button>
    </div>
  );
}
