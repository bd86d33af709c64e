import 'server-only';
import { cache } from 'react';
import { getServerSession } from 'next-auth';
import { db } from '@/lib/db';
import { getAuthOptions } from '@/lib/auth/auth-options';
import type { Role } from '@/lib/generated/prisma/enums';
import { twoFactorRequired } from '@/lib/two-factor/two-factor-policy';

export type CurrentUser = {
  id: string;
  email: string;
  name: string;
  role: Role;
  organisationId: string | null;
  /** Staff without two-factor sign-in: every guard holds them at its set-up (ADR 023). */
  twoFactorSetupRequired: boolean;
};

/**
 * The signed-in user, read from the database on every request (once per request): a user
 * disabled, erased (Art. 17, lib/privacy/erase-person.ts) or deleted since sign-in is treated as
 * signed out at the next request, and a changed role takes effect at once.
 */
export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  const session = await getServerSession(getAuthOptions());
  const id = session?.user?.id;
  if (!id) return null;
  const user = await db.user.findUnique({
    where: { id },
    select: { id: true, email: true, name: true, role: true, organisationId: true, disabledAt: true, erasedAt: true, totpEnabledAt: true },
  });
  if (!user || user.disabledAt || user.erasedAt) return null;
  const { disabledAt: _disabledAt, erasedAt: _erasedAt, totpEnabledAt, ...current } = user;
  return { ...current, twoFactorSetupRequired: twoFactorRequired(user.role) && !totpEnabledAt };
});
