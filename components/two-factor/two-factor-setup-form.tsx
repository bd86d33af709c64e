'use client';

import { useEffect, useRef, useState } from 'react';
import { useTranslations } from 'next-intl';
import type { ActionResult } from '@/lib/forms/action-result';
import { RecoveryCodeList } from '@/components/two-factor/recovery-code-list';
import { buttonClass } from '@/components/ui/button-classes';
import { ErrorSummary } from '@/components/ui/error-summary';
import { UncontrolledTextField } from '@/components/ui/text-field';
import { useActionForm } from '@/components/ui/use-action-form';

/**
 * „2. Mit einem Code bestätigen“ on /account/two-factor; after the confirmation the ten recovery
 * codes (shown this once) and the way on: staff to the portal, applicants back to „Mein Konto“.
 */
export function TwoFactorSetupForm({
  action,
  doneHref,
  doneLabel,
  children,
}: {
  action: (input: { code: string }) => Promise<ActionResult<{ recoveryCodes: string[] }>>;
  doneHref: string;
  doneLabel: string;
  /** QR code, key and the instructions: shown until the set-up is confirmed, then replaced by the codes. */
  children: React.ReactNode;
}) {
  const t = useTranslations('twoFactor');
  const [recoveryCodes, setRecoveryCodes] = useState<string[] | null>(null);
  const { errors, formError, pending, summaryRef, submit, summaryFields } = useActionForm({
    namespace: 'twoFactor',
    fields: ['code'],
    schema: () => import('@/lib/two-factor/confirm-two-factor-setup-schema').then((m) => m.confirmTwoFactorSetupSchema),
    action,
    onSuccess: (data) => setRecoveryCodes(data.recoveryCodes),
  });
  const shownRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (recoveryCodes) shownRef.current?.querySelector<HTMLElement>('#recovery-codes-heading')?.focus();
  }, [recoveryCodes]);

  if (recoveryCodes) {
    return (
      <div ref={shownRef} className="space-y-6">
        <p role="status" className="rounded border-l-4 border-success bg-green-50 p-3 font-semibold">
          {t('enabledNow')}
        </p>
        <RecoveryCodeList codes={recoveryCodes} heading={t('recoveryHeading')} text={t('recoveryText')} listLabel={t('recoveryListLabel')} copyHint={t('copyHint')} />
        {/* A full navigation: every guard reads the new state from the database. */}
        <a href={doneHref} className={buttonClass('primary')}>
          {doneLabel}
        </a>
      </div>
    );
  }
  return (
    <>
      {children}
      <form
        onSubmit={(event) => {
          event.preventDefault();
          submit({ code: String(new FormData(event.currentTarget).get('code') ?? '') });
        }}
        noValidate
        className="max-w-md space-y-5"
      >
        <ErrorSummary ref={summaryRef} title={t('errorSummary')} formError={formError} fields={summaryFields(() => t('code'))} />
        <UncontrolledTextField
          id="code"
          label={t('code')}
          hint={t('codeHint')}
          inputMode="numeric"
          autoComplete="one-time-code"
          required
          errors={errors.code}
          className="max-w-xs"
        />
        <button type="submit" disabled={pending} className={buttonClass('primary')}>
          {pending ? t('confirming') : t('confirm')}
        </button>
      </form>
    </>
  );
}
