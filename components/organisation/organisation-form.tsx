'use client';

import { useState, useTransition } from 'react';
import { useTranslations } from 'next-intl';
import { saveOrganisation } from '@/app/(applicant)/organisation/actions';
import { fieldErrorsFrom } from '@/lib/forms/action-result';
import { ORGANISATION_FIELDS, updateOrganisationSchema, type OrganisationField } from '@/lib/organisations/update-organisation-schema';
import { ErrorSummary } from '@/components/ui/error-summary';
import { UncontrolledTextField } from '@/components/ui/text-field';
import { BUTTON_PRIMARY } from '@/components/ui/button-classes';

type Values = Record<OrganisationField, string>;

/** The organisation's details, editable by its applicants. */
export function OrganisationForm({ initial, version: openedVersion }: { initial: Values; version: string }) {
  const t = useTranslations('organisation');
  // The organisation's updatedAt as last seen: a colleague's change meanwhile is reported, not overwritten.
  const [version, setVersion] = useState(openedVersion);
  const [errors, setErrors] = useState<Record<string, string[]>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const [pending, startTransition] = useTransition();
  const messages = (field: OrganisationField) => (errors[field] ?? []).map((key) => t(`errors.${key}`));

  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const input = Object.fromEntries(ORGANISATION_FIELDS.map((field) => [field, String(data.get(`org-${field}`) ?? '')]));
    setSaved(false);
    const parsed = updateOrganisationSchema.safeParse(input);
    if (!parsed.success) {
      setErrors(fieldErrorsFrom(parsed.error));
      setFormError(null);
      return;
    }
    startTransition(async () => {
      const result = await saveOrganisation(input, version).catch(() => ({ ok: false as const, formError: 'unknown', fieldErrors: undefined }));
      if (result.ok) setVersion(result.data.updatedAt);
      setErrors(result.ok ? {} : (result.fieldErrors ?? {}));
      setFormError(!result.ok && result.formError ? t(`errors.${result.formError}`) : null);
      setSaved(result.ok);
    });
  }

  const field = (name: OrganisationField, props: React.InputHTMLAttributes<HTMLInputElement> = {}) => (
    <UncontrolledTextField
      id={`org-${name}`}
      label={t(`fields.${name}`)}
      errors={messages(name)}
      defaultValue={initial[name]}
      required={name !== 'legalForm'}
      {...props}
    />
  );

  return (
    <form onSubmit={onSubmit} noValidate className="max-w-2xl space-y-4">
      <ErrorSummary
        focusOnShow
        title={t('errorSummary')}
        formError={formError}
        fields={ORGANISATION_FIELDS.filter((name) => messages(name).length > 0).map((name) => ({
          id: `org-${name}`,
          label: t(`fields.${name}`),
          message: messages(name).join(' '),
        }))}
      />
      {field('name', { autoComplete: 'organization' })}
      {field('legalForm')}
      {field('street', { autoComplete: 'street-address' })}
      <div className="grid gap-4 sm:grid-cols-[12rem_1fr]">
        {field('postalCode', { autoComplete: 'postal-code', inputMode: 'numeric' })}
        {field('city', { autoComplete: 'address-level2' })}
      </div>
      <div className="flex flex-wrap items-center gap-4">
        <button type="submit" disabled={pending} className={BUTTON_PRIMARY}>
          {pending ? t('saving') : t('save')}
        </button>
        <p role="status" className="font-semibold">
          {saved ? t('saved') : ''}
        </p>
      </div>
    </form>
  );
}
