'use client';

import { useState } from 'react';
import { useTranslations } from 'next-intl';
import type { ActionResult } from '@/lib/forms/action-result';
import { ErrorSummary } from '@/components/ui/error-summary';
import { SentNotice } from '@/components/registration/sent-notice';
import { UncontrolledTextField } from '@/components/ui/text-field';
import { BUTTON_PRIMARY } from '@/components/ui/button-classes';
import { useActionForm } from '@/components/ui/use-action-form';

type Values = { email: string };

/** Request a new confirmation mail by e-mail address; the same answer for every address. */
export function ResendForm({ action }: { action: (input: Values) => Promise<ActionResult<{ email: string }>> }) {
  const t = useTranslations('register');
  const [sentTo, setSentTo] = useState<string | null>(null);
  const { errors, formError, pending, summaryRef, submit, summaryFields } = useActionForm({
    namespace: 'register',
    fields: ['email'],
    schema: () => import('@/lib/registration/resend-confirmation-schema').then((m) => m.resendConfirmationSchema),
    action,
    onSuccess: (data) => setSentTo(data.email),
  });

  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    submit({ email: String(new FormData(event.currentTarget).get('resend-email') ?? '') });
  }

  if (sentTo) return <SentNotice title={t('resend.sentTitle')} text={t('resend.sentText', { email: sentTo })} />;

  return (
    <form onSubmit={onSubmit} noValidate className="max-w-md space-y-5">
      <ErrorSummary ref={summaryRef} title={t('errorSummary')} formError={formError} fields={summaryFields(() => t('resend.email'), () => 'resend-email')} />
      <UncontrolledTextField id="resend-email" type="email" autoComplete="email" required label={t('resend.email')} errors={errors.email} />
      <button type="submit" disabled={pending} className={BUTTON_PRIMARY}>
        {pending ? t('resend.submitting') : t('resend.submit')}
      </button>
    </form>
  );
}
