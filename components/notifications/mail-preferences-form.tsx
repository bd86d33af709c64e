'use client';

import { useState } from 'react';
import { useTranslations } from 'next-intl';
import type { ActionResult } from '@/lib/forms/action-result';
import type { NotificationKind } from '@/lib/notifications/notification-kinds';
import { ErrorSummary } from '@/components/ui/error-summary';
import { BUTTON_PRIMARY } from '@/components/ui/button-classes';
import { useActionForm } from '@/components/ui/use-action-form';

type Values = { mailKinds: NotificationKind[] };

/** The e-mail settings: one checkbox per kind of notification the user's role receives. */
export function MailPreferencesForm({
  preferences,
  action,
}: {
  preferences: { kind: NotificationKind; mail: boolean }[];
  action: (input: Values) => Promise<ActionResult<null>>;
}) {
  const t = useTranslations('notifications');
  const [saved, setSaved] = useState(false);
  const { errors, formError, pending, summaryRef, submit, summaryFields } = useActionForm({
    namespace: 'notifications',
    fields: ['mailKinds'],
    schema: () => import('@/lib/notifications/update-mail-preferences-schema').then((m) => m.updateMailPreferencesSchema),
    action,
    onSuccess: () => setSaved(true),
  });

  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSaved(false);
    const chosen = new FormData(event.currentTarget).getAll('mailKinds').map(String) as NotificationKind[];
    submit({ mailKinds: chosen });
  }

  return (
    <form onSubmit={onSubmit} noValidate className="max-w-xl space-y-4">
      <ErrorSummary
        ref={summaryRef}
        title={t('settings.errorSummary')}
        formError={formError}
        fields={summaryFields(() => t('settings.legend'), () => `mail-${preferences[0]?.kind ?? ''}`)}
      />
      <fieldset aria-describedby={errors.mailKinds ? 'mailKinds-error' : undefined}>
        <legend className="mb-2 font-semibold">{t('settings.legend')}</legend>
        <ul className="space-y-2">
          {preferences.map(({ kind, mail }) => (
            <li key={kind} className="flex items-start gap-2">
              <input
                type="checkbox"
                id={`mail-${kind}`}
                name="mailKinds"
                value={kind}
                defaultChecked={mail}
                onChange={() => setSaved(false)}
                className="mt-1 h-5 w-5 shrink-0"
              />
              <label htmlFor={`mail-${kind}`}>{t(`settings.kinds.${kind}`)}</label>
            </li>
          ))}
        </ul>
        {errors.mailKinds && (
          <p id="mailKinds-error" className="mt-1 text-sm font-semibold text-danger">
            {errors.mailKinds.join(' ')}
          </p>
        )}
      </fieldset>
      <button type="submit" disabled={pending} className={BUTTON_PRIMARY}>
        {pending ? t('settings.saving') : t('settings.save')}
      </button>
      <p role="status" className="font-semibold">
        {saved ? t('settings.saved') : ''}
      </p>
    </form>
  );
}
