/**
 * Two-factor sign-in in tests: the code an authenticator app would show, computed with otplib
 * from the secret, and `enableTestTwoFactor`, which sets it up the way a user does on
 * /account/two-factor (getTwoFactorSetup, then confirmTwoFactorSetup with a code).
 */
import { generate } from 'otplib';
import { db } from '@/lib/db';
import type { ScopeActor } from '@/lib/auth/scope';
import { openSecret } from '@/lib/two-factor/secret-box';
import { confirmTwoFactorSetup } from '@/lib/two-factor/confirm-two-factor-setup';
import { getTwoFactorSetup } from '@/lib/two-factor/get-two-factor-setup';
import { TOTP_PERIOD_SECONDS } from '@/lib/two-factor/totp';

/** The app's code for `at` (default: now). */
export function totpCode(secret: string, at: Date = new Date()): Promise<string> {
  return generate({ secret, epoch: Math.floor(at.getTime() / 1000) });
}

/**
 * Sets up two-factor sign-in for `actor` and returns the secret and the recovery codes. The set-up
 * is confirmed with the code of the time step before `now` (still accepted), so a sign-in right
 * after can use the current step's code (a code is never accepted twice).
 */
export async function enableTestTwoFactor({ actor, now = new Date() }: { actor: ScopeActor; now?: Date }): Promise<{ secret: string; recoveryCodes: string[] }> {
  const setup = await getTwoFactorSetup({ actor });
  if (setup.enabled) throw new Error('enableTestTwoFactor: two-factor sign-in is on already');
  const code = await totpCode(setup.secret, new Date(now.getTime() - TOTP_PERIOD_SECONDS * 1000));
  const { recoveryCodes } = await confirmTwoFactorSetup({ actor, input: { code }, now });
  return { secret: setup.secret, recoveryCodes };
}

/**
 * The code a user's app shows that the portal accepts next: for the current time step, or — when
 * that one was used already — the next one (still accepted). Reads and opens the stored secret.
 */
export async function nextTotpCode(userId: string, now: Date = new Date()): Promise<string> {
  const user = await db.user.findUniqueOrThrow({ where: { id: userId }, select: { totpSecret: true, totpLastStep: true } });
  const secret = user.totpSecret ? openSecret({ sealed: user.totpSecret, userId }) : null;
  if (!secret) throw new Error('nextTotpCode: the user has no two-factor sign-in');
  const current = Math.floor(now.getTime() / 1000 / TOTP_PERIOD_SECONDS);
  const step = Math.max(current, (user.totpLastStep ?? 0) + 1);
  if (step > current + 1) throw new Error('nextTotpCode: two codes of this user were used in this time step already');
  return totpCode(secret, new Date(step * TOTP_PERIOD_SECONDS * 1000));
}
