'use client';

import { useState } from 'react';
import { useTranslations } from 'next-intl';
import type { SignInInput } from '@/lib/auth/sign-in-schema';
import { safeReturnPath } from '@/lib/auth/safe-return-path';
import type { ActionResult } from '@/lib/forms/action-result';
import { signInWithPassword } from '@/components/auth/auth-requests';
import { SignInCodeStep } from '@/components/auth/sign-in-code-step';
import { BUTTON_PRIMARY } from '@/components/ui/button-classes';
import { ErrorSummary } from '@/components/ui/error-summary';
import { UncontrolledTextField } from '@/components/ui/text-field';
import { useActionForm } from '@/components/ui/use-action-form';

/**
 * Signs in through next-auth's credentials provider and answers like a Server Action. The
 * provider's error codes (lib/auth/auth-options.ts) become the failure codes of `auth.errors`.
 */
async function signInWithCredentials(values: SignInInput): Promise<ActionResult<{ codeRequired: boolean }>> {
  const code = await signInWithPassword(values);
  if (code === null) return { ok: true, data: { codeRequired: false } };
  // Two-factor sign-in: the password was right, the code is asked for next (SignInCodeStep).
  if (code === 'code-required') return { ok: true, data: { codeRequired: true } };
  if (code.startsWith('throttled:')) {
    const seconds = Number(code.slice('throttled:'.length)) || 900;
    return { ok: false, formError: 'throttled', values: { minutes: Math.ceil(seconds / 60) } };
  }
  if (code === 'invalid' || code === 'CredentialsSignin') return { ok: false, formError: 'invalid' };
  if (code === 'disabled' || code === 'unconfirmed') return { ok: false, formError: code };
  return { ok: false, formError: 'unknown' };
}

/**
 * `callbackUrl`: where to go after signing in (checked by safeReturnPath; else the role's home).
 * `returnHere`: the form stands in for the page the visitor asked for (401), which loads again.
 */
export function LoginForm({ callbackUrl, returnHere = false }: { callbackUrl?: string; returnHere?: boolean }) {
  const t = useTranslations('auth');
  const [pendingCode, setPendingCode] = useState<SignInInput | null>(null);
  // A full navigation, so that the header and every server component see the session.
  const signedIn = () => (returnHere ? window.location.reload() : window.location.assign(safeReturnPath(callbackUrl) ?? '/home'));
  const { errors, formError, pending, summaryRef, submit, summaryFields } = useActionForm({
    namespace: 'auth',
    fields: ['email', 'password'],
    schema: () => import('@/lib/auth/sign-in-schema').then((m) => m.signInSchema),
    action: async (values: SignInInput) => {
      const result = await signInWithCredentials(values);
      if (result.ok && result.data.codeRequired) setPendingCode(values);
      return result;
    },
    onSuccess: ({ codeRequired }) => {
      if (!codeRequired) signedIn();
    },
  });

  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    submit({ email: String(data.get('email') ?? ''), password: String(data.get('password') ?? '') });
  }

  if (pendingCode) return <SignInCodeStep credentials={pendingCode} onSignedIn={signedIn} onCancel={() => setPendingCode(null)} />;
  return (
    <form onSubmit={onSubmit} noValidate className="max-w-md space-y-5">
      <ErrorSummary ref={summaryRef} title={t('errorSummary')} formError={formError} fields={summaryFields((field) => t(field))} />
      <UncontrolledTextField id="email" type="email" autoComplete="username" required label={t('email')} errors={errors.email} />
      <UncontrolledTextField id="password" type="password" autoComplete="current-password" required label={t('password')} errors={errors.password} />
      <button type="submit" disabled={pending} className={BUTTON_PRIMARY}>
        {pending ? t('submitting') : t('submit')}
      </button>
    </form>
  );
}
