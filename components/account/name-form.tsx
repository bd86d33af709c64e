'use client';

import { useState } from 'react';
import { useTranslations } from 'next-intl';
import type { ActionResult } from '@/lib/forms/action-result';
import { SavedStatus } from '@/components/account/saved-status';
import { ErrorSummary } from '@/components/ui/error-summary';
import { UncontrolledTextField } from '@/components/ui/text-field';
import { BUTTON_PRIMARY } from '@/components/ui/button-classes';
import { useActionForm } from '@/components/ui/use-action-form';

type Values = { name: string };

/**
 * „Name“ on /account. The rule is registration's (lib/users/change-own-name-schema.ts), and so are
 * its messages (`register.errors`): a stricter rule there applies here with its words.
 */
export function NameForm({ name, action }: { name: string; action: (input: Values) => Promise<ActionResult<{ name: string }>> }) {
  const t = useTranslations('accountSettings');
  const [saved, setSaved] = useState(false);
  const { errors, formError, pending, summaryRef, submit, summaryFields } = useActionForm({
    namespace: 'register',
    fields: ['name'],
    schema: () => import('@/lib/users/change-own-name-schema').then((m) => m.changeOwnNameSchema),
    action,
    onSuccess: () => setSaved(true),
  });

  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSaved(false);
    submit({ name: String(new FormData(event.currentTarget).get('account-name') ?? '') });
  }

  return (
    <form onSubmit={onSubmit} noValidate className="max-w-xl space-y-4">
      <ErrorSummary ref={summaryRef} title={t('errorSummary')} formError={formError} fields={summaryFields(() => t('name.label'), () => 'account-name')} />
      <UncontrolledTextField id="account-name" label={t('name.label')} defaultValue={name} autoComplete="name" required maxLength={200} errors={errors.name} />
      <button type="submit" disabled={pending} className={BUTTON_PRIMARY}>
        {pending ? t('name.submitting') : t('name.submit')}
      </button>
      <SavedStatus text={saved ? t('name.saved') : null} />
    </form>
  );
}
