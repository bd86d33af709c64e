'use client';

import { useState } from 'react';
import { useRouter } from 'next/navigation';
import Link from 'next/link';
import { useTranslations } from 'next-intl';
import type { ActionResult } from '@/lib/forms/action-result';
import type { ProjectFormInput } from '@/lib/projects/project-profile-schema';
import { TARGET_GROUPS } from '@/lib/projects/target-groups';
import type { Country } from '@/lib/projects/countries';
import { DISTRICTS, DISTRICT_FREE_CITIES, STATEWIDE } from '@/lib/projects/regions';
import { CountryPicker } from '@/components/projects/country-picker';
import { BUTTON_PRIMARY, BUTTON_SECONDARY } from '@/components/ui/button-classes';
import { ErrorSummary } from '@/components/ui/error-summary';
import { FieldError, INPUT_CLASS, describedBy, errorId } from '@/components/ui/field';
import { TextField } from '@/components/ui/text-field';
import { useActionForm } from '@/components/ui/use-action-form';

type Field = keyof ProjectFormInput;
/** The element each field's error summary link points at. */
const FIELD_IDS: Record<Field, string> = {
  title: 'title',
  description: 'description',
  startDate: 'startDate',
  endDate: 'endDate',
  targetGroup: 'targetGroup-SKILLED_WORKERS',
  plannedParticipants: 'plannedParticipants',
  countries: 'countries',
  occupations: 'occupations',
  region: 'region',
};
const FIELD_ORDER = Object.keys(FIELD_IDS) as Field[];

export const EMPTY_PROJECT: ProjectFormInput = {
  title: '',
  description: '',
  startDate: '',
  endDate: '',
  targetGroup: '',
  plannedParticipants: '',
  countries: [],
  occupations: '',
  region: '',
};

type Props = {
  initial: ProjectFormInput;
  countries: Country[];
  /** createProjectAction, or updateProjectAction bound to the project. */
  action: (input: ProjectFormInput) => Promise<ActionResult<{ id: string }>>;
  submitLabel: string;
  cancelHref: string;
};

/** The project profile form (new and edit): checks on the client, then again in the action. */
export function ProjectForm({ initial, countries, action, submitLabel, cancelHref }: Props) {
  const t = useTranslations('projects');
  const router = useRouter();
  const [values, setValues] = useState<ProjectFormInput>(initial);
  const { errors, formError, pending, summaryRef, submit, summaryFields } = useActionForm({
    namespace: 'projects',
    fields: FIELD_ORDER,
    schema: () => import('@/lib/projects/project-profile-schema').then((m) => m.projectProfileSchema),
    action,
    onSuccess: (data) => router.push(`/projects/${data.id}`),
  });

  const set = <K extends Field>(field: K) => (value: ProjectFormInput[K]) => setValues((current) => ({ ...current, [field]: value }));

  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    submit(values);
  }

  return (
    <form onSubmit={onSubmit} noValidate className="max-w-2xl space-y-6">
      <ErrorSummary
        ref={summaryRef}
        title={t('form.errorSummary')}
        formError={formError}
        fields={summaryFields((field) => t(`fields.${field}`), (field) => FIELD_IDS[field])}
      />
      <TextField id="title" label={t('fields.title')} hint={t('hints.title')} value={values.title} onChange={set('title')} error={errors.title?.[0]} required />
      <TextField
        id="description"
        label={t('fields.description')}
        hint={t('hints.description')}
        value={values.description}
        onChange={set('description')}
        error={errors.description?.[0]}
        required
        multiline
      />
      <fieldset className="rounded border border-gray-500 p-4">
        <legend className="px-1 font-semibold">{t('fields.duration')}</legend>
        <div className="grid gap-4 sm:grid-cols-2">
          <TextField id="startDate" type="date" label={t('fields.startDate')} value={values.startDate} onChange={set('startDate')} error={errors.startDate?.[0]} required />
          <TextField id="endDate" type="date" label={t('fields.endDate')} value={values.endDate} onChange={set('endDate')} error={errors.endDate?.[0]} required />
        </div>
      </fieldset>
      <fieldset
        aria-describedby={describedBy('targetGroup', { error: Boolean(errors.targetGroup) })}
        aria-invalid={errors.targetGroup ? true : undefined}
        className={`rounded border p-4 ${errors.targetGroup ? 'border-2 border-danger' : 'border-gray-500'}`}
      >
        <legend className="px-1 font-semibold">{t('fields.targetGroup')}</legend>
        <div className="space-y-2">
          {TARGET_GROUPS.map((group) => (
            <div key={group} className="flex items-center gap-2">
              <input
                id={`targetGroup-${group}`}
                type="radio"
                name="targetGroup"
                value={group}
                checked={values.targetGroup === group}
                onChange={() => set('targetGroup')(group)}
                className="h-4 w-4"
              />
              <label htmlFor={`targetGroup-${group}`}>{t(`targetGroups.${group}`)}</label>
            </div>
          ))}
        </div>
        <FieldError id="targetGroup" error={errors.targetGroup?.[0]} />
      </fieldset>
      <TextField
        id="plannedParticipants"
        inputMode="numeric"
        label={t('fields.plannedParticipants')}
        hint={t('hints.plannedParticipants')}
        value={String(values.plannedParticipants)}
        onChange={set('plannedParticipants')}
        error={errors.plannedParticipants?.[0]}
        required
      />
      <CountryPicker id="countries" countries={countries} value={values.countries} onChange={set('countries')} error={errors.countries?.[0]} />
      <TextField
        id="occupations"
        label={t('fields.occupations')}
        hint={t('hints.occupations')}
        value={values.occupations}
        onChange={set('occupations')}
        error={errors.occupations?.[0]}
        required
      />
      <div>
        <label htmlFor="region" className="mb-1 block font-semibold">
          {t('fields.region')}
        </label>
        <select
          id="region"
          name="region"
          value={values.region}
          onChange={(event) => set('region')(event.target.value)}
          required
          aria-invalid={errors.region ? true : undefined}
          aria-describedby={errors.region ? errorId('region') : undefined}
          className={INPUT_CLASS}
        >
          <option value="">{t('form.select')}</option>
          <option value={STATEWIDE}>{t(`regions.${STATEWIDE}`)}</option>
          <optgroup label={t('regionGroups.districts')}>
            {DISTRICTS.map((code) => (
              <option key={code} value={code}>
                {t(`regions.${code}`)}
              </option>
            ))}
          </optgroup>
          <optgroup label={t('regionGroups.cities')}>
            {DISTRICT_FREE_CITIES.map((code) => (
              <option key={code} value={code}>
                {t(`regions.${code}`)}
              </option>
            ))}
          </optgroup>
        </select>
        <FieldError id="region" error={errors.region?.[0]} />
      </div>
      <div className="flex flex-wrap items-center gap-4">
        <button type="submit" disabled={pending} className={BUTTON_PRIMARY}>
          {pending ? t('form.saving') : submitLabel}
        </button>
        <Link href={cancelHref} className={BUTTON_SECONDARY}>
          {t('form.cancel')}
        </Link>
      </div>
    </form>
  );
}
