import { db } from '@/lib/db';
import { recordAuditEvent } from '@/lib/audit/record-audit-event';
import { hasPermission } from '@/lib/auth/permissions';
import { organisationScope, type ScopeActor } from '@/lib/auth/scope';
import { AuthorizationError, DomainError, NotFoundError } from '@/lib/errors';
import { mergeOrganisationsSchema } from '@/lib/organisations/merge-organisations-schema';

const DETAILS = { id: true, name: true, legalForm: true, street: true, postalCode: true, city: true } as const;

/**
 * Merges a duplicate organisation into `organisationId` (administrators, `organisations:manage`):
 * its accounts, projects (with their self-assessments, revisions and evidence, untouched) and
 * invitations (open or not) move to the surviving organisation, and the duplicate is deleted — in
 * one transaction that first locks both rows (in id order), with ONE audit event
 * `organisation.merged` naming the duplicate as it was and everything that moved. The surviving
 * organisation's details stay as they are. Submitted revisions keep the organisation name they
 * were submitted under (their snapshot).
 */
export async function mergeOrganisations({ actor, organisationId, input }: { actor: ScopeActor; organisationId: string; input: unknown }) {
  if (!hasPermission(actor.role, 'organisations:manage')) throw new AuthorizationError('forbidden');
  const { duplicateId } = mergeOrganisationsSchema.parse(input);
  if (duplicateId === organisationId) throw new DomainError('sameOrganisation', 'sameOrganisation', { duplicateId: ['sameOrganisation'] });
  return db.$transaction(async (tx) => {
    const visible = await tx.organisation.findMany({ where: { AND: [organisationScope(actor), { id: { in: [organisationId, duplicateId] } }] }, select: { id: true } });
    if (!visible.some((row) => row.id === organisationId)) throw new NotFoundError('Organisation');
    if (!visible.some((row) => row.id === duplicateId)) throw new DomainError('notFound', 'notFound', { duplicateId: ['duplicateGone'] });
    // Both rows, in id order: a concurrent merge, edit or removal of either waits (and never deadlocks).
    const locked = await tx.$queryRaw<{ id: string }[]>`
      SELECT "id" FROM "Organisation" WHERE "id" IN (${organisationId}, ${duplicateId}) ORDER BY "id" FOR UPDATE`;
    if (locked.length !== 2) throw new DomainError('notFound', 'notFound', { duplicateId: ['duplicateGone'] });
    const duplicate = await tx.organisation.findUniqueOrThrow({
      where: { id: duplicateId },
      select: {
        ...DETAILS,
        users: { orderBy: { email: 'asc' }, select: { id: true, email: true } },
        projects: { orderBy: { title: 'asc' }, select: { id: true, title: true } },
        invitations: { orderBy: { createdAt: 'asc' }, select: { id: true, email: true } },
      },
    });
    const survivor = await tx.organisation.findUniqueOrThrow({ where: { id: organisationId }, select: { id: true, name: true } });
    const moved = { organisationId: survivor.id };
    await tx.user.updateMany({ where: { organisationId: duplicateId }, data: moved });
    await tx.project.updateMany({ where: { organisationId: duplicateId }, data: moved });
    await tx.invitation.updateMany({ where: { organisationId: duplicateId }, data: moved });
    await tx.organisation.delete({ where: { id: duplicateId }, select: { id: true } });
    const { users, projects, invitations, ...details } = duplicate;
    await recordAuditEvent({
      db: tx,
      actorId: actor.id,
      action: 'organisation.merged',
      subjectType: 'Organisation',
      subjectId: survivor.id,
      details: { survivor: { id: survivor.id, name: survivor.name }, duplicate: details, moved: { users, projects, invitations } },
    });
    return { id: survivor.id, duplicateName: details.name, users: users.length, projects: projects.length, invitations: invitations.length };
  });
}
