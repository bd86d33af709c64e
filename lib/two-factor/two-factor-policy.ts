import type { Role } from '@/lib/generated/prisma/enums';

/** Funding officers and administrators must sign in with two factors; applicants may (ADR 023). */
export function twoFactorRequired(role: Role): boolean {
  return role !== 'APPLICANT';
}

/** Where a user without the required second factor is held until they have set it up. */
export const TWO_FACTOR_SETUP_PATH = '/account/two-factor';

/** Attempts at a code or password on the two-factor pages, per user (lib/rate-limit). */
export const TWO_FACTOR_CONFIRM_LIMIT = { limit: 10, windowMs: 15 * 60 * 1000 } as const;
