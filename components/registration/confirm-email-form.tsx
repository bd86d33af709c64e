'use client';

import Link from 'next/link';
import { useEffect, useRef, useState } from 'react';
import { useTranslations } from 'next-intl';
import type { ActionResult } from '@/lib/forms/action-result';
import type { ConfirmEmailResult } from '@/lib/registration/confirm-email';
import { ErrorSummary } from '@/components/ui/error-summary';
import { BUTTON_PRIMARY } from '@/components/ui/button-classes';
import { useActionForm } from '@/components/ui/use-action-form';

type Registration = { email: string; name: string; organisationName: string | null };

/**
 * /register/confirm: the registration the link belongs to, and the button that confirms it (a
 * Server Action, bound to the token: opening the link confirms nothing — ADR 024). Afterwards
 * the page says what happened, and its heading takes the focus.
 */
export function ConfirmEmailForm({
  registration,
  action,
}: {
  registration: Registration;
  action: () => Promise<ActionResult<{ result: ConfirmEmailResult }>>;
}) {
  const t = useTranslations('register');
  const [result, setResult] = useState<ConfirmEmailResult | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (result) heading.current?.focus();
  }, [result]);
  const { formError, pending, summaryRef, submit } = useActionForm({
    namespace: 'register',
    fields: [],
    action: () => action(),
    onSuccess: (data) => setResult(data.result),
  });

  if (result === 'confirmed') {
    return (
      <div role="status">
        <h1 ref={heading} tabIndex={-1} className="mb-4 text-3xl font-bold text-brand-900 focus:outline-none">
          {t('confirm.successTitle')}
        </h1>
        <p className="mb-6 max-w-2xl">{t('confirm.successText')}</p>
        <Link href="/login" className={BUTTON_PRIMARY}>
          {t('confirm.signIn')}
        </Link>
      </div>
    );
  }
  if (result) {
    return (
      <div role="alert">
        <h1 ref={heading} tabIndex={-1} className="mb-4 text-3xl font-bold text-brand-900 focus:outline-none">
          {t('confirm.failedTitle')}
        </h1>
        <p className="mb-4 max-w-2xl" data-testid="confirm-problem">
          {t(`confirm.${result}`)}
        </p>
        <Link href="/register/resend" className="underline">
          {t('confirm.resendLink')}
        </Link>
      </div>
    );
  }
  return (
    <>
      <h1 className="mb-2 text-3xl font-bold text-brand-900">{t('confirm.title')}</h1>
      <p className="mb-6 max-w-2xl break-words">{t('confirm.intro', { email: registration.email })}</p>
      <h2 className="mb-2 text-xl font-bold text-brand-900">{t('confirm.registrationHeading')}</h2>
      <dl className="mb-6 grid max-w-2xl grid-cols-1 gap-x-4 gap-y-1 sm:grid-cols-[max-content_1fr]" data-testid="confirm-registration">
        <dt className="font-semibold">{t('confirm.name')}</dt>
        <dd className="mb-2 break-words sm:mb-0">{registration.name}</dd>
        <dt className="font-semibold">{t('confirm.organisation')}</dt>
        <dd className="break-words">{registration.organisationName ?? t('confirm.noOrganisation')}</dd>
      </dl>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          submit(undefined);
        }}
        className="mb-8 space-y-3"
      >
        <ErrorSummary ref={summaryRef} title={t('errorSummary')} formError={formError} fields={[]} />
        <button type="submit" disabled={pending} className={BUTTON_PRIMARY}>
          {pending ? t('confirm.submitting') : t('confirm.submit')}
        </button>
      </form>
      <p className="max-w-2xl">
        {t('confirm.notMine')}{' '}
        <Link href="/register" className="underline">
          {t('confirm.registerInstead')}
        </Link>
      </p>
    </>
  );
}
