import { db } from '@/lib/db';
import { recordAuditEvent } from '@/lib/audit/record-audit-event';
import type { ScopeActor } from '@/lib/auth/scope';
import { DomainError } from '@/lib/errors';
import { confirmTwoFactorSetupSchema } from '@/lib/two-factor/confirm-two-factor-setup-schema';
import { countTwoFactorAttempt } from '@/lib/two-factor/count-two-factor-attempt';
import { lockTwoFactorUser } from '@/lib/two-factor/lock-two-factor-user';
import { openSecret } from '@/lib/two-factor/secret-box';
import { storeRecoveryCodes } from '@/lib/two-factor/store-recovery-codes';
import { normaliseTotpInput, verifyTotpCode } from '@/lib/two-factor/totp';

/**
 * Confirms the set-up with a code from the app: the pending secret becomes the account's, the
 * code's time step counts as used (it cannot sign in as well), and ten new recovery codes are
 * stored (hashed) and returned — the only time they are readable. Audit `user.two-factor-enabled`.
 * Refused: `twoFactorAlreadyEnabled`; a wrong code `codeInvalid` on the field `code`.
 */
export async function confirmTwoFactorSetup({
  actor,
  input,
  now = new Date(),
}: {
  actor: ScopeActor;
  input: unknown;
  now?: Date;
}): Promise<{ recoveryCodes: string[] }> {
  const { code } = confirmTwoFactorSetupSchema.parse(input);
  await countTwoFactorAttempt({ userId: actor.id, now });
  return db.$transaction(async (tx) => {
    const user = await lockTwoFactorUser({ tx, userId: actor.id });
    if (user.totpEnabledAt) throw new DomainError('twoFactorAlreadyEnabled');
    const secret = user.totpPendingSecret ? openSecret({ sealed: user.totpPendingSecret, userId: user.id }) : null;
    const step = secret ? await verifyTotpCode({ secret, code: normaliseTotpInput(code), afterStep: null, now }) : null;
    if (step === null) throw new DomainError('codeInvalid', 'codeInvalid', { code: ['codeInvalid'] });
    await tx.user.update({
      where: { id: user.id },
      data: { totpSecret: user.totpPendingSecret, totpPendingSecret: null, totpEnabledAt: now, totpLastStep: step },
      select: { id: true },
    });
    const recoveryCodes = await storeRecoveryCodes({ tx, userId: user.id });
    await recordAuditEvent({
      db: tx,
      actorId: actor.id,
      action: 'user.two-factor-enabled',
      subjectType: 'User',
      subjectId: user.id,
      details: { after: { totpEnabledAt: now.toISOString(), recoveryCodes: recoveryCodes.length } },
    });
    return { recoveryCodes };
  });
}
