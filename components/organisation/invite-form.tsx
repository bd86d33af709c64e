'use client';

import { useRef, useState } from 'react';
import { useTranslations } from 'next-intl';
import type { ActionResult } from '@/lib/forms/action-result';
import { ErrorSummary } from '@/components/ui/error-summary';
import { UncontrolledTextField } from '@/components/ui/text-field';
import { BUTTON_PRIMARY } from '@/components/ui/button-classes';
import { useActionForm } from '@/components/ui/use-action-form';

type Values = { email: string };

/** „Kolleg/in einladen“: an e-mail address → invitation mail. */
export function InviteForm({ action }: { action: (input: Values) => Promise<ActionResult<{ email: string }>> }) {
  const t = useTranslations('organisation');
  const formRef = useRef<HTMLFormElement>(null);
  const [sentTo, setSentTo] = useState<string | null>(null);
  const { errors, formError, pending, summaryRef, submit, summaryFields } = useActionForm({
    namespace: 'organisation',
    fields: ['email'],
    schema: () => import('@/lib/organisations/invite-colleague-schema').then((m) => m.inviteColleagueSchema),
    action,
    onSuccess: (data) => {
      formRef.current?.reset();
      setSentTo(data.email);
    },
  });

  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSentTo(null);
    submit({ email: String(new FormData(event.currentTarget).get('invite-email') ?? '') });
  }

  return (
    <form ref={formRef} onSubmit={onSubmit} noValidate className="max-w-md space-y-4">
      <ErrorSummary ref={summaryRef} title={t('errorSummary')} formError={formError} fields={summaryFields(() => t('inviteEmail'), () => 'invite-email')} />
      <UncontrolledTextField id="invite-email" type="email" autoComplete="off" required label={t('inviteEmail')} errors={errors.email} />
      <button type="submit" disabled={pending} className={BUTTON_PRIMARY}>
        {pending ? t('inviting') : t('inviteSubmit')}
      </button>
      <p role="status" className="font-semibold">
        {sentTo ? t('inviteSent', { email: sentTo }) : ''}
      </p>
    </form>
  );
}
