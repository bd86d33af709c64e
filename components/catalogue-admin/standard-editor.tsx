'use client';

import { useEffect, useState } from 'react';
import { useRouter } from 'next/navigation';
import { useFormatter, useTranslations } from 'next-intl';
import type { ActionResult } from '@/lib/forms/action-result';
import { STANDARD_TEXT_FIELDS, normalizeCatalogueText, toStandardTextsInput, toStoredStandardTexts, type StandardTextField, type StandardTextsInput } from '@/lib/catalogue/catalogue-text';
import type { StoredDraftStandard } from '@/lib/catalogue/draft-standard-select';
import { ErrorSummary } from '@/components/ui/error-summary';
import { Field, INPUT_CLASS, describedBy } from '@/components/ui/field';
import { buttonClass } from '@/components/ui/button-classes';
import { useActionForm } from '@/components/ui/use-action-form';
import { StandardCardView, type StandardLabels } from '@/components/catalogue/standard-card-view';
import { CatalogueConflict } from '@/components/catalogue-admin/catalogue-conflict';

const GERMAN = ['text', 'objective', 'information'] as const satisfies readonly StandardTextField[];
const ENGLISH = ['textEn', 'objectiveEn', 'informationEn'] as const satisfies readonly StandardTextField[];
const REQUIRED: readonly StandardTextField[] = ['text', 'objective'];

/**
 * The edit form of one standard of the draft: its six texts (German, binding; English, the
 * courtesy translation) in the catalogue's line format, with a live preview rendered by the
 * public catalogue's own component (StandardCardView) in both languages. „Speichern“ sends the
 * lock version the form was opened with: a stale save shows the other administrator's text
 * (CatalogueConflict), never overwrites it. Leaving with unsaved text asks first.
 */
