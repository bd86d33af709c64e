'use client';

import { useState } from 'react';
import Link from 'next/link';
import { useTranslations } from 'next-intl';
import type { ActionResult } from '@/lib/forms/action-result';
import { SentNotice } from '@/components/registration/sent-notice';
import { ErrorSummary } from '@/components/ui/error-summary';
import { UncontrolledTextField } from '@/components/ui/text-field';
import { BUTTON_PRIMARY } from '@/components/ui/button-classes';
import { useActionForm } from '@/components/ui/use-action-form';

type Values = { email: string };

/** „Passwort vergessen?“: the address; the same answer whether it has an account or not. */
export function ForgotPasswordForm({ action }: { action: (input: Values) => Promise<ActionResult<{ email: string }>> }) {
  const t = useTranslations('passwordForgot');
  const [sentTo, setSentTo] = useState<string | null>(null);
  const { errors, formError, pending, summaryRef, submit, summaryFields } = useActionForm({
    namespace: 'passwordForgot',
    fields: ['email'],
    schema: () => import('@/lib/users/request-password-reset-schema').then((m) => m.requestPasswordResetSchema),
    action,
    onSuccess: (data) => setSentTo(data.email),
  });

  if (sentTo) {
    return (
      <SentNotice title={t('sentTitle')} text={t('sentText', { email: sentTo })}>
        <p className="mt-3">
          <Link href="/login" className="underline">
            {t('signIn')}
          </Link>
        </p>
      </SentNotice>
    );
  }

  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    submit({ email: String(new FormData(event.currentTarget).get('forgot-email') ?? '') });
  }

  return (
    <form onSubmit={onSubmit} noValidate className="max-w-md space-y-5">
      <ErrorSummary ref={summaryRef} title={t('errorSummary')} formError={formError} fields={summaryFields(() => t('email'), () => 'forgot-email')} />
      <UncontrolledTextField id="forgot-email" type="email" autoComplete="email" required label={t('email')} errors={errors.email} />
      <button type="submit" disabled={pending} className={BUTTON_PRIMARY}>
        {pending ? t('submitting') : t('submit')}
      </button>
    </form>
  );
}
