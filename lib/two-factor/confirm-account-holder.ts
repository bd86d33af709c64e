import type { Tx } from '@/lib/db/types';
import { verifyPassword } from '@/lib/auth/password';
import { DomainError } from '@/lib/errors';
import { checkSecondFactor } from '@/lib/two-factor/check-second-factor';
import { normaliseRecoveryCode } from '@/lib/two-factor/recovery-codes';
import { normaliseTotpInput } from '@/lib/two-factor/totp';

/**
 * Before switching two-factor sign-in off or making new recovery codes, the signed-in person
 * proves it is them: a current code from the app, a recovery code, or the password (what looks
 * like a code is tried as one first, then anything as the password).
 * A wrong confirmation: DomainError('confirmationInvalid') on the field `confirmation`. Callers
 * count the attempt first (countTwoFactorAttempt, before their transaction), so a taken-over
 * session cannot guess the password.
 */
export async function confirmAccountHolder({
  tx,
  user,
  confirmation,
  now,
}: {
  tx: Tx;
  user: { id: string; passwordHash: string; totpSecret: string | null; totpLastStep: number | null };
  confirmation: string;
  now: Date;
}): Promise<void> {
  const looksLikeCode = /^\d{6}$/.test(normaliseTotpInput(confirmation)) || normaliseRecoveryCode(confirmation) !== null;
  const confirmed =
    (looksLikeCode && (await checkSecondFactor({ tx, user, code: confirmation, now })) !== null) ||
    (await verifyPassword(user.passwordHash, confirmation));
  if (!confirmed) throw new DomainError('confirmationInvalid', 'confirmationInvalid', { confirmation: ['confirmationInvalid'] });
}
