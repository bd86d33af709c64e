'use client';

import { useState, useTransition } from 'react';
import Link from 'next/link';
import { useTranslations } from 'next-intl';
import { register } from '@/app/register/actions';
import { fieldErrorsFrom } from '@/lib/forms/action-result';
import { REGISTER_FIELDS, registerApplicantSchema, type RegisterField } from '@/lib/registration/register-applicant-schema';
import { ErrorSummary } from '@/components/ui/error-summary';
import { SentNotice } from '@/components/registration/sent-notice';
import { UncontrolledTextField } from '@/components/ui/text-field';
import { BUTTON_PRIMARY } from '@/components/ui/button-classes';

type Errors = Record<string, string[]>;
const ORGANISATION_FIELDS = ['organisationName', 'legalForm', 'street', 'postalCode', 'city'] as const;

/** /register: the person, and a new organisation or the inviting one. */
export function RegisterForm({ invitation }: { invitation?: { token: string; organisationName: string; email: string } }) {
  const t = useTranslations('register');
  const [errors, setErrors] = useState<Errors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [sentTo, setSentTo] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();

  const messages = (field: RegisterField) => (errors[field] ?? []).map((key) => t(`errors.${key}`));
  const fields = (invitation ? REGISTER_FIELDS.filter((f) => !(ORGANISATION_FIELDS as readonly string[]).includes(f)) : REGISTER_FIELDS).filter(
    (field) => (errors[field]?.length ?? 0) > 0,
  );

  function fail(form: HTMLFormElement, fieldErrors: Errors, code: string | null) {
    // Passwords are never kept after an error; everything else stays as typed.
    for (const name of ['password', 'passwordConfirmation']) (form.elements.namedItem(name) as HTMLInputElement).value = '';
    setErrors(fieldErrors);
    setFormError(code ? t(`errors.${code}`) : null);
  }

  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    const input = Object.fromEntries(REGISTER_FIELDS.map((field) => [field, String(data.get(field) ?? '')]));
    if (invitation) input.invitation = invitation.token;
    const parsed = registerApplicantSchema.safeParse(input);
    if (!parsed.success) return fail(form, fieldErrorsFrom(parsed.error), null);
    startTransition(async () => {
      const result = await register(input).catch(() => ({ ok: false as const, formError: 'unknown', fieldErrors: undefined }));
      if (result.ok) setSentTo(result.data.email);
      else fail(form, result.fieldErrors ?? {}, result.formError ?? null);
    });
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
    <UncontrolledTextField key={name} id={name} label={t(`fields.${name}`)} errors={messages(name)} required={name !== 'legalForm'} {...props} />
  );

  return (
    <form onSubmit={onSubmit} noValidate className="max-w-2xl space-y-6">
      <ErrorSummary
        focusOnShow
        title={t('errorSummary')}
        formError={formError}
        fields={fields.map((name) => ({ id: name, label: t(`fields.${name}`), message: messages(name).join(' ') }))}
      />
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
