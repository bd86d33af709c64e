import type { Role } from '@/lib/generated/prisma/enums';

/**
 * How long a session may go without activity before the server refuses it (ADR 022): 30 minutes
 * for funding officers and administrators, 2 hours for applicants. The server's rule is
 * lib/auth/session-claims.ts; the browser's warning dialog (components/auth/idle-session-watcher.tsx)
 * uses the same numbers, so this module is free of server code.
 */
export const IDLE_TIMEOUT_MINUTES = { APPLICANT: 120, OFFICER: 30, ADMIN: 30 } as const satisfies Record<Role, number>;

export function idleTimeoutMs(role: Role): number {
  return IDLE_TIMEOUT_MINUTES[role] * 60_000;
}

/** The warning dialog appears this long before the session ends. */
export const IDLE_WARNING_MS = 2 * 60_000;

/** The browser reports activity to the server (POST /api/auth/session) at most this often. */
export const ACTIVITY_REPORT_INTERVAL_MS = 60_000;

/** The longest session, active or not (next-auth's `maxAge`, lib/auth/auth-options.ts). */
export const SESSION_MAX_AGE_SECONDS = 8 * 60 * 60;
