'use client';

import { useTranslations } from 'next-intl';
import { ANSWER_TEXT_MAX } from '@/lib/assessments/answer-fields';
import { INPUT_CLASS, FieldHint, FieldLabel } from '@/components/ui/field';
import { useErrorText } from '@/components/ui/use-error-text';

/** A labelled textarea with a character count and its messages next to it. */
export function AnswerTextField({
  id,
  label,
  hint,
  value,
  errors,
  onChange,
}: {
  id: string;
  label: string;
  hint?: string;
  value: string;
  errors: string[];
  onChange: (value: string) => void;
}) {
  const t = useTranslations('assessment');
  const errorText = useErrorText('assessment');
  const describedBy = [hint ? `${id}-hint` : null, `${id}-count`, errors.length ? `${id}-error` : null].filter(Boolean).join(' ');
  return (
    <div>
      <FieldLabel id={id} label={label} />
      <FieldHint id={id} hint={hint} />
      <textarea
        id={id}
        value={value}
        rows={4}
        onChange={(event) => onChange(event.target.value)}
        aria-invalid={errors.length ? true : undefined}
        aria-describedby={describedBy}
        className={INPUT_CLASS}
      />
      <p id={`${id}-count`} className={`text-xs ${value.length > ANSWER_TEXT_MAX ? 'text-danger' : 'text-muted'}`}>
        {t('fields.characters', { count: value.length, max: ANSWER_TEXT_MAX })}
      </p>
      {errors.length > 0 && (
        <p id={`${id}-error`} className="mt-1 text-sm font-medium text-danger">
          {errors.map((message) => errorText(message)).join(' ')}
        </p>
      )}
    </div>
  );
}
