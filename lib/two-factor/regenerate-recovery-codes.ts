import { db } from '@/lib/db';
import { recordAuditEvent } from '@/lib/audit/record-audit-event';
import type { ScopeActor } from '@/lib/auth/scope';
import { DomainError } from '@/lib/errors';
import { accountHolderConfirmationSchema } from '@/lib/two-factor/account-holder-confirmation-schema';
import { confirmAccountHolder } from '@/lib/two-factor/confirm-account-holder';
import { countTwoFactorAttempt } from '@/lib/two-factor/count-two-factor-attempt';
import { lockTwoFactorUser } from '@/lib/two-factor/lock-two-factor-user';
import { storeRecoveryCodes } from '@/lib/two-factor/store-recovery-codes';

/**
 * Ten new recovery codes (the old ones stop working), confirmed by a current code or the
 * password; returned once. Audit `user.recovery-codes-regenerated`.
 */
export async function regenerateRecoveryCodes({
  actor,
  input,
  now = new Date(),
}: {
  actor: ScopeActor;
  input: unknown;
  now?: Date;
}): Promise<{ recoveryCodes: string[] }> {
  const { confirmation } = accountHolderConfirmationSchema.parse(input);
  await countTwoFactorAttempt({ userId: actor.id, now });
  return db.$transaction(async (tx) => {
    const user = await lockTwoFactorUser({ tx, userId: actor.id });
    if (!user.totpEnabledAt) throw new DomainError('twoFactorNotEnabled');
    await confirmAccountHolder({ tx, user, confirmation, now });
    const recoveryCodes = await storeRecoveryCodes({ tx, userId: user.id });
    await recordAuditEvent({
      db: tx,
      actorId: actor.id,
      action: 'user.recovery-codes-regenerated',
      subjectType: 'User',
      subjectId: user.id,
      details: { after: { recoveryCodes: recoveryCodes.length } },
    });
    return { recoveryCodes };
  });
}
