'use client';

import { useRef, useState } from 'react';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import type { ActionResult } from '@/lib/forms/action-result';
import { RecoveryCodeList } from '@/components/two-factor/recovery-code-list';
import { buttonClass } from '@/components/ui/button-classes';
import { ErrorSummary } from '@/components/ui/error-summary';
import { UncontrolledTextField } from '@/components/ui/text-field';
import { useActionForm } from '@/components/ui/use-action-form';

/**
 * A change to two-factor sign-in that the account holder confirms with a current code or the
 * password: „Neue Wiederherstellungscodes erzeugen“ (shows the new codes once) and „… ausschalten“
 * (then back to „Mein Konto“, which shows the new state).
 */
export function AccountHolderForm({
  id,
  submitLabel,
  pendingLabel,
  action,
  variant = 'secondary',
  leaveTo,
}: {
  /** Prefix of the field's id (two forms on one page). */
  id: string;
  submitLabel: string;
  pendingLabel: string;
  action: (input: { confirmation: string }) => Promise<ActionResult<{ recoveryCodes: string[] } | undefined>>;
  variant?: 'secondary' | 'danger';
  /** After success, leave for this path (a full navigation) instead of refreshing the page. */
  leaveTo?: string;
}) {
  const t = useTranslations('twoFactor');
  const router = useRouter();
  const [recoveryCodes, setRecoveryCodes] = useState<string[] | null>(null);
  const field = `${id}-confirmation`;
  const formRef = useRef<HTMLFormElement>(null);
  const { errors, formError, pending, summaryRef, submit, summaryFields } = useActionForm({
    namespace: 'twoFactor',
    fields: ['confirmation'],
    schema: () => import('@/lib/two-factor/account-holder-confirmation-schema').then((m) => m.accountHolderConfirmationSchema),
    action,
    onSuccess: (data) => {
      formRef.current?.reset();
      if (data?.recoveryCodes) setRecoveryCodes(data.recoveryCodes);
      else if (leaveTo) window.location.assign(leaveTo);
      else router.refresh();
    },
  });

  return (
    <div className="space-y-4">
      <form
        onSubmit={(event) => {
          event.preventDefault();
          setRecoveryCodes(null);
          submit({ confirmation: String(new FormData(event.currentTarget).get(field) ?? '') });
        }}
        ref={formRef}
        noValidate
        className="max-w-md space-y-4"
      >
        <ErrorSummary ref={summaryRef} title={t('errorSummary')} formError={formError} fields={summaryFields(() => t('confirmation'), () => field)} />
        <UncontrolledTextField
          id={field}
          label={t('confirmation')}
          hint={t('confirmationHint')}
          type="password"
          autoComplete="off"
          required
          errors={errors.confirmation}
          className="max-w-sm"
        />
        <button type="submit" disabled={pending} className={buttonClass(variant)}>
          {pending ? pendingLabel : submitLabel}
        </button>
      </form>
      {recoveryCodes && (
        <RecoveryCodeList codes={recoveryCodes} heading={t('recoveryHeading')} text={t('recoveryText')} listLabel={t('recoveryListLabel')} copyHint={t('copyHint')} />
      )}
    </div>
  );
}
