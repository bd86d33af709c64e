import { db } from '@/lib/db';
import { recordAuditEvent } from '@/lib/audit/record-audit-event';
import { hasPermission } from '@/lib/auth/permissions';
import { organisationScope, type ScopeActor } from '@/lib/auth/scope';
import { AuthorizationError, DomainError, NotFoundError } from '@/lib/errors';

/**
 * An applicant removes a colleague — or themselves — from their organisation (/organisation). The
 * removed account is detached from the organisation and disabled in one step: it loses the
 * organisation's projects at once (signed out at the next request), while what it wrote keeps its
 * author. Applicant accounts exist only for their organisation, so the account is not left active
 * without one; an administrator sees it as „Deaktiviert“. The organisation row is locked first, so
 * removals in one organisation run one after the other: the last active member cannot be removed
 * (`lastMember`), and an actor removed meanwhile is refused. Another organisation's account is not
 * found (404). Audit event `organisation.member-removed` with before and after.
 */
export async function removeColleague({ actor, userId, now = new Date() }: { actor: ScopeActor; userId: string; now?: Date }): Promise<{ self: boolean }> {
  if (!hasPermission(actor.role, 'organisation:manage')) throw new AuthorizationError('forbidden');
  if (!actor.organisationId) throw new NotFoundError('Organisation');
  const organisationId = actor.organisationId;
  return db.$transaction(async (tx) => {
    const organisation = await tx.organisation.findFirst({ where: { AND: [organisationScope(actor), { id: organisationId }] }, select: { id: true } });
    if (!organisation) throw new NotFoundError('Organisation');
    await tx.$queryRaw`SELECT 1 FROM "Organisation" WHERE "id" = ${organisation.id} FOR UPDATE`;
    const members = await tx.user.findMany({
      where: { organisationId: organisation.id, role: 'APPLICANT', disabledAt: null },
      select: { id: true },
    });
    if (!members.some((member) => member.id === actor.id)) throw new AuthorizationError('forbidden');
    const target = await tx.user.findFirst({
      where: { id: userId, organisationId: organisation.id, role: 'APPLICANT' },
      select: { id: true, email: true, disabledAt: true },
    });
    if (!target) throw new NotFoundError('User');
    if (members.every((member) => member.id === target.id)) throw new DomainError('lastMember');
    const disabledAt = target.disabledAt ?? now;
    await tx.user.update({ where: { id: target.id }, data: { organisationId: null, disabledAt }, select: { id: true } });
    await recordAuditEvent({
      db: tx,
      actorId: actor.id,
      action: 'organisation.member-removed',
      subjectType: 'User',
      subjectId: target.id,
      details: {
        email: target.email,
        before: { organisationId: organisation.id, disabledAt: target.disabledAt?.toISOString() ?? null },
        after: { organisationId: null, disabledAt: disabledAt.toISOString() },
      },
    });
    return { self: target.id === actor.id };
  });
}
