import { hasPermission } from '@/lib/auth/permissions';
import type { ScopeActor } from '@/lib/auth/scope';
import type { Tx } from '@/lib/db/types';
import { AuthorizationError, DomainError, NotFoundError } from '@/lib/errors';

/** Only administrators (`catalogue:manage`) change the catalogue; the domain functions check it too. */
export function assertCatalogueManager(actor: ScopeActor): void {
  if (!hasPermission(actor.role, 'catalogue:manage')) throw new AuthorizationError('forbidden');
}

/**
 * The draft version a change of the catalogue editor works on, inside the change's transaction,
 * with its row locked: `share` for saves of its parts (several run side by side), `update` for
 * changes that must run one after the other (adding a standard, moving, publishing). Publishing
 * takes `update` too, so it waits for saves in flight and every save after it finds the version
 * published. Unknown → NotFoundError; not a draft → DomainError('catalogueNotDraft').
 */
export async function findDraftVersion({ tx, versionId, lock }: { tx: Tx; versionId: string; lock: 'share' | 'update' }) {
  const rows =
    lock === 'update'
      ? await tx.$queryRaw<{ id: string; number: number; status: string }[]>`SELECT "id", "number", "status"::text FROM "CatalogueVersion" WHERE "id" = ${versionId} FOR UPDATE`
      : await tx.$queryRaw<{ id: string; number: number; status: string }[]>`SELECT "id", "number", "status"::text FROM "CatalogueVersion" WHERE "id" = ${versionId} FOR SHARE`;
  const version = rows[0];
  if (!version) throw new NotFoundError('CatalogueVersion');
  if (version.status !== 'DRAFT') throw new DomainError('catalogueNotDraft');
  return { id: version.id, number: version.number };
}

/** The name of whoever saved a row last: the actor's own when it was them (no query), else looked up. */
export async function nameOfEditor(tx: Tx, userId: string | null, actor: { id: string; name?: string }): Promise<string | null> {
  if (!userId) return null;
  if (userId === actor.id && actor.name !== undefined) return actor.name;
  const user = await tx.user.findUnique({ where: { id: userId }, select: { name: true } });
  return user?.name ?? null;
}
