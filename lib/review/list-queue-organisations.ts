import { db } from '@/lib/db';
import { Prisma } from '@/lib/generated/prisma/client';
import { assessmentScopeSql, exportableAssessmentScopeSql, type ScopeActor } from '@/lib/auth/scope';

/**
 * The organisations the queue's filter offers: those with a self-assessment the actor may review
 * (`scope: 'export'`: may export, /admin/exports), by name. One statement.
 */
export async function listQueueOrganisations({ actor, scope = 'review' }: { actor: ScopeActor; scope?: 'review' | 'export' }): Promise<{ id: string; name: string }[]> {
  const visible = scope === 'review' ? assessmentScopeSql(actor, 'a') : exportableAssessmentScopeSql(actor, 'a');
  return db.$queryRaw<{ id: string; name: string }[]>(Prisma.sql`
    SELECT o."id", o."name" FROM "Organisation" o
    WHERE EXISTS (
      SELECT 1 FROM "Project" p JOIN "Assessment" a ON a."projectId" = p."id"
      WHERE p."organisationId" = o."id" AND ${visible}
    )
    ORDER BY o."name", o."id"`);
}
