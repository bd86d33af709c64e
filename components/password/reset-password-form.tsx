'use client';

import { useRef, useState } from 'react';
import Link from 'next/link';
import { useTranslations } from 'next-intl';
import type { ActionResult } from '@/lib/forms/action-result';
import { ErrorSummary } from '@/components/ui/error-summary';
import { SentNotice } from '@/components/registration/sent-notice';
import { UncontrolledTextField } from '@/components/ui/text-field';
import { BUTTON_PRIMARY } from '@/components/ui/button-classes';
import { useActionForm } from '@/components/ui/use-action-form';

const FIELDS = ['password', 'passwordConfirmation'] as const;
type Values = { email: string; password: string; passwordConfirmation: string };

/** /password/reset: the new password twice (the rules of registration), sent with the link's token (bound to the action). */
export function ResetPasswordForm({ email, action }: { email: string; action: (input: Values) => Promise<ActionResult<{ email: string }>> }) {
  const t = useTranslations('passwordReset');
  const formRef = useRef<HTMLFormElement>(null);
  const [doneFor, setDoneFor] = useState<string | null>(null);
  const { errors, formError, pending, summaryRef, submit, summaryFields } = useActionForm({
    namespace: 'passwordReset',
    fields: FIELDS,
    schema: () => import('@/lib/users/reset-password-schema').then((m) => m.resetPasswordSchema),
    action,
    onSuccess: (data) => setDoneFor(data.email),
    // Passwords are never kept after an error.
    onFailure: () => {
      for (const name of FIELDS) {
        const input = formRef.current?.elements.namedItem(name);
        if (input instanceof HTMLInputElement) input.value = '';
      }
    },
  });

  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    submit({ email, password: String(data.get('password') ?? ''), passwordConfirmation: String(data.get('passwordConfirmation') ?? '') });
  }

  if (doneFor) {
    return (
      <SentNotice title={t('doneTitle')} text={t('doneText', { email: doneFor })}>
        <p className="mt-3">
          <Link href="/login" className={BUTTON_PRIMARY}>
            {t('signIn')}
          </Link>
        </p>
      </SentNotice>
    );
  }

  return (
    <form ref={formRef} method="post" onSubmit={onSubmit} noValidate className="max-w-xl space-y-4">
      <ErrorSummary ref={summaryRef} title={t('errorSummary')} formError={formError} fields={summaryFields((name) => t(`fields.${name}`))} />
      <p className="text-sm text-muted">{t('requiredHint')}</p>
      {/* The address for password managers, which save the new password under it. */}
      <input type="email" name="username" autoComplete="username" value={email} readOnly hidden />
      <UncontrolledTextField
        id="password"
        type="password"
        label={t('fields.password')}
        hint={t('fields.passwordHint')}
        errors={errors.password}
        required
        autoComplete="new-password"
      />
      <UncontrolledTextField
        id="passwordConfirmation"
        type="password"
        label={t('fields.passwordConfirmation')}
        errors={errors.passwordConfirmation}
        required
        autoComplete="new-password"
      />
      <button type="submit" disabled={pending} className={BUTTON_PRIMARY}>
        {pending ? t('submitting') : t('submit')}
      </button>
    </form>
  );
}
