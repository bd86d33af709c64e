'use client';

import { useState } from 'react';
import Link from 'next/link';
import { useTranslations } from 'next-intl';
import type { ActionResult } from '@/lib/forms/action-result';
import { SentNotice } from '@/components/registration/sent-notice';
import { ErrorSummary } from '@/components/ui/error-summary';
import { BUTTON_PRIMARY } from '@/components/ui/button-classes';
import { useActionForm } from '@/components/ui/use-action-form';

/** The one button of /account/email/confirm: a POST, so that opening the link changes nothing. */
export function ConfirmEmailChangeForm({ action }: { action: () => Promise<ActionResult<{ email: string }>> }) {
  const t = useTranslations('emailChange');
  const [changedTo, setChangedTo] = useState<string | null>(null);
  const { formError, pending, summaryRef, submit } = useActionForm({
    namespace: 'emailChange',
    fields: [],
    action,
    onSuccess: (data) => setChangedTo(data.email),
  });

  if (changedTo) {
    return (
      <SentNotice title={t('doneTitle')} text={t('doneText', { email: changedTo })}>
        <p className="mt-3">
          <Link href="/account" className="underline">
            {t('toAccount')}
          </Link>
        </p>
      </SentNotice>
    );
  }
  return (
    <form
      method="post"
      onSubmit={(event) => {
        event.preventDefault();
        submit(undefined);
      }}
      className="max-w-xl space-y-4"
    >
      <ErrorSummary ref={summaryRef} title={t('errorSummary')} formError={formError} fields={[]} />
      <button type="submit" disabled={pending} className={BUTTON_PRIMARY}>
        {pending ? t('submitting') : t('submit')}
      </button>
    </form>
  );
}
