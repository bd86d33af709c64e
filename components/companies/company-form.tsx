'use client';

import { useState } from 'react';
import { useRouter } from 'next/navigation';
import Link from 'next/link';
import { useTranslations } from 'next-intl';
import type { ActionResult } from '@/lib/forms/action-result';
import type { CompanyFormInput } from '@/lib/projects/company-schema';
import { BUTTON_PRIMARY, BUTTON_SECONDARY } from '@/components/ui/button-classes';
import { ErrorSummary } from '@/components/ui/error-summary';
import { TextField } from '@/components/ui/text-field';
import { useActionForm } from '@/components/ui/use-action-form';

export type CompanyFormValues = Required<CompanyFormInput>;
type Field = keyof CompanyFormValues;

const FIELD_ORDER: Field[] = [
  'name',
  'contact',
  'hasDeclarationOfIntent',
  'ownContributionKind',
  'ownContributionValue',
  'contactPersonName',
  'contactPersonRole',
  'contactPersonEmail',
  'contactPersonPhone',
];

export const EMPTY_COMPANY: CompanyFormValues = {
  name: '',
  contact: '',
  hasDeclarationOfIntent: false,
  ownContributionKind: '',
  ownContributionValue: '',
  contactPersonName: '',
  contactPersonRole: '',
  contactPersonEmail: '',
  contactPersonPhone: '',
};

type Props = {
  initial: CompanyFormValues;
  /** addCompanyAction bound to the project, or updateCompanyAction bound to the company. */
  action: (input: CompanyFormValues) => Promise<ActionResult<{ projectId: string }>>;
  cancelHref: string;
};

/** A participating company (add and edit): checks on the client, then again in the action. */
export function CompanyForm({ initial, action, cancelHref }: Props) {
  const t = useTranslations('companies');
  const router = useRouter();
  const [values, setValues] = useState<CompanyFormValues>(initial);
  const { errors, formError, pending, summaryRef, submit, summaryFields } = useActionForm({
    namespace: 'companies',
    fields: FIELD_ORDER,
    schema: () => import('@/lib/projects/company-schema').then((m) => m.companySchema),
    action,
    onSuccess: (data) => router.push(`/projects/${data.projectId}#companies`),
  });

  const set = (field: Exclude<Field, 'hasDeclarationOfIntent'>) => (value: string) => setValues((current) => ({ ...current, [field]: value }));

  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    submit(values);
  }

  const optional = t('fields.optional');

  return (
    <form onSubmit={onSubmit} noValidate className="max-w-2xl space-y-6">
      <ErrorSummary
        ref={summaryRef}
        title={t('form.errorSummary')}
        formError={formError}
        fields={summaryFields((field) => t(`fields.${field}`))}
      />
      <TextField id="name" label={t('fields.name')} value={values.name} onChange={set('name')} error={errors.name?.[0]} required autoComplete="organization" />
      <TextField id="contact" label={t('fields.contact')} value={values.contact} onChange={set('contact')} error={errors.contact?.[0]} required multiline />
      <fieldset className="rounded border border-gray-500 p-4">
        <legend className="px-1 font-semibold">{t('fields.declaration')}</legend>
        <div className="flex items-center gap-2">
          <input
            id="hasDeclarationOfIntent"
            type="checkbox"
            checked={values.hasDeclarationOfIntent}
            onChange={(event) => setValues((current) => ({ ...current, hasDeclarationOfIntent: event.target.checked }))}
            className="h-4 w-4"
          />
          <label htmlFor="hasDeclarationOfIntent">{t('fields.hasDeclarationOfIntent')}</label>
        </div>
      </fieldset>
      <fieldset className="space-y-4 rounded border border-gray-500 p-4">
        <legend className="px-1 font-semibold">{t('fields.ownContribution')}</legend>
        <TextField
          id="ownContributionKind"
          label={t('fields.ownContributionKind')}
          hint={t('hints.ownContributionKind')}
          value={values.ownContributionKind}
          onChange={set('ownContributionKind')}
          error={errors.ownContributionKind?.[0]}
          required
        />
        <TextField
          id="ownContributionValue"
          label={t('fields.ownContributionValue')}
          hint={t('hints.ownContributionValue')}
          value={values.ownContributionValue}
          onChange={set('ownContributionValue')}
          error={errors.ownContributionValue?.[0]}
          required
        />
      </fieldset>
      <fieldset className="space-y-4 rounded border border-gray-500 p-4">
        <legend className="px-1 font-semibold">{t('fields.contactPerson')}</legend>
        <TextField id="contactPersonName" label={t('fields.contactPersonName')} value={values.contactPersonName} onChange={set('contactPersonName')} error={errors.contactPersonName?.[0]} required autoComplete="off" />
        <TextField id="contactPersonRole" label={t('fields.contactPersonRole')} optionalLabel={optional} value={values.contactPersonRole} onChange={set('contactPersonRole')} error={errors.contactPersonRole?.[0]} autoComplete="off" />
        <TextField id="contactPersonEmail" type="email" label={t('fields.contactPersonEmail')} optionalLabel={optional} value={values.contactPersonEmail} onChange={set('contactPersonEmail')} error={errors.contactPersonEmail?.[0]} autoComplete="off" />
        <TextField id="contactPersonPhone" type="tel" label={t('fields.contactPersonPhone')} optionalLabel={optional} value={values.contactPersonPhone} onChange={set('contactPersonPhone')} error={errors.contactPersonPhone?.[0]} autoComplete="off" />
      </fieldset>
      <div className="flex flex-wrap items-center gap-4">
        <button type="submit" disabled={pending} className={BUTTON_PRIMARY}>
          {pending ? t('form.saving') : t('form.save')}
        </button>
        <Link href={cancelHref} className={BUTTON_SECONDARY}>
          {t('form.cancel')}
        </Link>
      </div>
    </form>
  );
}
