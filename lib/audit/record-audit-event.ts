import type { Prisma } from '@/lib/generated/prisma/client';
import type { DbOrTx } from '@/lib/db/types';
import { currentRequestId } from '@/lib/audit/request-id';

type AuditEventInput = {
  /** The transaction (or client) of the change being recorded: both commit or neither. */
  db: DbOrTx;
  actorId: string | null;
  action: string;
  subjectType: string;
  subjectId?: string | null;
  details?: Prisma.InputJsonValue;
  /** Normally left out: the id of the HTTP request this runs in (lib/audit/request-id.ts), null outside one. */
  requestId?: string | null;
};

/** Appends one audit event. Every mutation calls this inside its own transaction. */
export async function recordAuditEvent({
  db,
  actorId,
  action,
  subjectType,
  subjectId = null,
  details,
  requestId,
}: AuditEventInput): Promise<void> {
  await db.auditEvent.create({
    data: { actorId, action, subjectType, subjectId, details, requestId: requestId === undefined ? await currentRequestId() : requestId },
    select: { id: true },
  });
}
