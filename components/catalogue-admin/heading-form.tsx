'use client';

import { useState } from 'react';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import type { ActionResult } from '@/lib/forms/action-result';
import type { StoredDraftHeading } from '@/lib/catalogue/update-draft-heading';
import { ErrorSummary } from '@/components/ui/error-summary';
import { Field, INPUT_CLASS, describedBy } from '@/components/ui/field';
import { buttonClass } from '@/components/ui/button-classes';
import { useActionForm } from '@/components/ui/use-action-form';
import { CatalogueConflict } from '@/components/catalogue-admin/catalogue-conflict';

const FIELDS = ['heading', 'headingEn'] as const;
type Values = { heading: string; headingEn: string };

/**
 * A phase title or topic heading of the draft, German and English, in a disclosure
 * („Titel bearbeiten“): saved with the lock version it was opened with; a conflict shows the
 * other administrator's text (CatalogueConflict).
 */
export function HeadingForm({
  kind,
  id,
  initial,
  action,
}: {
  kind: 'phase' | 'topic';
  id: string;
  initial: { heading: string; headingEn: string | null; lockVersion: number };
  action: (input: unknown) => Promise<ActionResult<StoredDraftHeading, StoredDraftHeading>>;
}) {
  const t = useTranslations('catalogueAdmin');
  const router = useRouter();
  const [values, setValues] = useState<Values>({ heading: initial.heading, headingEn: initial.headingEn ?? '' });
  const [lockVersion, setLockVersion] = useState(initial.lockVersion);
  const [conflict, setConflict] = useState<StoredDraftHeading | null>(null);
  const [saved, setSaved] = useState(false);
  const ids = { heading: `${kind}-${id}-heading`, headingEn: `${kind}-${id}-headingEn` };
  const { errors, formError, pending, summaryRef, submit, summaryFields } = useActionForm({
    namespace: 'catalogueAdmin',
    fields: FIELDS,
    schema: () => import('@/lib/catalogue/update-draft-heading-schema').then((m) => m.updateDraftHeadingSchema),
    action,
    onSuccess: (stored) => {
      setLockVersion(stored.lockVersion);
      setValues({ heading: stored.heading, headingEn: stored.headingEn ?? '' });
      setConflict(null);
      setSaved(true);
      router.refresh();
    },
    onFailure: (failure) => {
      if (failure.formError === 'catalogueChanged' && failure.details) setConflict(failure.details);
    },
  });
  const save = (base: number, next: Values = values) => {
    setSaved(false);
    submit({ kind, id, expectedLockVersion: base, ...next });
  };
  const label = (field: (typeof FIELDS)[number]) => t(`headingFields.${kind}.${field}`);

  return (
    <form
      noValidate
      className="mt-3 space-y-3"
      onSubmit={(event) => {
        event.preventDefault();
        save(lockVersion);
      }}
    >
      <ErrorSummary ref={summaryRef} title={t('headingErrorSummary')} formError={conflict ? undefined : formError} fields={summaryFields(label, (field) => ids[field])} />
      {conflict && (
        <CatalogueConflict
          busy={pending}
          updatedAt={conflict.updatedAt}
          updatedByName={conflict.updatedByName}
          fields={FIELDS.map((field) => ({ name: field, label: label(field), mine: values[field], theirs: (conflict[field] ?? '') as string }))}
          onKeepMine={() => {
            setLockVersion(conflict.lockVersion);
            save(conflict.lockVersion);
          }}
          onTakeTheirs={() => {
            setLockVersion(conflict.lockVersion);
            setValues({ heading: conflict.heading, headingEn: conflict.headingEn ?? '' });
            setConflict(null);
          }}
        />
      )}
      {FIELDS.map((field) => {
        const error = errors[field]?.join(' ');
        return (
          <Field key={field} id={ids[field]} label={label(field)} optionalLabel={field === 'headingEn' ? t('optional') : undefined} error={error}>
            <input
              id={ids[field]}
              name={field}
              lang={field === 'headingEn' ? 'en' : 'de'}
              value={values[field]}
              onChange={(event) => setValues((current) => ({ ...current, [field]: event.target.value }))}
              aria-invalid={error ? true : undefined}
              aria-describedby={describedBy(ids[field], { error })}
              className={INPUT_CLASS}
            />
          </Field>
        );
      })}
      <div className="flex flex-wrap items-center gap-3">
        <button type="submit" disabled={pending} className={buttonClass('primary', 'sm')}>
          {pending ? t('saving') : t('save')}
        </button>
        <p role="status" className="text-sm font-semibold">
          {saved ? t('saved') : ''}
        </p>
      </div>
    </form>
  );
}
