'use client';

import { useState } from 'react';
import { useTranslations } from 'next-intl';
import type { ActionResult } from '@/lib/forms/action-result';
import { SETTING_DEFINITIONS, SETTING_FIELDS, SETTING_KEYS, type SettingField, type Settings } from '@/lib/settings/setting-definitions';
import { ErrorSummary } from '@/components/ui/error-summary';
import { FieldError, FieldHint, FieldLabel, INPUT_CLASS, describedBy } from '@/components/ui/field';
import { SaveBar } from '@/components/ui/save-bar';
import { useActionForm } from '@/components/ui/use-action-form';

type Values = { reviewFourEyes: boolean; reviewHighlightDays: number; mailContactAddress: string } & Record<RetentionField | QuotaField, number>;

const days = SETTING_DEFINITIONS['review.highlightDays'];

/** This form's fields: every setting but the Barrierefreiheitserklärung's (its own form, components/settings/accessibility-statement-form.tsx). */
type FormField = Exclude<SettingField, `accessibility${string}`>;
const FORM_FIELDS = SETTING_FIELDS.filter((field): field is FormField => !field.startsWith('accessibility'));

/** The retention periods (`retention.*`): whole numbers of days, one field each, in definition order. */
const RETENTION_KEYS = SETTING_KEYS.filter((key) => key.startsWith('retention.')) as Extract<keyof typeof SETTING_DEFINITIONS, `retention.${string}`>[];
type RetentionField = (typeof SETTING_DEFINITIONS)[(typeof RETENTION_KEYS)[number]]['field'];

/** The upload quota per project (`evidence.*`): whole numbers, one field each. */
const QUOTA_KEYS = SETTING_KEYS.filter((key) => key.startsWith('evidence.')) as Extract<keyof typeof SETTING_DEFINITIONS, `evidence.${string}`>[];
type QuotaField = (typeof SETTING_DEFINITIONS)[(typeof QUOTA_KEYS)[number]]['field'];

/** A whole number as typed; anything else (empty, 2.5) stays as it is typed, so the check names it. */
function wholeNumber(data: FormData, field: FormField): number {
  const raw = String(data.get(field) ?? '').trim();
  return /^\d+$/.test(raw) ? Number(raw) : (raw as unknown as number);
}

