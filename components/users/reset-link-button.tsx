'use client';

import { useTranslations } from 'next-intl';
import { useState } from 'react';
import type { ActionResult } from '@/lib/forms/action-result';
import { ErrorSummary } from '@/components/ui/error-summary';
import { buttonClass } from '@/components/ui/button-classes';
import { useActionForm } from '@/components/ui/use-action-form';

/** „Link zum Zurücksetzen senden“ on /admin/users/[id]: the user gets a mail with a password-reset link. */
export function ResetLinkButton({ action }: { action: () => Promise<ActionResult<{ email: string }>> }) {
  const t = useTranslations('adminUsers');
  const [sentTo, setSentTo] = useState<string | null>(null);
  const { formError, pending, summaryRef, submit } = useActionForm({
    namespace: 'adminUsers',
    fields: [],
    action: () => action(),
    onSuccess: (data) => setSentTo(data.email),
  });

  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        setSentTo(null);
        submit(undefined);
      }}
      className="space-y-3"
    >
      <ErrorSummary ref={summaryRef} title={t('errorSummary')} formError={formError} fields={[]} />
      <button type="submit" disabled={pending} className={buttonClass('secondary', 'sm')}>
        {pending ? t('reset.sending') : t('reset.submit')}
      </button>
      <p role="status" className="font-semibold">
        {sentTo ? t('reset.sent', { email: sentTo }) : ''}
      </p>
    </form>
  );
}
