import type { Tx } from '@/lib/db/types';
import type { NotificationKind } from '@/lib/generated/prisma/enums';

/** What a notification's text and link need; each kind uses the fields it names. */
export type NotificationData = {
  projectId: string;
  projectTitle: string;
  revisionNumber: number;
  /** Display number of the standard a comment is on. */
  standardNumber?: number | null;
  /** Who caused it (comment author, deciding officer). */
  actorName?: string;
  /** DECISION_MADE / DECISION_PROPOSED: CHANGES_REQUESTED | ACCEPTED | REJECTED. */
  decisionKind?: string;
  /** DUE_DATE_SOON and revision requests: YYYY-MM-DD. */
  dueDate?: string | null;
};

/**
 * Tells users that something happened on a self-assessment: one in-app notification per
 * recipient (the bell), written in the caller's transaction so it commits with the change.
 * Recipients are user ids; the actor is never notified of their own action.
 */
export async function notify({
  tx,
  kind,
  recipientIds,
  actorId,
  assessmentId,
  data,
}: {
  tx: Tx;
  kind: NotificationKind;
  recipientIds: readonly string[];
  actorId: string | null;
  assessmentId: string;
  data: NotificationData;
}): Promise<void> {
  const recipients = [...new Set(recipientIds)].filter((id) => id !== actorId);
  if (recipients.length === 0) return;
  await tx.notification.createMany({
    data: recipients.map((userId) => ({ userId, kind, assessmentId, data })),
  });
}
