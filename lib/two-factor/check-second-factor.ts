import type { Tx } from '@/lib/db/types';
import { hashRecoveryCode, normaliseRecoveryCode } from '@/lib/two-factor/recovery-codes';
import { openSecret } from '@/lib/two-factor/secret-box';
import { normaliseTotpInput, verifyTotpCode } from '@/lib/two-factor/totp';

export type SecondFactorUser = { id: string; totpSecret: string | null; totpLastStep: number | null };

/**
 * Checks a code from the authenticator app or one of the recovery codes, and uses it up in the
 * same statement that accepts it: a TOTP code only for a time step later than the last accepted
 * one (`UPDATE … WHERE totpLastStep < step`), a recovery code only while unused (`UPDATE …
 * WHERE usedAt IS NULL`) — so two requests with the same code never both succeed. Runs in the
 * caller's transaction, with its audit event. Returns how the code was accepted, or null.
 */
export async function checkSecondFactor({
  tx,
  user,
  code,
  now,
}: {
  tx: Tx;
  user: SecondFactorUser;
  code: string;
  now: Date;
}): Promise<'totp' | 'recovery-code' | null> {
  if (!user.totpSecret) return null;
  const digits = normaliseTotpInput(code);
  if (/^\d{6}$/.test(digits)) {
    const secret = openSecret({ sealed: user.totpSecret, userId: user.id });
    if (!secret) return null;
    const step = await verifyTotpCode({ secret, code: digits, afterStep: user.totpLastStep, now });
    if (step === null) return null;
    const used = await tx.user.updateMany({
      where: { id: user.id, OR: [{ totpLastStep: null }, { totpLastStep: { lt: step } }] },
      data: { totpLastStep: step },
    });
    return used.count === 1 ? 'totp' : null;
  }
  const recovery = normaliseRecoveryCode(code);
  if (!recovery) return null;
  const used = await tx.recoveryCode.updateMany({
    where: { userId: user.id, codeHash: hashRecoveryCode(recovery), usedAt: null },
    data: { usedAt: now },
  });
  return used.count === 1 ? 'recovery-code' : null;
}
