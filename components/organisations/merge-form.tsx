'use client';

import { useState } from 'react';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import type { ActionResult } from '@/lib/forms/action-result';
import type { MergeCandidate } from '@/lib/organisations/list-merge-candidates';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { ErrorSummary } from '@/components/ui/error-summary';
import { FieldError, FieldLabel, INPUT_CLASS, describedBy } from '@/components/ui/field';
import { buttonClass } from '@/components/ui/button-classes';
import { useActionForm } from '@/components/ui/use-action-form';
import { useErrorText } from '@/components/ui/use-error-text';

type Result = { duplicateName: string; users: number; projects: number; invitations: number };

/**
 * „Dublette zusammenführen“ (/admin/organisations/[id]): choose the duplicate, confirm in a dialog
 * that names what moves, merge. A choice left empty is said at the field; a refusal of the merge
 * itself inside the dialog.
 */
export function MergeForm({
  organisationName,
  candidates,
  action,
}: {
  organisationName: string;
  candidates: MergeCandidate[];
  action: (input: { duplicateId: string }) => Promise<ActionResult<Result>>;
}) {
  const t = useTranslations('adminOrganisations');
  const errorText = useErrorText('adminOrganisations');
  const router = useRouter();
  const [chosen, setChosen] = useState('');
  const [confirming, setConfirming] = useState(false);
  const [dialogError, setDialogError] = useState<string | null>(null);
  const [done, setDone] = useState<Result | null>(null);
  const { errors, formError, pending, summaryRef, submit, fail, clear, summaryFields } = useActionForm({
    namespace: 'adminOrganisations',
    fields: ['duplicateId'],
    schema: () => import('@/lib/organisations/merge-organisations-schema').then((m) => m.mergeOrganisationsSchema),
    action,
    onSuccess: (data) => {
      setConfirming(false);
      setChosen('');
      setDone(data);
      router.refresh();
    },
    onFailure: (failure) => {
      if (!confirming) return;
      const key = failure.formError ?? Object.values(failure.fieldErrors ?? {})[0]?.[0];
      setDialogError(errorText(key));
    },
  });
  const candidate = candidates.find((item) => item.id === chosen);

  function begin(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setDone(null);
    if (!candidate) {
      fail({ fieldErrors: { duplicateId: ['duplicateRequired'] } });
      return;
    }
    clear();
    setDialogError(null);
    setConfirming(true);
  }

  const error = confirming ? undefined : errors.duplicateId?.join(' ');
  const counts = (item: { userCount: number; projectCount: number; invitationCount: number }) => ({
    users: item.userCount,
    projects: item.projectCount,
    invitations: item.invitationCount,
  });
  return (
    <form onSubmit={begin} noValidate className="max-w-2xl space-y-4">
      {!confirming && (
        <ErrorSummary ref={summaryRef} title={t('errorSummary')} formError={formError} fields={summaryFields(() => t('merge.label'), () => 'merge-duplicate')} />
      )}
      <div>
        <FieldLabel id="merge-duplicate" label={t('merge.label')} />
        <select
          id="merge-duplicate"
          name="duplicateId"
          value={chosen}
          onChange={(event) => setChosen(event.target.value)}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy('merge-duplicate', { error })}
          className={INPUT_CLASS}
        >
          <option value="">{t('merge.choose')}</option>
          {candidates.map((item) => (
            <option key={item.id} value={item.id}>
              {t('merge.option', { name: item.city ? `${item.name} (${item.city})` : item.name, users: item.userCount, projects: item.projectCount })}
            </option>
          ))}
        </select>
        <FieldError id="merge-duplicate" error={error} />
      </div>
      <button type="submit" className={buttonClass('dangerOutline', 'sm')}>
        {t('merge.submit')}
      </button>
      <p role="status" className="font-semibold">
        {done ? t('merge.done', { duplicate: done.duplicateName, users: done.users, projects: done.projects, invitations: done.invitations }) : ''}
      </p>
      <ConfirmDialog
        open={confirming && candidate !== undefined}
        title={t('merge.confirmTitle')}
        text={candidate ? t('merge.confirmText', { duplicate: candidate.name, name: organisationName, ...counts(candidate) }) : ''}
        confirmLabel={t('merge.confirm')}
        cancelLabel={t('merge.cancel')}
        busy={pending}
        error={dialogError}
        danger
        onConfirm={() => {
          setDialogError(null);
          submit({ duplicateId: chosen });
        }}
        onCancel={() => setConfirming(false)}
      />
    </form>
  );
}
