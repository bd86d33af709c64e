'use client';

import { useRef, useState } from 'react';
import { useTranslations } from 'next-intl';
import type { ActionResult } from '@/lib/forms/action-result';
import { SavedStatus } from '@/components/account/saved-status';
import { ErrorSummary } from '@/components/ui/error-summary';
import { UncontrolledTextField } from '@/components/ui/text-field';
import { BUTTON_PRIMARY } from '@/components/ui/button-classes';
import { useActionForm } from '@/components/ui/use-action-form';

const FIELDS = ['currentPassword', 'password', 'passwordConfirmation'] as const;
const IDS = { currentPassword: 'current-password', password: 'new-password', passwordConfirmation: 'new-password-confirmation' } as const;
const LABELS = { currentPassword: 'password.currentPassword', password: 'password.newPassword', passwordConfirmation: 'password.passwordConfirmation' } as const;
type Values = { email: string; currentPassword: string; password: string; passwordConfirmation: string };

/**
 * „Passwort“ on /account: the current password and the new one twice (the rules of registration,
 * against `email`). Afterwards this browser stays signed in; every other session has ended.
 */
export function PasswordChangeForm({ email, action }: { email: string; action: (input: Values) => Promise<ActionResult<null>> }) {
  const t = useTranslations('accountSettings');
  const formRef = useRef<HTMLFormElement>(null);
  const [saved, setSaved] = useState(false);
  const clearPasswords = () => {
    for (const name of Object.values(IDS)) {
      const input = formRef.current?.elements.namedItem(name);
      if (input instanceof HTMLInputElement) input.value = '';
    }
  };
  const { errors, formError, pending, summaryRef, submit, summaryFields } = useActionForm({
    namespace: 'accountSettings',
    fields: FIELDS,
    schema: () => import('@/lib/users/change-own-password-schema').then((m) => m.changeOwnPasswordSchema),
    action,
    onSuccess: () => {
      clearPasswords();
      setSaved(true);
    },
    // Passwords are never kept after an error.
    onFailure: clearPasswords,
  });

  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSaved(false);
    const data = new FormData(event.currentTarget);
    const value = (field: (typeof FIELDS)[number]) => String(data.get(IDS[field]) ?? '');
    submit({ email, currentPassword: value('currentPassword'), password: value('password'), passwordConfirmation: value('passwordConfirmation') });
  }

  return (
    <form ref={formRef} onSubmit={onSubmit} noValidate className="max-w-xl space-y-4">
      <ErrorSummary ref={summaryRef} title={t('errorSummary')} formError={formError} fields={summaryFields((field) => t(LABELS[field]), (field) => IDS[field])} />
      {/* The address for password managers, which save the new password under it. */}
      <input type="email" name="username" autoComplete="username" value={email} readOnly hidden />
      <UncontrolledTextField id={IDS.currentPassword} type="password" label={t(LABELS.currentPassword)} autoComplete="current-password" required errors={errors.currentPassword} />
      <UncontrolledTextField
        id={IDS.password}
        type="password"
        label={t(LABELS.password)}
        hint={t('password.newPasswordHint')}
        autoComplete="new-password"
        required
        errors={errors.password}
      />
      <UncontrolledTextField
        id={IDS.passwordConfirmation}
        type="password"
        label={t(LABELS.passwordConfirmation)}
        autoComplete="new-password"
        required
        errors={errors.passwordConfirmation}
      />
      <button type="submit" disabled={pending} className={BUTTON_PRIMARY}>
        {pending ? t('password.submitting') : t('password.submit')}
      </button>
      <SavedStatus text={saved ? t('password.saved') : null} />
    </form>
  );
}
