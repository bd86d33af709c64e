/**
 * Limits of the account's self-service (lib/rate-limit/consume-rate-limit.ts counts them in
 * PostgreSQL; every attempt counts, whatever its outcome, so a limit reveals nothing).
 */
export const ACCOUNT_RATE_LIMITS = {
  /** „Passwort vergessen“ per e-mail address (key `reset:<address>`). */
  passwordReset: { limit: 5, windowMs: 60 * 60 * 1000 },
  /** „Passwort vergessen“ per client address (key `reset-ip:<ip>`): one source cannot mail a whole list. */
  passwordResetIp: { limit: 20, windowMs: 60 * 60 * 1000 },
  /** Checks of the current password on /account per account (`account-password:<userId>`): a taken-over session cannot guess it. */
  currentPassword: { limit: 5, windowMs: 15 * 60 * 1000 },
  /** Links to a new e-mail address per account (`email-change:<userId>`). */
  emailChange: { limit: 5, windowMs: 60 * 60 * 1000 },
} as const;
