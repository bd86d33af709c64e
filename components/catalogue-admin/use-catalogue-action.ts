'use client';

import { useState, useTransition } from 'react';
import type { ActionFailure, ActionResult } from '@/lib/forms/action-result';
import { useErrorText } from '@/components/ui/use-error-text';

/**
 * Runs one Server Action of the catalogue editor that has no form fields (create, move, retire,
 * discard): pending state, and the refusal in words (`catalogueAdmin.errors`, else the shared
 * messages); a request that never arrived counts as `network`.
 */
export function useCatalogueAction() {
  const errorText = useErrorText('catalogueAdmin');
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  function run<T>(action: () => Promise<ActionResult<T>>, onSuccess: (data: T) => void) {
    setError(null);
    startTransition(async () => {
      const result = await action().catch((): ActionFailure => ({ ok: false, formError: 'network' }));
      if (result.ok) onSuccess(result.data);
      else setError(errorText(result.formError, result.values));
    });
  }
  return { run, pending, error };
}
