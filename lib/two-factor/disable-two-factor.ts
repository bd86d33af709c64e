import { db } from '@/lib/db';
import { recordAuditEvent } from '@/lib/audit/record-audit-event';
import type { ScopeActor } from '@/lib/auth/scope';
import { DomainError } from '@/lib/errors';
import { accountHolderConfirmationSchema } from '@/lib/two-factor/account-holder-confirmation-schema';
import { confirmAccountHolder } from '@/lib/two-factor/confirm-account-holder';
import { countTwoFactorAttempt } from '@/lib/two-factor/count-two-factor-attempt';
import { lockTwoFactorUser } from '@/lib/two-factor/lock-two-factor-user';
import { twoFactorRequired } from '@/lib/two-factor/two-factor-policy';

/**
 * An applicant switches two-factor sign-in off, confirmed by a current code or the password:
 * secret and recovery codes are deleted. Staff cannot (`twoFactorRequired`); nothing to switch
 * off: `twoFactorNotEnabled`. Audit `user.two-factor-disabled`.
 */
export async function disableTwoFactor({ actor, input, now = new Date() }: { actor: ScopeActor; input: unknown; now?: Date }): Promise<void> {
  const { confirmation } = accountHolderConfirmationSchema.parse(input);
  if (twoFactorRequired(actor.role)) throw new DomainError('twoFactorRequired');
  await countTwoFactorAttempt({ userId: actor.id, now });
  await db.$transaction(async (tx) => {
    const user = await lockTwoFactorUser({ tx, userId: actor.id });
    if (!user.totpEnabledAt) throw new DomainError('twoFactorNotEnabled');
    await confirmAccountHolder({ tx, user, confirmation, now });
    await tx.user.update({
      where: { id: user.id },
      data: { totpSecret: null, totpPendingSecret: null, totpEnabledAt: null, totpLastStep: null },
      select: { id: true },
    });
    await tx.recoveryCode.deleteMany({ where: { userId: user.id } });
    await recordAuditEvent({
      db: tx,
      actorId: actor.id,
      action: 'user.two-factor-disabled',
      subjectType: 'User',
      subjectId: user.id,
      details: { before: { totpEnabledAt: user.totpEnabledAt.toISOString() }, after: { totpEnabledAt: null } },
    });
  });
}
