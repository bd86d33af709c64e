/** How a person's account stands, for the admin pages (`privacy.state.<state>`). Zod- and database-free. */
export type PersonState = 'active' | 'unconfirmed' | 'disabled' | 'erased';

export function personState(user: { erasedAt: Date | null; disabledAt: Date | null; emailConfirmedAt: Date | null }): PersonState {
  if (user.erasedAt) return 'erased';
  if (user.disabledAt) return 'disabled';
  if (!user.emailConfirmedAt) return 'unconfirmed';
  return 'active';
}
