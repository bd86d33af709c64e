import type { Tx } from '@/lib/db/types';
import type { NotificationKind } from '@/lib/generated/prisma/enums';
import { requestMailDelivery } from '@/lib/mail/mail-outbox';
import { withContactLine } from '@/lib/mail/mail-text';
import { portalBaseUrl } from '@/lib/mail/portal-base-url';
import { notificationMail } from '@/lib/notifications/notification-mail';
import { notificationPath, pickNotificationData } from '@/lib/notifications/notification-text';
import { getSettings } from '@/lib/settings/get-settings';

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

/** How long the outbox waits before the first try: the caller's transaction should have committed by then (ADR 015). */
const FIRST_TRY_DELAY_MS = 2_000;

/**
 * Tells users that something happened on a self-assessment: one in-app notification per
 * recipient (the bell) and one e-mail per active recipient who has not turned e-mails of this
 * kind off (User.mailOptOut), in the recipient's language (User.locale, default German) with
 * the absolute link to the page (applicants: the self-assessment, officers: the review). Both
 * are written in the caller's transaction, so they commit or roll back with the change; the
 * outbox sends the mails afterwards (lib/mail/mail-outbox.ts). Recipients are user ids; the
 * actor is never notified of their own action. Only the fields of NotificationData are stored
 * and written: never a comment's or an internal note's text.
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
  const stored = pickNotificationData(data);
  const [, users, settings] = await Promise.all([
    tx.notification.createMany({
      data: recipients.map((userId) => ({ userId, kind, assessmentId, data: stored })),
    }),
    tx.user.findMany({
      where: { id: { in: recipients }, disabledAt: null, NOT: { mailOptOut: { has: kind } } },
      select: { email: true, name: true, locale: true, role: true },
    }),
    getSettings({ db: tx }),
  ]);
  if (users.length === 0) return;
  const base = portalBaseUrl();
  const mails = await tx.mail.createManyAndReturn({
    data: users.map((user) => {
      const mail = notificationMail({
        locale: user.locale,
        kind,
        data: stored,
        name: user.name,
        link: `${base}${notificationPath({ role: user.role, data: stored, assessmentId })}`,
        settingsLink: `${base}/notifications/settings`,
      });
      const body = withContactLine({ body: mail.body, locale: user.locale, contactAddress: settings['mail.contactAddress'] });
      return { to: user.email, subject: mail.subject, body };
    }),
    select: { id: true },
  });
  // Not awaited: the jobs go in through the pool once the caller's transaction has let go of
  // its connection (the embedded database has one). The sweep catches what this misses.
  const mailIds = mails.map((mail) => mail.id);
  setTimeout(() => void requestMailDelivery({ mailIds, startAfter: new Date(Date.now() + FIRST_TRY_DELAY_MS) }), 0);
}
