'use client';

import { useState, useTransition } from 'react';
import { useTranslations } from 'next-intl';
import { resend } from '@/app/register/resend/actions';
import { fieldErrorsFrom } from '@/lib/forms/action-result';
import { resendConfirmationSchema } from '@/lib/registration/resend-confirmation-schema';
import { ErrorSummary } from '@/components/ui/error-summary';
import { SentNotice } from '@/components/registration/sent-notice';
import { UncontrolledTextField } from '@/components/ui/text-field';
import { BUTTON_PRIMARY } from '@/components/ui/button-classes';

/** Request a new confirmation mail by e-mail address; the same answer for every address. */
export function ResendForm() {
  const t = useTranslations('register');
  const [errors, setErrors] = useState<string[]>([]);
  const [formError, setFormError] = useState<string | null>(null);
  const [sentTo, setSentTo] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();

  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const input = { email: String(new FormData(event.currentTarget).get('resend-email') ?? '') };
    const parsed = resendConfirmationSchema.safeParse(input);
    if (!parsed.success) {
      setErrors(fieldErrorsFrom(parsed.error).email ?? []);
      setFormError(null);
      return;
    }
    startTransition(async () => {
      const result = await resend(input).catch(() => ({ ok: false as const, formError: 'unknown', fieldErrors: undefined }));
      if (result.ok) return setSentTo(result.data.email);
      setErrors(result.fieldErrors?.email ?? []);
      setFormError(result.formError ? t(`errors.${result.formError}`) : null);
    });
  }

  if (sentTo) return <SentNotice title={t('resend.sentTitle')} text={t('resend.sentText', { email: sentTo })} />;

  const messages = errors.map((key) => t(`errors.${key}`));
  return (
    <form onSubmit={onSubmit} noValidate className="max-w-md space-y-5">
      <ErrorSummary
        focusOnShow
        title={t('errorSummary')}
        formError={formError}
        fields={messages.length > 0 ? [{ id: 'resend-email', label: t('resend.email'), message: messages.join(' ') }] : []}
      />
      <UncontrolledTextField id="resend-email" type="email" autoComplete="email" required label={t('resend.email')} errors={messages} />
      <button type="submit" disabled={pending} className={BUTTON_PRIMARY}>
        {pending ? t('resend.submitting') : t('resend.submit')}
      </button>
    </form>
  );
}
