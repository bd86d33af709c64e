/** The roles, in the order filters and choices list them (zod-free: forms render from it). */
export const ROLES = ['APPLICANT', 'OFFICER', 'ADMIN'] as const;

/**
 * The state of an account as /admin/users shows and filters it: „Aktiv“ (can sign in),
 * „Deaktiviert“ (`disabledAt` set), „Unbestätigt“ (registered, e-mail address not yet confirmed;
 * cannot sign in until then). Invited people have no account until they accept; the page lists
 * open invitations separately.
 */
export const USER_STATES = ['active', 'disabled', 'unconfirmed'] as const;
export type UserState = (typeof USER_STATES)[number];

export function userState(user: { disabledAt: Date | null; emailConfirmedAt: Date | null }): UserState {
  if (user.disabledAt) return 'disabled';
  return user.emailConfirmedAt ? 'active' : 'unconfirmed';
}
