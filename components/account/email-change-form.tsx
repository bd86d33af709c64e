'use client';

import { useRef, useState } from 'react';
import { useTranslations } from 'next-intl';
import type { ActionResult } from '@/lib/forms/action-result';
import { SentNotice } from '@/components/registration/sent-notice';
import { ErrorSummary } from '@/components/ui/error-summary';
import { UncontrolledTextField } from '@/components/ui/text-field';
import { BUTTON_PRIMARY } from '@/components/ui/button-classes';
import { useActionForm } from '@/components/ui/use-action-form';

const FIELDS = ['email', 'currentPassword'] as const;
const IDS = { email: 'new-email', currentPassword: 'email-current-password' } as const;
type Values = { email: string; currentPassword: string };

/** „E-Mail-Adresse“ on /account: the new address and the current password; a link goes to the new address. */
export function EmailChangeForm({ action }: { action: (input: Values) => Promise<ActionResult<{ email: string }>> }) {
  const t = useTranslations('accountSettings');
  const formRef = useRef<HTMLFormElement>(null);
  const [sentTo, setSentTo] = useState<string | null>(null);
  const { errors, formError, pending, summaryRef, submit, summaryFields } = useActionForm({
    namespace: 'accountSettings',
    fields: FIELDS,
    schema: () => import('@/lib/users/request-email-change-schema').then((m) => m.requestEmailChangeSchema),
    action,
    onSuccess: (data) => setSentTo(data.email),
    // The password is never kept after an error.
    onFailure: () => {
      const input = formRef.current?.elements.namedItem(IDS.currentPassword);
      if (input instanceof HTMLInputElement) input.value = '';
    },
  });

  if (sentTo) return <SentNotice headingLevel={3} title={t('email.sentTitle')} text={t('email.sentText', { email: sentTo })} />;

  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    submit({ email: String(data.get(IDS.email) ?? ''), currentPassword: String(data.get(IDS.currentPassword) ?? '') });
  }

  return (
    <form ref={formRef} onSubmit={onSubmit} noValidate className="max-w-xl space-y-4">
      <ErrorSummary
        ref={summaryRef}
        title={t('errorSummary')}
        formError={formError}
        fields={summaryFields(
          (field) => t(field === 'email' ? 'email.label' : 'email.currentPassword'),
          (field) => IDS[field],
        )}
      />
      <UncontrolledTextField id={IDS.email} type="email" label={t('email.label')} autoComplete="email" required errors={errors.email} />
      <UncontrolledTextField id={IDS.currentPassword} type="password" label={t('email.currentPassword')} autoComplete="current-password" required errors={errors.currentPassword} />
      <button type="submit" disabled={pending} className={BUTTON_PRIMARY}>
        {pending ? t('email.submitting') : t('email.submit')}
      </button>
    </form>
  );
}
