'use client';

import { useState } from 'react';
import { useTranslations } from 'next-intl';
import type { ActionResult } from '@/lib/forms/action-result';
import { ORGANISATION_FIELDS, type OrganisationField } from '@/lib/organisations/organisation-fields';
import { ErrorSummary } from '@/components/ui/error-summary';
import { UncontrolledTextField } from '@/components/ui/text-field';
import { SaveBar } from '@/components/ui/save-bar';
import { useActionForm } from '@/components/ui/use-action-form';

type Values = Record<OrganisationField, string>;

/** The organisation's details, editable by its applicants. */
export function OrganisationForm({
  initial,
  version: openedVersion,
  action,
}: {
  initial: Values;
  /** The organisation's updatedAt when the page was rendered. */
  version: string;
  /** saveOrganisation: the version last seen, then the values. */
  action: (expectedUpdatedAt: string, input: Values) => Promise<ActionResult<{ updatedAt: string }>>;
}) {
  const t = useTranslations('organisation');
  // The organisation's updatedAt as last seen: a colleague's change meanwhile is reported, not overwritten.
  const [version, setVersion] = useState(openedVersion);
  const [saved, setSaved] = useState(false);
  const { errors, formError, pending, summaryRef, submit, summaryFields } = useActionForm({
    namespace: 'organisation',
    fields: ORGANISATION_FIELDS,
    schema: () => import('@/lib/organisations/update-organisation-schema').then((m) => m.updateOrganisationSchema),
    action: (values: Values) => action(version, values),
    onSuccess: (data) => {
      setVersion(data.updatedAt);
      setSaved(true);
    },
  });

  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    setSaved(false);
    submit(Object.fromEntries(ORGANISATION_FIELDS.map((field) => [field, String(data.get(`org-${field}`) ?? '')])) as Values);
  }

  const field = (name: OrganisationField, props: React.InputHTMLAttributes<HTMLInputElement> = {}) => (
    <UncontrolledTextField
      id={`org-${name}`}
      label={t(`fields.${name}`)}
      errors={errors[name]}
      defaultValue={initial[name]}
      required={name !== 'legalForm'}
      {...props}
    />
  );

  return (
    <form onSubmit={onSubmit} noValidate className="max-w-2xl space-y-4">
      <ErrorSummary
        ref={summaryRef}
        title={t('errorSummary')}
        formError={formError}
        fields={summaryFields((name) => t(`fields.${name}`), (name) => `org-${name}`)}
      />
      {field('name', { autoComplete: 'organization' })}
      {field('legalForm')}
      {field('street', { autoComplete: 'street-address' })}
      <div className="grid gap-4 sm:grid-cols-[12rem_1fr]">
        {field('postalCode', { autoComplete: 'postal-code', inputMode: 'numeric' })}
        {field('city', { autoComplete: 'address-level2' })}
      </div>
      <SaveBar pending={pending} saved={saved} label={t('save')} pendingLabel={t('saving')} savedText={t('saved')} />
    </form>
  );
}
