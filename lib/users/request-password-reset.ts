import { db } from '@/lib/db';
import { recordAuditEvent } from '@/lib/audit/record-audit-event';
import { consumeRateLimit } from '@/lib/rate-limit/consume-rate-limit';
import { ACCOUNT_RATE_LIMITS } from '@/lib/users/account-rate-limits';
import { issuePasswordReset } from '@/lib/users/issue-password-reset';
import { normaliseEmail } from '@/lib/users/normalise-email';
import { requestPasswordResetSchema } from '@/lib/users/request-password-reset-schema';

/**
 * „Passwort vergessen?“ (/password/forgot, public). Counted per address (`reset:<address>`) and per
 * client address (`reset-ip:<ip>`, from the front door: lib/http/request-client-ip.ts), every
 * attempt alike (`rateLimited` beyond ACCOUNT_RATE_LIMITS). An enabled account of that address —
 * confirmed or not — gets a reset link (lib/users/issue-password-reset.ts: hashed, single use,
 * one hour) and the audit event `user.password-reset-requested`; an unknown, disabled or erased
 * address gets nothing. The caller cannot tell the cases apart: the same answer, and the mail is
 * only queued (the outbox sends it), so the answer takes no longer.
 */
export async function requestPasswordReset({
  input,
  clientIp,
  baseUrl,
  now = new Date(),
}: {
  input: unknown;
  /** The requesting client's address (`unknown` when the front door could not tell). */
  clientIp: string;
  baseUrl: string;
  now?: Date;
}): Promise<{ email: string }> {
  const email = normaliseEmail(requestPasswordResetSchema.parse(input).email);
  // `unknown`: no front door worked the address out (a bare `next start`, not a supported way to
  // run the portal); one shared counter for everybody would switch the feature off, so none.
  if (clientIp !== 'unknown') await consumeRateLimit({ key: `reset-ip:${clientIp}`, ...ACCOUNT_RATE_LIMITS.passwordResetIp, now });
  await consumeRateLimit({ key: `reset:${email}`, ...ACCOUNT_RATE_LIMITS.passwordReset, now });
  const mail = await db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { email }, select: { id: true, email: true, name: true, locale: true, disabledAt: true, erasedAt: true } });
    if (!user || user.disabledAt || user.erasedAt) return null;
    const issued = await issuePasswordReset({ tx, user, baseUrl, now });
    await recordAuditEvent({
      db: tx,
      actorId: null,
      action: 'user.password-reset-requested',
      subjectType: 'User',
      subjectId: user.id,
      details: { mailId: issued.mail.id, expiresAt: issued.expiresAt.toISOString() },
    });
    return issued.mail;
  });
  // Never waits for SMTP: the answer takes as long whether the address exists or not (ADR 024).
  await mail?.deliver({ background: true });
  return { email };
}
