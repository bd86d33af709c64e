import 'server-only';
import { cache } from 'react';
import { getServerSession } from 'next-auth';
import { db } from '@/lib/db';
import { getAuthOptions } from '@/lib/auth/auth-options';
import type { Role } from '@/lib/generated/prisma/enums';

export type CurrentUser = {
  id: string;
  email: string;
  name: string;
  role: Role;
  organisationId: string | null;
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
    select: { id: true, email: true, name: true, role: true, organisationId: true, disabledAt: true, erasedAt: true },
  });
  if (!user || user.disabledAt || user.erasedAt) return null;
  const { disabledAt: _disabledAt, erasedAt: _erasedAt, ...current } = user;
  return current;
});
