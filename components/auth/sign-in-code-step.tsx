'use client';

import { useEffect, useRef } from 'react';
import { useTranslations } from 'next-intl';
import type { ActionResult } from '@/lib/forms/action-result';
import { signInWithPassword } from '@/components/auth/auth-requests';
import { buttonClass } from '@/components/ui/button-classes';
import { ErrorSummary } from '@/components/ui/error-summary';
import { UncontrolledTextField } from '@/components/ui/text-field';
import { useActionForm } from '@/components/ui/use-action-form';

type Credentials = { email: string; password: string };

/**
 * The second step of two-factor sign-in (ADR 023): e-mail and password were right, the account
 * wants a code. E-mail and password stay in this component's memory (never in the page) and go
 * to next-auth again with the code; a wrong code counts towards the throttle like a wrong password.
 */
async function signInWithCode(credentials: Credentials, code: string): Promise<ActionResult> {
  if (!code.trim()) return { ok: false, fieldErrors: { code: ['codeRequired'] } };
  const error = await signInWithPassword({ ...credentials, code });
  if (error === null) return { ok: true, data: undefined };
  if (error.startsWith('throttled:')) {
    const seconds = Number(error.slice('throttled:'.length)) || 900;
    return { ok: false, formError: 'throttled', values: { minutes: Math.ceil(seconds / 60) } };
  }
  if (error === 'code-invalid') return { ok: false, fieldErrors: { code: ['codeInvalid'] } };
  if (error === 'code-required') return { ok: false, fieldErrors: { code: ['codeRequired'] } };
  if (error === 'invalid' || error === 'CredentialsSignin') return { ok: false, formError: 'invalid' };
  if (error === 'disabled' || error === 'unconfirmed') return { ok: false, formError: error };
  return { ok: false, formError: 'unknown' };
}

export function SignInCodeStep({ credentials, onSignedIn, onCancel }: { credentials: Credentials; onSignedIn: () => void; onCancel: () => void }) {
  const t = useTranslations('auth');
  const headingRef = useRef<HTMLHeadingElement>(null);
  const { errors, formError, pending, summaryRef, submit, summaryFields } = useActionForm({
    namespace: 'auth',
    fields: ['code'],
    action: (code: string) => signInWithCode(credentials, code),
    onSuccess: onSignedIn,
  });
  // The step replaces the first one: say so to screen readers and keyboard users.
  useEffect(() => headingRef.current?.focus(), []);

  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    submit(String(new FormData(event.currentTarget).get('code') ?? ''));
  }

  return (
    <form onSubmit={onSubmit} noValidate className="max-w-md space-y-5" data-testid="sign-in-code-step">
      <h2 ref={headingRef} tabIndex={-1} className="text-2xl font-bold text-brand-900 focus:outline-none">
        {t('codeTitle')}
      </h2>
      <p>{t('codeIntro')}</p>
      <ErrorSummary ref={summaryRef} title={t('errorSummary')} formError={formError} fields={summaryFields(() => t('code'))} />
      <UncontrolledTextField
        id="code"
        label={t('code')}
        hint={t('codeHint')}
        autoComplete="one-time-code"
        autoCapitalize="none"
        spellCheck={false}
        required
        errors={errors.code}
        className="max-w-xs"
      />
      <div className="flex flex-wrap gap-3">
        <button type="submit" disabled={pending} className={buttonClass('primary')}>
          {pending ? t('submitting') : t('submit')}
        </button>
        <button type="button" onClick={onCancel} className={buttonClass('secondary')}>
          {t('codeBack')}
        </button>
      </div>
    </form>
  );
}
