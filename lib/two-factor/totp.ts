import { generateSecret, generateURI, verify } from 'otplib';

/**
 * TOTP as every authenticator app knows it (RFC 6238: SHA-1, 6 digits, 30 seconds) with otplib's
 * functional API. A code is accepted from the time step before to the one after the current one
 * (clock drift, typing time), and only for a step later than the last accepted one (no replay).
 */
export const TOTP_PERIOD_SECONDS = 30;
const TOLERANCE_SECONDS = TOTP_PERIOD_SECONDS;
const ISSUER = 'Standards-Portal';

/** A new secret: 20 random bytes, Base32 (32 characters), as apps expect it. */
export function newTotpSecret(): string {
  return generateSecret();
}

/** The otpauth:// URI the QR code carries. */
export function totpUri({ secret, email }: { secret: string; email: string }): string {
  return generateURI({ issuer: ISSUER, label: email, secret });
}

/** The time step a code belongs to (or null when the code is wrong, or not later than `afterStep`). */
export async function verifyTotpCode({
  secret,
  code,
  afterStep,
  now,
}: {
  secret: string;
  code: string;
  afterStep: number | null;
  now: Date;
}): Promise<number | null> {
  if (!/^\d{6}$/.test(code)) return null;
  const result = await verify({
    secret,
    token: code,
    epoch: Math.floor(now.getTime() / 1000),
    epochTolerance: TOLERANCE_SECONDS,
    ...(afterStep === null ? {} : { afterTimeStep: afterStep }),
  });
  return result.valid && 'timeStep' in result ? result.timeStep : null;
}

/** Six digits, spaces and dashes a user may type between them removed. */
export function normaliseTotpInput(code: string): string {
  return code.replace(/[\s-]/g, '');
}
