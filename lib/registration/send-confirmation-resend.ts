import { db } from '@/lib/db';
import { recordAuditEvent } from '@/lib/audit/record-audit-event';
import { issueConfirmationMail } from '@/lib/registration/issue-confirmation-mail';
import { unconfirmedAccountCutoff } from '@/lib/registration/unconfirmed-account-expiry';

/** What the request for a new confirmation link hands to the job queue: never more than this. */
export type ConfirmationResendRequest = { email: string; baseUrl: string; requestedAt: string };

/**
 * The work behind „Neuen Link anfordern“ (/register/resend), off the request path — the job
 * `confirmation-resend` (lib/jobs/start-job-worker.ts), or inline where no job queue runs: for an
 * enabled account of `email` whose address is unconfirmed and that has not expired (ADR 024), a
 * new confirmation link (lib/registration/issue-confirmation-mail.ts) and its audit event, then
 * the mail to the outbox. Unknown, confirmed, disabled and expired accounts get nothing. Returns
 * whether a mail was stored.
 */
export async function sendConfirmationResend({ email, baseUrl, requestedAt }: ConfirmationResendRequest): Promise<boolean> {
  const now = new Date(requestedAt);
  const mail = await db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({
      where: { email },
      select: { id: true, email: true, name: true, locale: true, emailConfirmedAt: true, disabledAt: true, createdAt: true },
    });
    if (!user || user.emailConfirmedAt || user.disabledAt) return null;
    if (user.createdAt < (await unconfirmedAccountCutoff({ db: tx, now }))) return null;
    const queued = await issueConfirmationMail({ tx, user, baseUrl, now });
    await recordAuditEvent({
      db: tx,
      actorId: null,
      action: 'user.confirmation-resent',
      subjectType: 'User',
      subjectId: user.id,
      details: { mailId: queued.id },
    });
    return queued;
  });
  await mail?.deliver({ background: true });
  return mail !== null;
}
