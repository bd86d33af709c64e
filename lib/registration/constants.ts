/** How long a link in a registration mail is valid. */
export const CONFIRMATION_TOKEN_TTL_MS = 24 * 60 * 60 * 1000;
export const INVITATION_TTL_MS = 7 * 24 * 60 * 60 * 1000;
/** A link to confirm a new e-mail address (lib/users/request-email-change.ts). */
export const EMAIL_CHANGE_TTL_HOURS = 24;
export const EMAIL_CHANGE_TTL_MS = EMAIL_CHANGE_TTL_HOURS * 60 * 60 * 1000;
/** A password-reset link (lib/users/issue-password-reset.ts): short, it replaces the password. */
export const PASSWORD_RESET_TTL_HOURS = 1;
export const PASSWORD_RESET_TTL_MS = PASSWORD_RESET_TTL_HOURS * 60 * 60 * 1000;

/** `${baseUrl}/register/confirm?token=…` and friends; baseUrl without trailing slash. */
export function portalLink(baseUrl: string, path: string, params: Record<string, string> = {}): string {
  const url = new URL(path, `${baseUrl.replace(/\/+$/, '')}/`);
  for (const [key, value] of Object.entries(params)) url.searchParams.set(key, value);
  return url.toString();
}
