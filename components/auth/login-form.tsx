'use client';

import { useState, useTransition } from 'react';
import { signIn } from 'next-auth/react';
import { useTranslations } from 'next-intl';
import { signInSchema } from '@/lib/auth/sign-in-schema';
import { safeReturnPath } from '@/lib/auth/safe-return-path';
import { BUTTON_PRIMARY } from '@/components/ui/button-classes';

type FieldErrors = Partial<Record<'email' | 'password', string>>;

/** Maps the provider's error code (lib/auth/auth-options.ts) to a message. */
function useErrorMessage() {
  const t = useTranslations('auth.errors');
  return (code: string | undefined): string => {
    if (code?.startsWith('throttled:')) {
      const seconds = Number(code.slice('throttled:'.length)) || 900;
      return t('throttled', { minutes: Math.ceil(seconds / 60) });
    }
    switch (code) {
      case 'invalid':
      case 'CredentialsSignin':
        return t('invalid');
      case 'disabled':
        return t('disabled');
      case 'unconfirmed':
        return t('unconfirmed');
      default:
        return t('unknown');
    }
  };
}

export function LoginForm({ callbackUrl }: { callbackUrl: string | undefined }) {
  const t = useTranslations('auth');
  const errorMessage = useErrorMessage();
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();

  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const parsed = signInSchema.safeParse({ email: data.get('email'), password: data.get('password') });
    if (!parsed.success) {
      const errors: FieldErrors = {};
      for (const issue of parsed.error.issues) {
        const field = issue.path[0] as keyof FieldErrors;
        errors[field] ??= t(`errors.${issue.message as 'emailRequired'}`);
      }
      setFieldErrors(errors);
      setFormError(null);
      return;
    }
    setFieldErrors({});
    startTransition(async () => {
      const result = await signIn('credentials', { ...parsed.data, redirect: false });
      if (!result || result.error) {
        setFormError(errorMessage(result?.error ?? undefined));
        return;
      }
      // A full navigation, so that the header and every server component see the session.
      window.location.assign(safeReturnPath(callbackUrl) ?? '/home');
    });
  }

  return (
    <form onSubmit={onSubmit} noValidate className="max-w-md space-y-5">
      {formError && (
        <div role="alert" className="rounded border-l-4 border-danger bg-red-50 p-4">
          <p className="font-semibold">{t('errorSummary')}</p>
          <p data-testid="login-error">{formError}</p>
        </div>
      )}
      <div>
        <label htmlFor="email" className="mb-1 block font-semibold">
          {t('email')}
        </label>
        <input
          id="email"
          name="email"
          type="email"
          autoComplete="username"
          required
          aria-invalid={fieldErrors.email ? true : undefined}
          aria-describedby={fieldErrors.email ? 'email-error' : undefined}
          className="w-full rounded border border-gray-500 px-3 py-2"
        />
        {fieldErrors.email && (
          <p id="email-error" className="mt-1 text-sm text-danger">
            {fieldErrors.email}
          </p>
        )}
      </div>
      <div>
        <label htmlFor="password" className="mb-1 block font-semibold">
          {t('password')}
        </label>
        <input
          id="password"
          name="password"
          type="password"
          autoComplete="current-password"
          required
          aria-invalid={fieldErrors.password ? true : undefined}
          aria-describedby={fieldErrors.password ? 'password-error' : undefined}
          className="w-full rounded border border-gray-500 px-3 py-2"
        />
        {fieldErrors.password && (
          <p id="password-error" className="mt-1 text-sm text-danger">
            {fieldErrors.password}
          </p>
        )}
      </div>
      <button type="submit" disabled={pending} className={BUTTON_PRIMARY}>
        {pending ? t('submitting') : t('submit')}
      </button>
    </form>
  );
}
