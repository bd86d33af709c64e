'use client';

import { useState, useTransition } from 'react';
import { useTranslations } from 'next-intl';
import { invite } from '@/app/(applicant)/organisation/actions';
import { fieldErrorsFrom } from '@/lib/forms/action-result';
import { inviteColleagueSchema } from '@/lib/organisations/invite-colleague-schema';
import { ErrorSummary } from '@/components/ui/error-summary';
import { UncontrolledTextField } from '@/components/ui/text-field';
import { BUTTON_PRIMARY } from '@/components/ui/button-classes';

/** „Kolleg/in einladen“: an e-mail address → invitation mail. */
export function InviteForm() {
  const t = useTranslations('organisation');
  const [errors, setErrors] = useState<string[]>([]);
  const [formError, setFormError] = useState<string | null>(null);
  const [sentTo, setSentTo] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();

  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const input = { email: String(new FormData(form).get('invite-email') ?? '') };
    setSentTo(null);
    const parsed = inviteColleagueSchema.safeParse(input);
    if (!parsed.success) {
      setErrors(fieldErrorsFrom(parsed.error).email ?? []);
      setFormError(null);
      return;
    }
    startTransition(async () => {
      const result = await invite(input).catch(() => ({ ok: false as const, formError: 'unknown', fieldErrors: undefined }));
      if (result.ok) {
        form.reset();
        setErrors([]);
        setFormError(null);
        setSentTo(result.data.email);
        return;
      }
      setErrors(result.fieldErrors?.email ?? []);
      setFormError(result.formError && !result.fieldErrors?.email ? t(`errors.${result.formError}`) : null);
    });
  }

  const messages = errors.map((key) => t(`errors.${key}`));
  return (
    <form onSubmit={onSubmit} noValidate className="max-w-md space-y-4">
      <ErrorSummary
        focusOnShow
        title={t('errorSummary')}
        formError={formError}
        fields={messages.length > 0 ? [{ id: 'invite-email', label: t('inviteEmail'), message: messages.join(' ') }] : []}
      />
      <UncontrolledTextField id="invite-email" type="email" autoComplete="off" required label={t('inviteEmail')} errors={messages} />
      <button type="submit" disabled={pending} className={BUTTON_PRIMARY}>
        {pending ? t('inviting') : t('inviteSubmit')}
      </button>
      <p role="status" className="font-semibold">
        {sentTo ? t('inviteSent', { email: sentTo }) : ''}
      </p>
    </form>
  );
}
