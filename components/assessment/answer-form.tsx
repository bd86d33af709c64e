'use client';

import { useEffect, useMemo } from 'react';
import { useTranslations } from 'next-intl';
import { ANSWER_STATUSES, type AnswerDraft, type AnswerSnapshot } from '@/lib/assessments/answer-fields';
import { useAnswerRules, type AnswerRules } from '@/components/assessment/answer-rules-loader';
import { useAnswerAutosave } from '@/components/assessment/use-answer-autosave';
import { useAssessment } from '@/components/assessment/assessment-context';
import { AnswerTextField } from '@/components/assessment/answer-field';
import { ConflictPanel } from '@/components/assessment/conflict-panel';
import { SaveStatus } from '@/components/assessment/save-status';
import { TextChangedNote, useConfirmation } from '@/components/assessment/text-changed-note';
import type { TransitionAction } from '@/components/assessment/submit-panel';
import { FieldLabel } from '@/components/ui/field';
import { useErrorText } from '@/components/ui/use-error-text';

/** The rules' verdict on the fields, and an answer still to be confirmed after its standard's text changed (lib/assessments/list-missing-answers.ts). */
function completenessOf(fields: AnswerDraft, rules: AnswerRules, needsConfirmation: boolean) {
  const result = rules.answerCompleteSchema.safeParse(fields);
  const problems = result.success ? [] : result.error.issues.map((issue) => ({ field: String(issue.path[0]), message: issue.message }));
  if (needsConfirmation) problems.unshift({ field: 'status', message: 'textChanged' });
  return { complete: problems.length === 0, status: fields.status, problems };
}

/**
 * The editable answer to one standard, saved as the user types. Field ids: `<key>-<field>`.
 * An answer marked „Text geändert – bitte prüfen“ (`needsConfirmation`) shows the note and
 * „Antwort bestätigen“ (`confirmAction`, bound to the project and standard) above its fields.
 */
export function AnswerForm({
  revisionId,
  standardKey,
  initial,
  needsConfirmation = false,
  confirmAction,
}: {
  revisionId: string;
  standardKey: string;
  initial: AnswerSnapshot;
  needsConfirmation?: boolean;
  confirmAction?: TransitionAction;
}) {
  const t = useTranslations('assessment');
  const errorText = useErrorText('assessment');
  const { saveAnswer, report, register, showRequired, completeness: reported } = useAssessment();
  if (!saveAnswer) throw new Error('AnswerForm needs AssessmentProvider with saveAnswer');
  const { fields, state, savedAt, fieldErrors, restored, saver } = useAnswerAutosave({ save: saveAnswer, revisionId, standardKey, initial });
  const rules = useAnswerRules();
  const confirmation = useConfirmation({ needed: needsConfirmation, action: confirmAction });
  // Until the rules arrive (right after the page is shown), the server's verdict stands.
  const computed = useMemo(() => (rules ? completenessOf(fields, rules, confirmation.pending) : null), [fields, rules, confirmation.pending]);
  const completeness = computed ?? reported[standardKey] ?? { complete: false, status: fields.status, problems: [] };

  useEffect(() => {
    if (computed) report(standardKey, computed);
  }, [report, standardKey, computed]);
  useEffect(
    () => register(standardKey, { flush: () => saver.flush(), apply: (patch) => saver.update(patch) }),
    [register, standardKey, saver],
  );

  const errorsFor = (field: keyof AnswerDraft) => {
    const required = showRequired ? completeness.problems.filter((p) => p.field === field).map((p) => p.message) : [];
    return [...new Set([...(fieldErrors[field] ?? []), ...required])];
  };
  const id = (field: string) => `${standardKey}-${field}`;
  const needsMeasures = fields.status === 'PARTIALLY_FULFILLED' || fields.status === 'NOT_FULFILLED';
  const statusErrors = errorsFor('status');
  const dateErrors = errorsFor('targetDate');

  return (
    <div className="space-y-4" data-testid={`answer-${standardKey}`}>
      {confirmation.pending && <TextChangedNote confirmation={confirmation} />}
      <fieldset id={id('status')} tabIndex={-1} aria-describedby={statusErrors.length ? id('status-error') : undefined}>
        <legend className="mb-1 font-semibold">{t('fields.status')}</legend>
        <div className="flex flex-wrap gap-x-5 gap-y-2">
          {ANSWER_STATUSES.map((status) => (
            <label key={status} className="choice">
              <input
                type="radio"
                name={id('status')}
                value={status}
                checked={fields.status === status}
                onChange={() => saver.update({ status })}
                className="choice-input"
              />
              {t(`answerStatus.${status}`)}
            </label>
          ))}
        </div>
        {statusErrors.length > 0 && (
          <p id={id('status-error')} className="mt-1 text-sm font-medium text-danger">
            {statusErrors.map((message) => errorText(message)).join(' ')}
          </p>
        )}
      </fieldset>

      <AnswerTextField
        id={id('implementation')}
        label={t('fields.implementation')}
        hint={t('fields.implementationHint')}
        value={fields.implementation}
        errors={errorsFor('implementation')}
        onChange={(implementation) => saver.update({ implementation })}
      />

      <div className={needsMeasures ? 'rounded border-l-4 border-brand-700 pl-4' : undefined}>
        <AnswerTextField
          id={id('plannedMeasures')}
          label={t('fields.plannedMeasures')}
          value={fields.plannedMeasures}
          errors={errorsFor('plannedMeasures')}
          onChange={(plannedMeasures) => saver.update({ plannedMeasures })}
        />
        <div className="mt-3">
          <FieldLabel id={id('targetDate')} label={t('fields.targetDate')} />
          <input
            id={id('targetDate')}
            type="date"
            value={fields.targetDate ?? ''}
            onChange={(event) => saver.update({ targetDate: event.target.value === '' ? null : event.target.value })}
            aria-invalid={dateErrors.length ? true : undefined}
            aria-describedby={dateErrors.length ? id('targetDate-error') : undefined}
            className="rounded border border-gray-500 px-3 py-2"
          />
          {dateErrors.length > 0 && (
            <p id={id('targetDate-error')} className="mt-1 text-sm font-medium text-danger">
              {dateErrors.map((message) => errorText(message)).join(' ')}
            </p>
          )}
        </div>
      </div>

      <AnswerTextField
        id={id('partners')}
        label={t('fields.partners')}
        value={fields.partners}
        errors={errorsFor('partners')}
        onChange={(partners) => saver.update({ partners })}
      />

      <SaveStatus state={state} savedAt={savedAt} restored={restored} />
      {state.kind === 'conflict' && (
        <ConflictPanel mine={fields} theirs={state.theirs} onResolve={(choice) => saver.resolveConflict(choice)} />
      )}
    </div>
  );
}
