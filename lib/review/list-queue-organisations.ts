import { db } from '@/lib/db';
import { Prisma } from '@/lib/generated/prisma/client';
import { assessmentScopeSql, type ScopeActor } from '@/lib/auth/scope';

/** The organisations the queue's filter offers: those with a self-assessment the actor may review, by name. One statement. */
export async function listQueueOrganisations({ actor }: { actor: ScopeActor }): Promise<{ id: string; name: string }[]> {
  return db.$queryRaw<{ id: string; name: string }[]>(Prisma.sql`
    SELECT o."id", o."name" FROM "Organisation" o
    WHERE EXISTS (
      SELECT 1 FROM "Project" p JOIN "Assessment" a ON a."projectId" = p."id"
      WHERE p."organisationId" = o."id" AND ${assessmentScopeSql(actor, 'a')}
    )
    ORDER BY o."name", o."id"`);
}
