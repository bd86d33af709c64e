import { Prisma } from '@/lib/generated/prisma/client';
import type { Tx } from '@/lib/db/types';
import { forgetMailLinkTokens } from '@/lib/mail/mail-link-token';

export type DiscardedAccounts = {
  /** The deleted accounts (their tokens went with them). */
  userIds: string[];
  /** Organisations registered with one of them and then left without users and projects, deleted too. */
  organisationIds: string[];
};

/**
 * Inside the caller's transaction: deletes accounts whose address was never confirmed — those of
 * `email` (a new registration or a staff invitation for the address replaces them, ADR 024), or
 * those created before `createdBefore` (expired: the retention job) — unless erased or the author
 * of a project. With them go their tokens (the mails' link tokens forgotten) and every
 * organisation registered with one that is then left without users and projects, so nothing of
 * an unconfirmed registration survives into a later account for the address. Rows are locked
 * (`FOR UPDATE`) before they go. Records no audit event: the caller does.
 */
export async function discardUnconfirmedAccounts({
  tx,
  email,
  createdBefore,
}: {
  tx: Tx;
  email?: string;
  createdBefore?: Date;
}): Promise<DiscardedAccounts> {
  if (email === undefined && createdBefore === undefined) throw new Error('discardUnconfirmedAccounts needs email or createdBefore');
  const byEmail = email === undefined ? Prisma.sql`TRUE` : Prisma.sql`u."email" = ${email}`;
  const byAge = createdBefore === undefined ? Prisma.sql`TRUE` : Prisma.sql`u."createdAt" < ${createdBefore}`;
  const candidates = await tx.$queryRaw<{ id: string; organisationId: string | null }[]>`
    SELECT u."id", u."organisationId" FROM "User" u
    WHERE u."emailConfirmedAt" IS NULL AND u."erasedAt" IS NULL AND ${byEmail} AND ${byAge}
      AND NOT EXISTS (SELECT 1 FROM "Project" p WHERE p."createdById" = u."id")
    ORDER BY u."id"
    FOR UPDATE`;
  if (candidates.length === 0) return { userIds: [], organisationIds: [] };
  const userIds = candidates.map((row) => row.id);

  const tokens = await tx.userToken.findMany({ where: { userId: { in: userIds } }, select: { tokenHash: true } });
  await forgetMailLinkTokens({ db: tx, tokenHashes: tokens.map((token) => token.tokenHash) });
  await tx.user.deleteMany({ where: { id: { in: userIds } } });

  const registeredWith = [...new Set(candidates.flatMap((row) => (row.organisationId ? [row.organisationId] : [])))];
  const organisations =
    registeredWith.length === 0
      ? []
      : await tx.$queryRaw<{ id: string }[]>`
          DELETE FROM "Organisation" o
          WHERE o."id" = ANY(${registeredWith}::text[])
            AND NOT EXISTS (SELECT 1 FROM "User" u WHERE u."organisationId" = o."id")
            AND NOT EXISTS (SELECT 1 FROM "Project" p WHERE p."organisationId" = o."id")
          RETURNING o."id"`;
  return { userIds, organisationIds: organisations.map((row) => row.id) };
}
