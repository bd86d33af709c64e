'use client';

import { useState, useTransition } from 'react';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import type { ActionFailure, ActionResult } from '@/lib/forms/action-result';
import { useErrorText } from '@/components/ui/use-error-text';

type Verdict = 'OK' | 'NEEDS_REVISION';

/**
 * The officer's verdict on one standard: two radio buttons, saved at once on change (the
 * choice shows only once the server has it; a refusal puts the old one back and says why).
 */
export function VerdictControl({
  standardKey,
  number,
  initial,
  disabled,
  action,
}: {
  standardKey: string;
  number: number;
  initial: Verdict | null;
  disabled: boolean;
  action: (input: { standardKey: string; verdict: Verdict | null }) => Promise<ActionResult<{ verdict: Verdict | null }>>;
}) {
  const t = useTranslations('review');
  const errorText = useErrorText('review');
  const router = useRouter();
  const [verdict, setVerdict] = useState<Verdict | null>(initial);
  const [message, setMessage] = useState<{ kind: 'saved' | 'error'; text: string } | null>(null);
  const [pending, startTransition] = useTransition();

  function choose(next: Verdict) {
    // While a save runs the radios stay enabled (a disabled radio would lose the keyboard focus): a change waits for it.
    if (pending) return;
    const before = verdict;
    setVerdict(next);
    setMessage(null);
    startTransition(async () => {
      const result = await action({ standardKey, verdict: next }).catch((): ActionFailure => ({ ok: false, formError: 'network' }));
      if (result.ok) {
        setMessage({ kind: 'saved', text: t('verdict.saved') });
        router.refresh();
      } else {
        setVerdict(before);
        setMessage({ kind: 'error', text: errorText(result.formError, result.values) });
      }
    });
  }

  return (
    <fieldset className="mt-4 rounded border-2 border-brand-200 p-3" data-testid={`verdict-${standardKey}`}>
      <legend className="px-1 font-semibold text-brand-900">{t('verdict.legend', { number })}</legend>
      <div className="flex flex-wrap gap-x-6 gap-y-2">
        {(['OK', 'NEEDS_REVISION'] as const).map((value) => (
          <label key={value} className="flex items-center gap-2">
            <input
              type="radio"
              name={`verdict-${standardKey}`}
              value={value}
              checked={verdict === value}
              disabled={disabled}
              aria-disabled={pending || undefined}
              onChange={() => choose(value)}
              className="size-5"
            />
            {t(`verdict.${value}`)}
          </label>
        ))}
      </div>
      <p role="status" className={`mt-1 text-sm ${message?.kind === 'error' ? 'font-semibold text-danger' : 'text-muted'}`}>
        {message?.text ?? ''}
      </p>
    </fieldset>
  );
}