/** The settings form: „Vier-Augen-Prinzip“ (checkbox), the queue's highlight after n days, the contact address in mails, the retention periods and the upload quota. */
export function SettingsForm({ initial, action }: { initial: Values; action: (input: Values) => Promise<ActionResult<Settings>> }) {
  const t = useTranslations('settings');
  const [saved, setSaved] = useState(false);
  const { errors, formError, pending, summaryRef, submit, summaryFields } = useActionForm({
    namespace: 'settings',
    fields: FORM_FIELDS,
    schema: () => import('@/lib/settings/update-settings-schema').then((m) => m.updateSettingsSchema),
    action,
    onSuccess: () => setSaved(true),
  });

  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    setSaved(false);
    submit({
      reviewFourEyes: data.get('reviewFourEyes') === 'on',
      reviewHighlightDays: wholeNumber(data, 'reviewHighlightDays'),
      mailContactAddress: String(data.get('mailContactAddress') ?? '').trim(),
      ...(Object.fromEntries(RETENTION_KEYS.map((key) => [SETTING_DEFINITIONS[key].field, wholeNumber(data, SETTING_DEFINITIONS[key].field)])) as Record<RetentionField, number>),
      ...(Object.fromEntries(QUOTA_KEYS.map((key) => [SETTING_DEFINITIONS[key].field, wholeNumber(data, SETTING_DEFINITIONS[key].field)])) as Record<QuotaField, number>),
    });
  }

  /** One whole-number field per setting, in definition order. */
  function integerFields(keys: ReadonlyArray<(typeof RETENTION_KEYS)[number] | (typeof QUOTA_KEYS)[number]>) {
    return keys.map((key) => {
      const { field, min, max } = SETTING_DEFINITIONS[key];
      return (
        <IntegerField
          key={field}
          field={field}
          label={t(`fields.${field}.label`)}
          hint={t(`fields.${field}.hint`)}
          min={min}
          max={max}
          initial={initial[field]}
          error={errors[field]?.join(' ')}
        />
      );
    });
  }

  const daysError = errors.reviewHighlightDays?.join(' ');
  const fourEyesError = errors.reviewFourEyes?.join(' ');
  const contactError = errors.mailContactAddress?.join(' ');
  return (
    <form onSubmit={onSubmit} noValidate className="max-w-2xl space-y-6">
      <ErrorSummary ref={summaryRef} title={t('errorSummary')} formError={formError} fields={summaryFields((field) => t(`fields.${field}.label`))} />
      <fieldset className="space-y-6">
        <legend className="mb-2 text-2xl font-bold text-brand-900">{t('reviewHeading')}</legend>
        <div>
          <div className="flex items-start gap-3">
            <input
              id="reviewFourEyes"
              name="reviewFourEyes"
              type="checkbox"
              defaultChecked={initial.reviewFourEyes}
              aria-invalid={fourEyesError ? true : undefined}
              aria-describedby={describedBy('reviewFourEyes', { hint: true, error: fourEyesError })}
              className="mt-1 size-5 shrink-0"
            />
            <div>
              <FieldLabel id="reviewFourEyes" label={t('fields.reviewFourEyes.label')} />
              <FieldHint id="reviewFourEyes" hint={t('fields.reviewFourEyes.hint')} />
              <FieldError id="reviewFourEyes" error={fourEyesError} />
            </div>
          </div>
        </div>
        <div>
          <FieldLabel id="reviewHighlightDays" label={t('fields.reviewHighlightDays.label')} />
          <FieldHint id="reviewHighlightDays" hint={t('fields.reviewHighlightDays.hint')} />
          <input
            id="reviewHighlightDays"
            name="reviewHighlightDays"
            type="number"
            inputMode="numeric"
            min={days.min}
            max={days.max}
            step={1}
            required
            defaultValue={initial.reviewHighlightDays}
            aria-invalid={daysError ? true : undefined}
            aria-describedby={describedBy('reviewHighlightDays', { hint: true, error: daysError })}
            className={`${INPUT_CLASS} max-w-32`}
          />
          <FieldError id="reviewHighlightDays" error={daysError} />
        </div>
      </fieldset>
      <fieldset className="space-y-6">
        <legend className="mb-2 text-2xl font-bold text-brand-900">{t('mailHeading')}</legend>
        <div>
          <FieldLabel id="mailContactAddress" label={t('fields.mailContactAddress.label')} />
          <FieldHint id="mailContactAddress" hint={t('fields.mailContactAddress.hint')} />
          <input
            id="mailContactAddress"
            name="mailContactAddress"
            type="email"
            autoComplete="off"
            maxLength={SETTING_DEFINITIONS['mail.contactAddress'].maxLength}
            defaultValue={initial.mailContactAddress}
            aria-invalid={contactError ? true : undefined}
            aria-describedby={describedBy('mailContactAddress', { hint: true, error: contactError })}
            className={INPUT_CLASS}
          />
          <FieldError id="mailContactAddress" error={contactError} />
        </div>
      </fieldset>
      <fieldset className="space-y-6">
        <legend className="mb-2 text-2xl font-bold text-brand-900">{t('retentionHeading')}</legend>
        <p>{t('retentionIntro')}</p>
        {integerFields(RETENTION_KEYS)}
      </fieldset>
      <fieldset className="space-y-6">
        <legend className="mb-2 text-2xl font-bold text-brand-900">{t('quotaHeading')}</legend>
        <p>{t('quotaIntro')}</p>
        {integerFields(QUOTA_KEYS)}
      </fieldset>
      <SaveBar pending={pending} saved={saved} label={t('save')} pendingLabel={t('saving')} savedText={t('saved')} />
    </form>
  );
}

/** A labelled whole-number field of the settings (days, files, megabytes), with its hint and errors. */
function IntegerField({ field, label, hint, min, max, initial, error }: { field: FormField; label: string; hint: string; min: number; max: number; initial: number; error?: string }) {
  return (
    <div>
      <FieldLabel id={field} label={label} />
      <FieldHint id={field} hint={hint} />
      <input
        id={field}
        name={field}
        type="number"
        inputMode="numeric"
        min={min}
        max={max}
        step={1}
        required
        defaultValue={initial}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(field, { hint: true, error })}
        className={`${INPUT_CLASS} max-w-32`}
      />
      <FieldError id={field} error={error} />
    </div>
  );
}
