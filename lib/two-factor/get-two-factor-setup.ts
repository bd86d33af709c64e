import { db } from '@/lib/db';
import type { ScopeActor } from '@/lib/auth/scope';
import { NotFoundError } from '@/lib/errors';
import { qrCodePath } from '@/lib/two-factor/qr-code';
import { openSecret, sealSecret } from '@/lib/two-factor/secret-box';
import { newTotpSecret, totpUri } from '@/lib/two-factor/totp';
import { twoFactorRequired } from '@/lib/two-factor/two-factor-policy';

export type TwoFactorState =
  | { enabled: true; required: boolean; enabledAt: Date; recoveryCodesLeft: number }
  | { enabled: false; required: boolean; secret: string; qr: { size: number; path: string } };

/**
 * What /account/two-factor shows the signed-in user: the state when two-factor sign-in is on;
 * otherwise the set-up — a secret kept (encrypted) as pending until a code confirms it, so a
 * reload shows the same QR code the app may have scanned already. The pending secret changes
 * nothing about sign-in and is replaced when the set-up is confirmed.
 */
const SELECT = {
  email: true,
  totpEnabledAt: true,
  totpPendingSecret: true,
  _count: { select: { recoveryCodes: { where: { usedAt: null } } } },
} as const;

export async function getTwoFactorSetup({ actor }: { actor: ScopeActor }): Promise<TwoFactorState> {
  const required = twoFactorRequired(actor.role);
  for (let round = 0; round < 2; round++) {
    const user = await db.user.findUnique({ where: { id: actor.id }, select: SELECT });
    if (!user) throw new NotFoundError('User');
    if (user.totpEnabledAt) return { enabled: true, required, enabledAt: user.totpEnabledAt, recoveryCodesLeft: user._count.recoveryCodes };
    const pending = user.totpPendingSecret ? openSecret({ sealed: user.totpPendingSecret, userId: actor.id }) : null;
    if (pending) return { enabled: false, required, secret: pending, qr: qrCodePath(totpUri({ secret: pending, email: user.email })) };
    // None pending (or it no longer opens): store one — only if nobody else did meanwhile (two
    // tabs get one secret), then read again.
    await db.user.updateMany({
      where: { id: actor.id, totpEnabledAt: null, totpPendingSecret: user.totpPendingSecret },
      data: { totpPendingSecret: sealSecret({ plaintext: newTotpSecret(), userId: actor.id }) },
    });
  }
  throw new Error('The pending TOTP secret could not be stored');
}