export function StandardEditor({
  standard,
  labels,
  action,
}: {
  standard: StoredDraftStandard;
  /** The preview's words around the texts, per language. */
  labels: { de: StandardLabels; en: StandardLabels };
  action: (input: unknown) => Promise<ActionResult<StoredDraftStandard, StoredDraftStandard>>;
}) {
  const t = useTranslations('catalogueAdmin');
  const format = useFormatter();
  const router = useRouter();
  const [stored, setStored] = useState(standard);
  const [values, setValues] = useState<StandardTextsInput>(() => toStandardTextsInput(standard));
  const [lockVersion, setLockVersion] = useState(standard.lockVersion);
  const [conflict, setConflict] = useState<StoredDraftStandard | null>(null);
  const [savedNow, setSavedNow] = useState(false);
  const { errors, formError, pending, summaryRef, submit, summaryFields } = useActionForm({
    namespace: 'catalogueAdmin',
    fields: STANDARD_TEXT_FIELDS,
    schema: () => import('@/lib/catalogue/update-draft-standard-schema').then((m) => m.updateDraftStandardSchema),
    action,
    onSuccess: (saved) => {
      setStored(saved);
      setLockVersion(saved.lockVersion);
      setValues(toStandardTextsInput(saved));
      setConflict(null);
      setSavedNow(true);
      router.refresh();
    },
    onFailure: (failure) => {
      if (failure.formError === 'catalogueChanged' && failure.details) setConflict(failure.details);
    },
  });

  const storedInput = toStandardTextsInput(stored);
  const dirty = STANDARD_TEXT_FIELDS.some((field) => normalizeCatalogueText(values[field]) !== storedInput[field]);
  useEffect(() => {
    if (!dirty) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [dirty]);

  const save = (base: number) => {
    setSavedNow(false);
    submit({ key: standard.key, expectedLockVersion: base, ...values });
  };
  const label = (field: StandardTextField) => t(`fields.${field}`);
  const preview = { key: standard.key, number: standard.number, ...toStoredStandardTexts(mapValues(values, normalizeCatalogueText)) };

  const textarea = (field: StandardTextField) => {
    const error = errors[field]?.join(' ');
    const id = `field-${field}`;
    return (
      <Field key={field} id={id} label={label(field)} optionalLabel={REQUIRED.includes(field) ? undefined : t('optional')} error={error}>
        <textarea
          id={id}
          name={field}
          lang={field.endsWith('En') ? 'en' : 'de'}
          rows={field.startsWith('text') ? 6 : 5}
          value={values[field]}
          onChange={(event) => {
            const value = event.target.value;
            setSavedNow(false);
            setValues((current) => ({ ...current, [field]: value }));
          }}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(id, { error })}
          className={`${INPUT_CLASS} field-sizing-content min-h-24 max-h-[36rem]`}
        />
      </Field>
    );
  };

  return (
    <div className="grid gap-8 lg:grid-cols-2">
      <form
        noValidate
        className="min-w-0 space-y-6"
        onSubmit={(event) => {
          event.preventDefault();
          save(lockVersion);
        }}
      >
        <ErrorSummary
          ref={summaryRef}
          title={t('standardErrorSummary')}
          formError={conflict ? undefined : formError}
          fields={summaryFields(label, (field) => `field-${field}`)}
        />
        {conflict && (
          <CatalogueConflict
            busy={pending}
            updatedAt={conflict.updatedAt}
            updatedByName={conflict.updatedByName}
            fields={STANDARD_TEXT_FIELDS.map((field) => ({ name: field, label: label(field), mine: normalizeCatalogueText(values[field]), theirs: conflict[field] ?? '' }))}
            onKeepMine={() => {
              setLockVersion(conflict.lockVersion);
              save(conflict.lockVersion);
            }}
            onTakeTheirs={() => {
              setStored(conflict);
              setLockVersion(conflict.lockVersion);
              setValues(toStandardTextsInput(conflict));
              setConflict(null);
            }}
          />
        )}
        <p id="format-hint" className="rounded bg-brand-50 p-3 text-sm">
          {t('formatHint')}
        </p>
        <fieldset className="space-y-4">
          <legend className="mb-2 text-xl font-semibold text-brand-900">{t('german')}</legend>
          {GERMAN.map(textarea)}
        </fieldset>
        <fieldset className="space-y-4">
          <legend className="mb-1 text-xl font-semibold text-brand-900">{t('english')}</legend>
          <p className="text-sm text-muted">{t('englishHint')}</p>
          {ENGLISH.map(textarea)}
        </fieldset>
        <div className="flex flex-wrap items-center gap-4">
          {/* Not `disabled` while saving: it keeps the keyboard focus (useActionForm ignores a second submit). */}
          <button type="submit" aria-disabled={pending || undefined} className={buttonClass('primary')}>
            {pending ? t('saving') : t('save')}
          </button>
          <p role="status" className="text-sm font-semibold" data-testid="standard-save-status">
            {savedNow && stored.updatedAt
              ? t('savedAt', { time: format.dateTime(new Date(stored.updatedAt), { timeStyle: 'short' }) })
              : dirty
                ? t('unsaved')
                : ''}
          </p>
        </div>
        {stored.updatedAt && (
          <p className="text-sm text-muted">
            {t('lastSaved', {
              time: format.dateTime(new Date(stored.updatedAt), { dateStyle: 'medium', timeStyle: 'short' }),
              name: stored.updatedByName ?? t('conflict.someone'),
            })}
          </p>
        )}
      </form>

      <section aria-labelledby="preview-heading" className="min-w-0 space-y-4" data-testid="standard-preview">
        <h2 id="preview-heading" className="text-xl font-semibold text-brand-900">
          {t('preview')}
        </h2>
        <p className="text-sm text-muted">{t('previewHint')}</p>
        <h3 className="font-semibold">{t('previewGerman')}</h3>
        <div lang="de">
          <StandardCardView standard={preview} locale="de" labels={labels.de} idPrefix="preview-de-" />
        </div>
        <h3 className="font-semibold">{t('previewEnglish')}</h3>
        <div lang="en">
          <StandardCardView standard={preview} locale="en" labels={labels.en} idPrefix="preview-en-" />
        </div>
      </section>
    </div>
  );
}

function mapValues(values: StandardTextsInput, transform: (value: string) => string): StandardTextsInput {
  return Object.fromEntries(STANDARD_TEXT_FIELDS.map((field) => [field, transform(values[field])])) as StandardTextsInput;
}
