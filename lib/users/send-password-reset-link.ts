import { db } from '@/lib/db';
import { recordAuditEvent } from '@/lib/audit/record-audit-event';
import { hasPermission } from '@/lib/auth/permissions';
import { userScope, type ScopeActor } from '@/lib/auth/scope';
import { AuthorizationError, DomainError, NotFoundError } from '@/lib/errors';
import { issuePasswordReset } from '@/lib/users/issue-password-reset';

/**
 * An administrator sends a user a link to set a new password (lib/users/issue-password-reset.ts),
 * with the audit event `user.password-reset-sent`, in one transaction; the mail is delivered after
 * the commit. A disabled account gets none (`userDisabled`): it could not sign in anyway.
 */
export async function sendPasswordResetLink({
  actor,
  userId,
  baseUrl,
  now = new Date(),
}: {
  actor: ScopeActor;
  userId: string;
  baseUrl: string;
  now?: Date;
}): Promise<{ email: string; expiresAt: Date }> {
  if (!hasPermission(actor.role, 'users:manage')) throw new AuthorizationError('forbidden');
  const result = await db.$transaction(async (tx) => {
    const user = await tx.user.findFirst({
      where: { AND: [{ id: userId }, userScope(actor)] },
      select: { id: true, email: true, name: true, locale: true, disabledAt: true },
    });
    if (!user) throw new NotFoundError('User');
    if (user.disabledAt) throw new DomainError('userDisabled');
    const { mail, expiresAt } = await issuePasswordReset({ tx, user, baseUrl, now });
    await recordAuditEvent({
      db: tx,
      actorId: actor.id,
      action: 'user.password-reset-sent',
      subjectType: 'User',
      subjectId: user.id,
      details: { mailId: mail.id, expiresAt: expiresAt.toISOString() },
    });
    return { mail, email: user.email, expiresAt };
  });
  await result.mail.deliver();
  return { email: result.email, expiresAt: result.expiresAt };
}
