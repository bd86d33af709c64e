import { db } from '@/lib/db';
import { forgetMailLinkTokens } from '@/lib/mail/mail-link-token';
import type { Tx } from '@/lib/db/types';
import { recordAuditEvent } from '@/lib/audit/record-audit-event';
import { hasPermission } from '@/lib/auth/permissions';
import type { ScopeActor } from '@/lib/auth/scope';
import { AuthorizationError, DomainError } from '@/lib/errors';
import { mailText } from '@/lib/mail/mail-text';
import { sendMail, type QueuedMail } from '@/lib/mail/send-mail';
import { consumeRateLimit } from '@/lib/rate-limit/consume-rate-limit';
import { EMAIL_CHANGE_TTL_HOURS, EMAIL_CHANGE_TTL_MS, portalLink } from '@/lib/registration/constants';
import { generateToken } from '@/lib/tokens/link-token';
import { ACCOUNT_RATE_LIMITS } from '@/lib/users/account-rate-limits';
import { normaliseEmail } from '@/lib/users/normalise-email';
import { requestEmailChangeSchema } from '@/lib/users/request-email-change-schema';
import { verifyCurrentPassword } from '@/lib/users/verify-current-password';

type Account = { id: string; email: string; name: string; locale: string | null };

/**
 * „E-Mail-Adresse ändern“ (/account, every role): with the current password, a link to the NEW
 * address (an EMAIL_CHANGE token: hashed, single use, 24 hours, replacing an earlier unused one;
 * lib/users/confirm-email-change.ts uses it) and a notice to the OLD one; the address changes only
 * when the link is confirmed. An address that already belongs to an account gets a notice instead
 * of a link, and the requester the same answer — no more than registration reveals. Counted per
 * account (`email-change:<userId>`). Audit event `user.email-change-requested` (or
 * `user.email-change-refused-existing`), in one transaction with the token and the mails.
 */
export async function requestEmailChange({
  actor,
  input,
  baseUrl,
  now = new Date(),
}: {
  actor: ScopeActor;
  input: unknown;
  baseUrl: string;
  now?: Date;
}): Promise<{ email: string }> {
  if (!hasPermission(actor.role, 'account:read')) throw new AuthorizationError('forbidden');
  const data = requestEmailChangeSchema.parse(input);
  const email = normaliseEmail(data.email);
  await consumeRateLimit({ key: `email-change:${actor.id}`, ...ACCOUNT_RATE_LIMITS.emailChange, now });
  const account = await verifyCurrentPassword({ userId: actor.id, password: data.currentPassword, now });
  if (email === account.email) throw new DomainError('emailUnchanged', 'emailUnchanged', { email: ['emailUnchanged'] });

  const mails = await db.$transaction(async (tx) => {
    const owner = await tx.user.findUnique({ where: { email }, select: { id: true, name: true, locale: true } });
    if (owner) return [await noticeToOwner({ tx, account, owner, email, baseUrl })];
    return issueEmailChange({ tx, account, email, baseUrl, now });
  });
  for (const mail of mails) await mail.deliver();
  return { email };
}

/** The new address is free: the link to it and the notice to the old one. */
async function issueEmailChange({ tx, account, email, baseUrl, now }: { tx: Tx; account: Account; email: string; baseUrl: string; now: Date }): Promise<QueuedMail[]> {
  // Only the newest link works; the replaced ones' mails forget their tokens (ADR 024).
  const replaced = await tx.userToken.findMany({ where: { userId: account.id, purpose: 'EMAIL_CHANGE', usedAt: null }, select: { tokenHash: true } });
  await forgetMailLinkTokens({ db: tx, tokenHashes: replaced.map((row) => row.tokenHash) });
  await tx.userToken.deleteMany({ where: { userId: account.id, purpose: 'EMAIL_CHANGE', usedAt: null } });
  const { token, tokenHash } = generateToken();
  const expiresAt = new Date(now.getTime() + EMAIL_CHANGE_TTL_MS);
  await tx.userToken.create({ data: { userId: account.id, purpose: 'EMAIL_CHANGE', tokenHash, newEmail: email, expiresAt, createdAt: now }, select: { id: true } });
  const link = portalLink(baseUrl, '/account/email/confirm', { token });
  const values = { name: account.name, newEmail: email, oldEmail: account.email, hours: EMAIL_CHANGE_TTL_HOURS };
  const toNew = await sendMail({
    tx,
    to: email,
    locale: account.locale,
    ...mailText({ locale: account.locale, template: 'emailChange', values: { ...values, link } }),
    link: { token, tokenHash, expiresAt },
  });
  const toOld = await sendMail({
    tx,
    to: account.email,
    locale: account.locale,
    ...mailText({ locale: account.locale, template: 'emailChangeNotice', values: { ...values, accountLink: portalLink(baseUrl, '/account') } }),
  });
  await recordAuditEvent({
    db: tx,
    actorId: account.id,
    action: 'user.email-change-requested',
    subjectType: 'User',
    subjectId: account.id,
    details: { before: { email: account.email }, after: { email }, mailIds: [toNew.id, toOld.id], expiresAt: expiresAt.toISOString() },
  });
  return [toNew, toOld];
}

/** The new address is taken: its owner hears of the attempt, nothing changes. */
async function noticeToOwner({
  tx,
  account,
  owner,
  email,
  baseUrl,
}: {
  tx: Tx;
  account: Account;
  owner: { id: string; name: string; locale: string | null };
  email: string;
  baseUrl: string;
}): Promise<QueuedMail> {
  const text = mailText({ locale: owner.locale, template: 'emailChangeInUse', values: { name: owner.name, loginLink: portalLink(baseUrl, '/login') } });
  const mail = await sendMail({ tx, to: email, locale: owner.locale, ...text });
  await recordAuditEvent({
    db: tx,
    actorId: account.id,
    action: 'user.email-change-refused-existing',
    subjectType: 'User',
    subjectId: account.id,
    details: { mailId: mail.id },
  });
  return mail;
}
