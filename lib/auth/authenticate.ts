import { db } from '@/lib/db';
import type { Tx } from '@/lib/db/types';
import { recordAuditEvent } from '@/lib/audit/record-audit-event';
import { verifyPassword } from '@/lib/auth/password';
import { reserveSignInAttempt, SIGN_IN_LIMITS } from '@/lib/auth/reserve-sign-in-attempt';
import { throttleSource } from '@/lib/auth/throttle-source';
import { checkSecondFactor } from '@/lib/two-factor/check-second-factor';
import { normaliseEmail } from '@/lib/users/normalise-email';
import type { Role } from '@/lib/generated/prisma/enums';

/** Failures one source may have for one address within THROTTLE_WINDOW_MS (ADR 004, ADR 023). */
export const MAX_FAILED_ATTEMPTS = SIGN_IN_LIMITS.source;
export const THROTTLE_WINDOW_MS = SIGN_IN_LIMITS.windowMs;

/** A valid Argon2id hash of a random string: verified against when the e-mail is unknown, so
 * that unknown and known addresses take the same time. */
const DUMMY_HASH =
  '$argon2id$v=19$m=19456,t=2,p=1$dijbu9wkQIx7x9qG/qj//A$dHZSy6+zvEjt0d57cE8iGYntp27MQsf1wQfD4zLpd9c';

type AuthenticateResult =
  | { ok: true; user: { id: string; email: string; name: string; role: Role; sessionVersion: number; locale: string | null } }
  | { ok: false; reason: 'invalid' | 'disabled' | 'unconfirmed' | 'code-required' | 'code-invalid' }
  | { ok: false; reason: 'throttled'; retryAfterSeconds: number };

/**
 * Checks e-mail, password and — for an account with two-factor sign-in — the code. Wrong e-mail
 * and wrong password are indistinguishable, with or without a code. A right password for an
 * account with two-factor sign-in and no code answers `code-required` (no session; the form asks
 * for the code and sends all three again); a wrong code `code-invalid`, which counts as a failure.
 * The throttle (lib/auth/reserve-sign-in-attempt.ts) counts failures per address and client
 * source, per source and per address, in PostgreSQL and atomically, so it holds across app
 * instances and parallel requests. `clientIp`: the request's client address
 * (lib/http/request-client-ip.ts). Every attempt is an audit event: `user.sign-in`, or
 * `user.sign-in-failed` with the address and the reason.
 */
export async function authenticate({
  email,
  password,
  code,
  clientIp,
  now = new Date(),
}: {
  email: string;
  password: string;
  code?: string;
  clientIp?: string;
  now?: Date;
}): Promise<AuthenticateResult> {
  const address = normaliseEmail(email);
  const source = throttleSource(clientIp);
  const reservation = await reserveSignInAttempt({ address, source, now });
  const user = await db.user.findUnique({
    where: { email: address },
    select: {
      id: true,
      email: true,
      name: true,
      role: true,
      passwordHash: true,
      disabledAt: true,
      emailConfirmedAt: true,
      erasedAt: true,
      totpSecret: true,
      totpLastStep: true,
      sessionVersion: true,
      locale: true,
    },
  });
  if (!reservation.ok) {
    await resolve({ address, userId: user?.id ?? null, reason: 'throttled' });
    return { ok: false, reason: 'throttled', retryAfterSeconds: reservation.retryAfterSeconds };
  }
  const attemptId = reservation.attemptId;

  // An erased person (Art. 17, lib/privacy/erase-person.ts) has an unusable password anyway; they
  // are treated like an unknown address, verified against the dummy hash to take the same time.
  const known = user && !user.erasedAt ? user : null;
  const passwordMatches = await verifyPassword(known?.passwordHash ?? DUMMY_HASH, password);

  if (!known || !passwordMatches) {
    await resolve({ address, userId: known?.id ?? null, reason: known ? 'wrong-password' : 'unknown-email' });
    return { ok: false, reason: 'invalid' };
  }
  if (known.disabledAt) {
    await resolve({ address, userId: known.id, reason: 'disabled', notAnAttempt: attemptId });
    return { ok: false, reason: 'disabled' };
  }
  if (!known.emailConfirmedAt) {
    await resolve({ address, userId: known.id, reason: 'unconfirmed', notAnAttempt: attemptId });
    return { ok: false, reason: 'unconfirmed' };
  }
  if (known.totpSecret && !code?.trim()) {
    await resolve({ address, userId: known.id, reason: 'code-required', notAnAttempt: attemptId });
    return { ok: false, reason: 'code-required' };
  }

  const signedIn = await db.$transaction(async (tx) => {
    const method = known.totpSecret ? await checkSecondFactor({ tx, user: known, code: code ?? '', now }) : 'password';
    if (!method) {
      await recordFailure({ tx, address, userId: known.id, reason: 'wrong-code' });
      return false;
    }
    await tx.loginAttempt.update({ where: { id: attemptId }, data: { succeeded: true }, select: { id: true } });
    // With two-factor sign-in, how the second factor was given (the app's code or a recovery code).
    const details = method === 'password' ? undefined : { method };
    await recordAuditEvent({ db: tx, actorId: known.id, action: 'user.sign-in', subjectType: 'User', subjectId: known.id, details });
    return true;
  });
  if (!signedIn) return { ok: false, reason: 'code-invalid' };
  return { ok: true, user: { id: known.id, email: known.email, name: known.name, role: known.role, sessionVersion: known.sessionVersion, locale: known.locale } };
}

/** Why a sign-in failed, as the audit log keeps it (the sign-in form says less: ADR 004). */
export type SignInFailureReason =
  | 'unknown-email'
  | 'wrong-password'
  | 'disabled'
  | 'unconfirmed'
  | 'throttled'
  | 'code-required'
  | 'wrong-code';

/**
 * The end of an attempt that did not sign in: the audit event `user.sign-in-failed`. The reserved
 * LoginAttempt stays a failure, unless `notAnAttempt` names it: a right password for a disabled
 * or unconfirmed account, or one that still needs its code, is no failure and is removed (in the
 * same transaction).
 */
async function resolve({
  notAnAttempt,
  ...failure
}: {
  address: string;
  userId: string | null;
  reason: SignInFailureReason;
  notAnAttempt?: string;
}) {
  await db.$transaction(async (tx) => {
    if (notAnAttempt) await tx.loginAttempt.delete({ where: { id: notAnAttempt }, select: { id: true } });
    await recordFailure({ tx, ...failure });
  });
}

/**
 * `user.sign-in-failed` with the address tried (never the password or code) and the reason. The
 * client's address stays out of the append-only log: LoginAttempt keeps it until retention.
 */
async function recordFailure({ tx, address, userId, reason }: { tx: Tx; address: string; userId: string | null; reason: SignInFailureReason }) {
  await recordAuditEvent({ db: tx, actorId: null, action: 'user.sign-in-failed', subjectType: 'User', subjectId: userId, details: { email: address, reason } });
}
