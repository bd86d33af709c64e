'use client';

import { useState } from 'react';
import { useTranslations } from 'next-intl';
import type { ActionResult } from '@/lib/forms/action-result';
import { LOCALES, LOCALE_NAMES, type Locale } from '@/lib/i18n/config';
import { ACCESSIBILITY_CONFORMITY, ACCESSIBILITY_METHODS } from '@/lib/settings/accessibility-settings';
import { SETTING_DEFINITIONS as D, type Settings } from '@/lib/settings/setting-definitions';
import { ErrorSummary } from '@/components/ui/error-summary';
import { Field, FieldError, FieldHint, INPUT_CLASS, describedBy } from '@/components/ui/field';
import { SaveBar } from '@/components/ui/save-bar';
import { useActionForm } from '@/components/ui/use-action-form';

export type AccessibilityValues = {
  accessibilityConformity: (typeof ACCESSIBILITY_CONFORMITY)[number];
  accessibilityKnownGaps: Record<Locale, string>;
  accessibilityPreparedOn: string;
  accessibilityReviewedOn: string;
  accessibilityMethod: (typeof ACCESSIBILITY_METHODS)[number];
  accessibilityContactEmail: string;
  accessibilityContactPhone: string;
  accessibilityContactAddress: string;
  accessibilityEnforcementBody: string;
  accessibilityEnforcementUrl: string;
};
type FieldName = keyof AccessibilityValues;

const FIELDS = [
  'accessibilityConformity',
  'accessibilityKnownGaps',
  'accessibilityPreparedOn',
  'accessibilityReviewedOn',
  'accessibilityMethod',
  'accessibilityContactEmail',
  'accessibilityContactPhone',
  'accessibilityContactAddress',
  'accessibilityEnforcementBody',
  'accessibilityEnforcementUrl',
] as const satisfies readonly FieldName[];

/** The text fields: input type (or a textarea) and autocomplete, with the bound from the registry. */
const TEXT_FIELDS = [
  { name: 'accessibilityContactEmail', type: 'email', maxLength: D['accessibility.contactEmail'].maxLength },
  { name: 'accessibilityContactPhone', type: 'tel', maxLength: D['accessibility.contactPhone'].maxLength },
  { name: 'accessibilityContactAddress', type: 'textarea', maxLength: D['accessibility.contactAddress'].maxLength },
  { name: 'accessibilityEnforcementBody', type: 'textarea', maxLength: D['accessibility.enforcementBody'].maxLength },
  { name: 'accessibilityEnforcementUrl', type: 'url', maxLength: D['accessibility.enforcementUrl'].maxLength },
] as const;

/**
 * „Angaben der Erklärung“ on /admin/settings/legal/barrierefreiheit: the structured parts of the
 * Barrierefreiheitserklärung (settings `accessibility.*`, ADR 030), saved with the settings'
 * action (audited as `settings.updated`).
 */
