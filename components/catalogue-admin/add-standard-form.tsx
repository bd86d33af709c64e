'use client';

import { useState } from 'react';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import type { ActionResult } from '@/lib/forms/action-result';
import { ErrorSummary } from '@/components/ui/error-summary';
import { Field, INPUT_CLASS, describedBy } from '@/components/ui/field';
import { buttonClass } from '@/components/ui/button-classes';
import { useActionForm } from '@/components/ui/use-action-form';

const FIELDS = ['topicId', 'text', 'objective'] as const;

/**
 * „Standard hinzufügen“: the topic it goes to (at its end), its German text and objective; it
 * gets the next free key and number, and its edit page opens for the rest.
 */
export function AddStandardForm({
  versionId,
  topics,
  nextNumber,
  action,
}: {
  versionId: string;
  topics: { id: string; label: string }[];
  nextNumber: number;
  action: (input: unknown) => Promise<ActionResult<{ key: string; number: number }>>;
}) {
  const t = useTranslations('catalogueAdmin');
  const router = useRouter();
  const [values, setValues] = useState({ topicId: '', text: '', objective: '' });
  const { errors, formError, pending, summaryRef, submit, summaryFields } = useActionForm({
    namespace: 'catalogueAdmin',
    fields: FIELDS,
    schema: () => import('@/lib/catalogue/add-draft-standard-schema').then((m) => m.addDraftStandardSchema),
    action,
    onSuccess: ({ key }) => router.push(`/admin/catalogue/${versionId}/standards/${key}`),
  });
  const ids = { topicId: 'add-topic', text: 'add-text', objective: 'add-objective' };
  const label = (field: (typeof FIELDS)[number]) => t(`addFields.${field}`);
  const set = (field: (typeof FIELDS)[number]) => (event: React.ChangeEvent<HTMLSelectElement | HTMLTextAreaElement>) =>
    setValues((current) => ({ ...current, [field]: event.target.value }));
  const error = (field: (typeof FIELDS)[number]) => errors[field]?.join(' ');

  return (
    <form
      noValidate
      className="mt-3 space-y-4"
      onSubmit={(event) => {
        event.preventDefault();
        submit({ ...values, information: '', textEn: '', objectiveEn: '', informationEn: '' });
      }}
    >
      <p>{t('addIntro', { number: nextNumber })}</p>
      <ErrorSummary ref={summaryRef} title={t('addErrorSummary')} formError={formError} fields={summaryFields(label, (field) => ids[field])} />
      <Field id={ids.topicId} label={label('topicId')} error={error('topicId')}>
        <select
          id={ids.topicId}
          value={values.topicId}
          onChange={set('topicId')}
          aria-invalid={error('topicId') ? true : undefined}
          aria-describedby={describedBy(ids.topicId, { error: error('topicId') })}
          className={INPUT_CLASS}
        >
          <option value="">{t('chooseTopic')}</option>
          {topics.map((topic) => (
            <option key={topic.id} value={topic.id}>
              {topic.label}
            </option>
          ))}
        </select>
      </Field>
      {(['text', 'objective'] as const).map((field) => (
        <Field key={field} id={ids[field]} label={label(field)} hint={t('formatHint')} error={error(field)}>
          <textarea
            id={ids[field]}
            rows={4}
            value={values[field]}
            onChange={set(field)}
            aria-invalid={error(field) ? true : undefined}
            aria-describedby={describedBy(ids[field], { hint: true, error: error(field) })}
            className={INPUT_CLASS}
          />
        </Field>
      ))}
      <button type="submit" disabled={pending} className={buttonClass('primary', 'sm')}>
        {pending ? t('adding') : t('addSubmit')}
      </button>
    </form>
  );
}
