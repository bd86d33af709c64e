import { db } from '@/lib/db';
import { recordAuditEvent } from '@/lib/audit/record-audit-event';
import { verifyPassword } from '@/lib/auth/password';
import { normaliseEmail } from '@/lib/users/normalise-email';
import type { Role } from '@/lib/generated/prisma/enums';

export const MAX_FAILED_ATTEMPTS = 5;
export const THROTTLE_WINDOW_MS = 15 * 60 * 1000;

/** A valid Argon2id hash of a random string: verified against when the e-mail is unknown, so
 * that unknown and known addresses take the same time. */
const DUMMY_HASH =
  '$argon2id$v=19$m=19456,t=2,p=1$dijbu9wkQIx7x9qG/qj//A$dHZSy6+zvEjt0d57cE8iGYntp27MQsf1wQfD4zLpd9c';

type AuthenticateResult =
  | { ok: true; user: { id: string; email: string; name: string; role: Role; sessionVersion: number; locale: string | null } }
  | { ok: false; reason: 'invalid' | 'disabled' | 'unconfirmed' }
  | { ok: false; reason: 'throttled'; retryAfterSeconds: number };

/**
 * Checks e-mail and password. Wrong e-mail and wrong password are indistinguishable; after
 * MAX_FAILED_ATTEMPTS failures for one address within THROTTLE_WINDOW_MS, further attempts
 * are refused until the oldest failure leaves the window. Attempts live in PostgreSQL, so
 * throttling holds across app instances. Every attempt is an audit event: `user.sign-in`, or
 * `user.sign-in-failed` with the address and the reason.
 */
export async function authenticate({
  email,
  password,
  now = new Date(),
}: {
  email: string;
  password: string;
  now?: Date;
}): Promise<AuthenticateResult> {
  const address = normaliseEmail(email);
  const windowStart = new Date(now.getTime() - THROTTLE_WINDOW_MS);
  const [recent, user] = await Promise.all([
    // The newest attempts in the window; failures before the last success do not count.
    db.loginAttempt.findMany({
      where: { email: address, at: { gt: windowStart } },
      select: { at: true, succeeded: true },
      orderBy: { at: 'desc' },
      take: MAX_FAILED_ATTEMPTS,
    }),
    db.user.findUnique({
      where: { email: address },
      select: { id: true, email: true, name: true, role: true, passwordHash: true, disabledAt: true, emailConfirmedAt: true, erasedAt: true, sessionVersion: true, locale: true },
    }),
  ]);
  const failures = recent.every((attempt) => !attempt.succeeded) ? recent : [];
  if (failures.length >= MAX_FAILED_ATTEMPTS) {
    const oldest = failures[failures.length - 1]!.at;
    const retryAfterMs = oldest.getTime() + THROTTLE_WINDOW_MS - now.getTime();
    const retryAfterSeconds = Math.max(1, Math.ceil(retryAfterMs / 1000));
    await recordFailure({ address, userId: user?.id ?? null, reason: 'throttled', countAttempt: false, now });
    return { ok: false, reason: 'throttled', retryAfterSeconds };
  }

  // An erased person (Art. 17, lib/privacy/erase-person.ts) has an unusable password anyway; they
  // are treated like an unknown address, verified against the dummy hash to take the same time.
  const known = user && !user.erasedAt ? user : null;
  const passwordMatches = await verifyPassword(known?.passwordHash ?? DUMMY_HASH, password);

  if (!known || !passwordMatches) {
    await recordFailure({ address, userId: known?.id ?? null, reason: known ? 'wrong-password' : 'unknown-email', countAttempt: true, now });
    return { ok: false, reason: 'invalid' };
  }
  if (known.disabledAt) {
    await recordFailure({ address, userId: known.id, reason: 'disabled', countAttempt: false, now });
    return { ok: false, reason: 'disabled' };
  }
  if (!known.emailConfirmedAt) {
    await recordFailure({ address, userId: known.id, reason: 'unconfirmed', countAttempt: false, now });
    return { ok: false, reason: 'unconfirmed' };
  }

  await db.$transaction(async (tx) => {
    await tx.loginAttempt.create({ data: { email: address, succeeded: true, at: now }, select: { id: true } });
    await recordAuditEvent({ db: tx, actorId: known.id, action: 'user.sign-in', subjectType: 'User', subjectId: known.id });
  });
  return { ok: true, user: { id: known.id, email: known.email, name: known.name, role: known.role, sessionVersion: known.sessionVersion, locale: known.locale } };
}

/** Why a sign-in failed, as the audit log keeps it (the sign-in form says less: ADR 004). */
export type SignInFailureReason = 'unknown-email' | 'wrong-password' | 'disabled' | 'unconfirmed' | 'throttled';

/**
 * A failed sign-in: the audit event `user.sign-in-failed` with the address tried (never the
 * password) and the reason, on the user when the address has an account; wrong credentials
 * also count towards the throttle (LoginAttempt), in the same transaction.
 */
async function recordFailure({
  address,
  userId,
  reason,
  countAttempt,
  now,
}: {
  address: string;
  userId: string | null;
  reason: SignInFailureReason;
  countAttempt: boolean;
  now: Date;
}) {
  await db.$transaction(async (tx) => {
    if (countAttempt) await tx.loginAttempt.create({ data: { email: address, succeeded: false, at: now }, select: { id: true } });
    await recordAuditEvent({ db: tx, actorId: null, action: 'user.sign-in-failed', subjectType: 'User', subjectId: userId, details: { email: address, reason } });
  });
}