export function AccessibilityStatementForm({ initial, action }: { initial: AccessibilityValues; action: (input: AccessibilityValues) => Promise<ActionResult<Settings>> }) {
  const t = useTranslations('accessibility');
  const [values, setValues] = useState(initial);
  const [saved, setSaved] = useState(false);
  const { errors, formError, pending, summaryRef, submit, summaryFields } = useActionForm({
    namespace: 'accessibility',
    fields: FIELDS,
    schema: () => import('@/lib/settings/update-settings-schema').then((m) => m.updateSettingsSchema),
    action,
    onSuccess: () => setSaved(true),
  });
  const set = <K extends FieldName>(name: K, value: AccessibilityValues[K]) => setValues((current) => ({ ...current, [name]: value }));
  const error = (name: FieldName) => errors[name]?.join(' ');
  const label = (name: FieldName) => t(`fields.${name}.label`);
  const hint = (name: FieldName) => t(`fields.${name}.hint`);

  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSaved(false);
    submit(values);
  }

  /** A choice as radio buttons in a fieldset (conformity, method). */
  function choice(name: 'accessibilityConformity' | 'accessibilityMethod', choices: readonly string[]) {
    const message = error(name);
    return (
      <fieldset aria-describedby={describedBy(name, { hint: true, error: message })}>
        <legend className="font-semibold">{label(name)}</legend>
        <FieldHint id={name} hint={hint(name)} />
        <ul className="space-y-1">
          {choices.map((value) => (
            <li key={value} className="flex items-center gap-2">
              <input
                type="radio"
                id={`${name}-${value}`}
                name={name}
                value={value}
                checked={values[name] === value}
                onChange={() => set(name, value as never)}
                className="size-5 shrink-0"
              />
              <label htmlFor={`${name}-${value}`}>{t(`choices.${value as (typeof ACCESSIBILITY_CONFORMITY)[number] | (typeof ACCESSIBILITY_METHODS)[number]}`)}</label>
            </li>
          ))}
        </ul>
        <FieldError id={name} error={message} />
      </fieldset>
    );
  }

  const gapsError = error('accessibilityKnownGaps');
  return (
    <form onSubmit={onSubmit} noValidate className="max-w-2xl space-y-6" data-testid="accessibility-form">
      <ErrorSummary ref={summaryRef} title={t('errorSummary')} formError={formError} fields={summaryFields(label, (name) => (name === 'accessibilityKnownGaps' ? `${name}-${LOCALES[0]}` : name === 'accessibilityConformity' || name === 'accessibilityMethod' ? `${name}-${values[name]}` : name))} />
      {choice('accessibilityConformity', ACCESSIBILITY_CONFORMITY)}
      <fieldset aria-describedby={describedBy('accessibilityKnownGaps', { hint: true, error: gapsError })} className="space-y-4">
        <legend className="font-semibold">{label('accessibilityKnownGaps')}</legend>
        <FieldHint id="accessibilityKnownGaps" hint={hint('accessibilityKnownGaps')} />
        {LOCALES.map((locale) => {
          const id = `accessibilityKnownGaps-${locale}`;
          return (
            <Field key={locale} id={id} label={t('languageField', { field: label('accessibilityKnownGaps'), language: LOCALE_NAMES[locale] })}>
              <textarea
                id={id}
                lang={locale}
                rows={6}
                maxLength={D['accessibility.knownGaps'].maxLength}
                value={values.accessibilityKnownGaps[locale]}
                onChange={(event) => set('accessibilityKnownGaps', { ...values.accessibilityKnownGaps, [locale]: event.target.value })}
                aria-invalid={gapsError ? true : undefined}
                className={INPUT_CLASS}
              />
            </Field>
          );
        })}
        <FieldError id="accessibilityKnownGaps" error={gapsError} />
      </fieldset>
      <div className="grid gap-4 sm:grid-cols-2">
        {(['accessibilityPreparedOn', 'accessibilityReviewedOn'] as const).map((name) => (
          <Field key={name} id={name} label={label(name)} hint={hint(name)} error={error(name)}>
            <input
              id={name}
              type="date"
              value={values[name]}
              onChange={(event) => set(name, event.target.value)}
              aria-invalid={error(name) ? true : undefined}
              aria-describedby={describedBy(name, { hint: true, error: error(name) })}
              className={INPUT_CLASS}
            />
          </Field>
        ))}
      </div>
      {choice('accessibilityMethod', ACCESSIBILITY_METHODS)}
      {TEXT_FIELDS.map(({ name, type, maxLength }) => {
        const common = {
          id: name,
          maxLength,
          value: values[name],
          'aria-invalid': error(name) ? true : undefined,
          'aria-describedby': describedBy(name, { hint: true, error: error(name) }),
          className: INPUT_CLASS,
        } as const;
        return (
          <Field key={name} id={name} label={label(name)} hint={hint(name)} error={error(name)}>
            {type === 'textarea' ? (
              <textarea {...common} rows={4} onChange={(event) => set(name, event.target.value)} />
            ) : (
              <input {...common} type={type} autoComplete="off" onChange={(event) => set(name, event.target.value)} />
            )}
          </Field>
        );
      })}
      <SaveBar pending={pending} saved={saved} label={t('save')} pendingLabel={t('saving')} savedText={t('saved')} />
    </form>
  );
}
