import type { z } from 'zod';
import { normaliseEmail } from '@/lib/users/normalise-email';

/** The same as lib/auth/password.ts (not imported: that module loads Argon2, and this one runs in
 * the browser too); tests/integration/register.test.ts checks that they agree. */
export const PASSWORD_MIN_LENGTH = 12;
const PASSWORD_MAX_LENGTH = 128;

/**
 * The password rules of a self-chosen password, each with its own reason (i18n keys of the
 * `register.errors` catalogue): too short, too long, the e-mail address itself, or containing it.
 */
export function checkPassword({
  password,
  email,
  ctx,
  path,
}: {
  password: string;
  email: string;
  ctx: z.RefinementCtx;
  path: string[];
}): void {
  const issue = (message: string) => ctx.addIssue({ code: 'custom', message, path });
  if (password.length < PASSWORD_MIN_LENGTH) issue('passwordTooShort');
  else if (password.length > PASSWORD_MAX_LENGTH) issue('passwordTooLong');
  const address = normaliseEmail(email);
  if (!address) return;
  const lower = password.trim().toLowerCase();
  if (lower === address) issue('passwordSameAsEmail');
  else if (lower.includes(address)) issue('passwordContainsEmail');
}
