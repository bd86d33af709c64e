import { db } from '@/lib/db';
import { recordAuditEvent } from '@/lib/audit/record-audit-event';
import { normaliseEmail } from '@/lib/users/normalise-email';
import { consumeRateLimit, RATE_LIMITS } from '@/lib/rate-limit/consume-rate-limit';
import { issueConfirmationMail } from '@/lib/registration/issue-confirmation-mail';
import { resendConfirmationSchema } from '@/lib/registration/resend-confirmation-schema';

/**
 * A new confirmation link for an unconfirmed, enabled account. Unknown, confirmed and disabled
 * addresses get nothing, and the caller cannot tell the difference (no account enumeration).
 */
export async function resendConfirmation({
  input,
  baseUrl,
  now = new Date(),
}: {
  input: unknown;
  baseUrl: string;
  now?: Date;
}): Promise<{ email: string }> {
  const email = normaliseEmail(resendConfirmationSchema.parse(input).email);
  await consumeRateLimit({ key: `resend:${email}`, ...RATE_LIMITS.resend, now });
  const mail = await db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({
      where: { email },
      select: { id: true, email: true, name: true, locale: true, emailConfirmedAt: true, disabledAt: true },
    });
    if (!user || user.emailConfirmedAt || user.disabledAt) return null;
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
  await mail?.deliver();
  return { email };
}
