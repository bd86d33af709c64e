import { db } from '@/lib/db';
import { recordAuditEvent } from '@/lib/audit/record-audit-event';
import { hasPermission } from '@/lib/auth/permissions';
import { organisationScope, type ScopeActor } from '@/lib/auth/scope';
import { AuthorizationError, ConflictError, NotFoundError } from '@/lib/errors';
import { updateOrganisationSchema } from '@/lib/organisations/update-organisation-schema';

const FIELDS = { name: true, legalForm: true, street: true, postalCode: true, city: true } as const;

/**
 * Changes an organisation's name, legal form and address. Its own applicants may, and
 * administrators; for an applicant any other organisation id is not found (404). With `expectedUpdatedAt` (the form always sends the value
 * it was opened with), a change made meanwhile by a colleague gives
 * ConflictError('organisationChanged') and nothing is overwritten. Before and after go into the
 * audit event.
 */
export async function updateOrganisation({
  actor,
  organisationId,
  expectedUpdatedAt,
  input,
}: {
  actor: ScopeActor;
  organisationId: string;
  expectedUpdatedAt?: string;
  input: unknown;
}) {
  // Applicants their own organisation; administrators (/admin/organisations/[id]) any: organisationScope decides which.
  if (!hasPermission(actor.role, 'organisation:manage') && !hasPermission(actor.role, 'organisations:manage')) throw new AuthorizationError('forbidden');
  const data = updateOrganisationSchema.parse(input);
  return db.$transaction(async (tx) => {
    const before = await tx.organisation.findFirst({
      where: { AND: [{ id: organisationId }, organisationScope(actor)] },
      select: { id: true, ...FIELDS },
    });
    if (!before) throw new NotFoundError('Organisation');
    const { count } = await tx.organisation.updateMany({
      where: { id: before.id, ...(expectedUpdatedAt ? { updatedAt: new Date(expectedUpdatedAt) } : {}) },
      data: { ...data, legalForm: data.legalForm || null },
    });
    if (count !== 1) throw new ConflictError('organisationChanged');
    const after = await tx.organisation.findUniqueOrThrow({ where: { id: before.id }, select: { id: true, ...FIELDS, updatedAt: true } });
    const { id: _before, ...beforeFields } = before;
    const { id: _after, updatedAt: _updatedAt, ...afterFields } = after;
    await recordAuditEvent({
      db: tx,
      actorId: actor.id,
      action: 'organisation.updated',
      subjectType: 'Organisation',
      subjectId: after.id,
      details: { before: beforeFields, after: afterFields },
    });
    return after;
  });
}
