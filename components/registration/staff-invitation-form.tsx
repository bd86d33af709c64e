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

const FIELDS = ['name', 'password', 'passwordConfirmation'] as const;
type Values = { invitation: string; email: string; name: string; password: string; passwordConfirmation: string };

/** /register with an administrator's invitation: the invited address, name and password → the staff account. */
export function StaffInvitationForm({
  invitation,
  action,
}: {
  invitation: { token: string; email: string };
  action: (input: Values) => Promise<ActionResult<{ email: string }>>;
}) {
  const t = useTranslations('register');
  const formRef = useRef<HTMLFormElement>(null);
  const [doneFor, setDoneFor] = useState<string | null>(null);
  const { errors, formError, pending, summaryRef, submit, summaryFields } = useActionForm({
    namespace: 'register',
    fields: FIELDS,
    schema: () => import('@/lib/users/accept-staff-invitation-schema').then((m) => m.acceptStaffInvitationSchema),
    action,
    onSuccess: (data) => setDoneFor(data.email),
    // Passwords are never kept after an error.
    onFailure: () => {
      for (const name of ['password', 'passwordConfirmation']) {
        const input = formRef.current?.elements.namedItem(name);
        if (input instanceof HTMLInputElement) input.value = '';
      }
    },
  });

  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    submit({
      invitation: invitation.token,
      email: invitation.email,
      name: String(data.get('name') ?? ''),
      password: String(data.get('password') ?? ''),
      passwordConfirmation: String(data.get('passwordConfirmation') ?? ''),
    });
  }

  if (doneFor) {
    return (
      <SentNotice title={t('staff.doneTitle')} text={t('staff.doneText', { email: doneFor })}>
        <p className="mt-3">
          <Link href="/login" className={BUTTON_PRIMARY}>
            {t('signIn')}
          </Link>
        </p>
      </SentNotice>
    );
  }

  return (
    <form ref={formRef} method="post" onSubmit={onSubmit} noValidate className="max-w-2xl space-y-4">
      <ErrorSummary ref={summaryRef} title={t('errorSummary')} formError={formError} fields={summaryFields((name) => t(`fields.${name}`))} />
      <p className="text-sm text-muted">{t('requiredHint')}</p>
      <div>
        <p className="field-label">{t('staff.email')}</p>
        <p className="break-all" data-testid="invited-email">
          {invitation.email}
        </p>
      </div>
      {/* The address for password managers, which save the new password under it. */}
      <input type="email" name="username" autoComplete="username" value={invitation.email} readOnly hidden />
      <UncontrolledTextField id="name" label={t('fields.name')} errors={errors.name} required autoComplete="name" />
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
        {pending ? t('staff.submitting') : t('staff.submit')}
      </button>
    </form>
  );
}
