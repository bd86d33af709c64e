'use client';

import { useRef, useState } from 'react';
import Link from 'next/link';
import { useTranslations } from 'next-intl';
import type { ActionResult } from '@/lib/forms/action-result';
import { REGISTER_FIELDS, type RegisterField } from '@/lib/registration/register-fields';
import { ErrorSummary } from '@/components/ui/error-summary';
import { SentNotice } from '@/components/registration/sent-notice';
import { UncontrolledTextField } from '@/components/ui/text-field';
import { BUTTON_PRIMARY } from '@/components/ui/button-classes';
import { useActionForm } from '@/components/ui/use-action-form';

const ORGANISATION_FIELDS: readonly RegisterField[] = ['organisationName', 'legalForm', 'street', 'postalCode', 'city'];
const PERSON_FIELDS = REGISTER_FIELDS.filter((field) => !ORGANISATION_FIELDS.includes(field));

type Values = Record<string, string>;

/** /register: the person, and a new organisation or the inviting one. */
export function RegisterForm({
  invitation,
  action,
}: {
  invitation?: { token: string; organisationName: string; email: string };
  action: (input: Values) => Promise<ActionResult<{ email: string }>>;
}) {
  const t = useTranslations('register');
  const formRef = useRef<HTMLFormElement>(null);
  const [sentTo, setSentTo] = useState<string | null>(null);
  const { errors, formError, pending, summaryRef, submit, summaryFields } = useActionForm({
    namespace: 'register',
    fields: invitation ? PERSON_FIELDS : REGISTER_FIELDS,
    schema: () => import('@/lib/registration/register-applicant-schema').then((m) => m.registerApplicantSchema),
    action,
    onSuccess: (data) => setSentTo(data.email),
    // Passwords are never kept after an error; everything else stays as typed.
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
    const input: Values = Object.fromEntries(REGISTER_FIELDS.map((field) => [field, String(data.get(field) ?? '')]));
    if (invitation) input.invitation = invitation.token;
    submit(input);
  }

  if (sentTo) {
    return (
      <SentNotice title={t('sentTitle')} text={t('sentText', { email: sentTo })}>
        <p className="mt-3">
          {t('noMail')}{' '}
          <Link href="/register/resend" className="underline">
            {t('resendLink')}
          </Link>
        </p>
      </SentNotice>
    );
  }

  const field = (name: RegisterField, props: React.InputHTMLAttributes<HTMLInputElement> & { hint?: string } = {}) => (
    <UncontrolledTextField key={name} id={name} label={t(`fields.${name}`)} errors={errors[name]} required={name !== 'legalForm'} {...props} />
  );

  return (
    <form ref={formRef} onSubmit={onSubmit} noValidate className="max-w-2xl space-y-6">
      <ErrorSummary ref={summaryRef} title={t('errorSummary')} formError={formError} fields={summaryFields((name) => t(`fields.${name}`))} />
      <p className="text-sm text-muted">{t('requiredHint')}</p>
      <fieldset className="space-y-4">
        <legend className="mb-2 text-xl font-bold text-brand-900">{t('personHeading')}</legend>
        {field('name', { autoComplete: 'name' })}
        {field('email', { type: 'email', autoComplete: 'email', defaultValue: invitation?.email })}
        {field('password', { type: 'password', autoComplete: 'new-password', hint: t('fields.passwordHint') })}
        {field('passwordConfirmation', { type: 'password', autoComplete: 'new-password' })}
      </fieldset>
      <fieldset className="space-y-4">
        <legend className="mb-2 text-xl font-bold text-brand-900">{t('organisationHeading')}</legend>
        {invitation ? (
          <p data-testid="joining-organisation">{t('joiningText', { organisation: invitation.organisationName })}</p>
        ) : (
          <>
            {field('organisationName', { autoComplete: 'organization' })}
            {field('legalForm', { hint: t('fields.legalFormHint') })}
            {field('street', { autoComplete: 'street-address' })}
            <div className="grid gap-4 sm:grid-cols-[12rem_1fr]">
              {field('postalCode', { autoComplete: 'postal-code', inputMode: 'numeric' })}
              {field('city', { autoComplete: 'address-level2' })}
            </div>
          </>
        )}
      </fieldset>
      <button type="submit" disabled={pending} className={BUTTON_PRIMARY}>
        {pending ? t('submitting') : t('submit')}
      </button>
    </form>
  );
}
