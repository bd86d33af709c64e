import type { Prisma } from '@/lib/generated/prisma/client';
import type { DbOrTx } from '@/lib/db/types';

type AuditEventInput = {
  /** The transaction (or client) of the change being recorded: both commit or neither. */
  db: DbOrTx;
  actorId: string | null;
  action: string;
  subjectType: string;
  subjectId?: string | null;
  details?: Prisma.InputJsonValue;
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
  requestId = null,
}: AuditEventInput): Promise<void> {
  await db.auditEvent.create({
    data: { actorId, action, subjectType, subjectId, details, requestId },
    select: { id: true },
  });
}
