import { db } from '@/lib/db';
import { forgetMailLinkTokens } from '@/lib/mail/mail-link-token';
import { recordAuditEvent } from '@/lib/audit/record-audit-event';
import { DomainError } from '@/lib/errors';
import { Prisma } from '@/lib/generated/prisma/client';
import { hashToken } from '@/lib/tokens/link-token';

/**
 * „Neue E-Mail-Adresse bestätigen“: the button on the page the link from the mail opens (a POST,
 * never the link itself). The token must be an EMAIL_CHANGE token of an enabled account, unused
 * and unexpired (`emailChangeLinkUnknown|Used|Expired`); it is used up by a conditional UPDATE.
 * In one transaction: the account's address becomes the new one (counted as confirmed: the link
 * reached it), unused reset and e-mail-change links of the account are deleted (they went to the
 * old address), and the audit event `user.email-changed` with before and after. An address taken
 * by another account since the request is refused (`emailTaken`) and changes nothing.
 */
export async function confirmEmailChange({ token, now = new Date() }: { token: string; now?: Date }): Promise<{ email: string }> {
  if (typeof token !== 'string' || !token || token.length > 200) throw new DomainError('emailChangeLinkUnknown');
  const row = await db.userToken.findUnique({
    where: { tokenHash: hashToken(token) },
    select: { id: true, purpose: true, newEmail: true, expiresAt: true, usedAt: true, user: { select: { id: true, email: true, disabledAt: true } } },
  });
  if (!row || row.purpose !== 'EMAIL_CHANGE' || !row.newEmail || row.user.disabledAt) throw new DomainError('emailChangeLinkUnknown');
  if (row.usedAt) throw new DomainError('emailChangeLinkUsed');
  if (row.expiresAt <= now) throw new DomainError('emailChangeLinkExpired');
  const { user, newEmail } = row;

  try {
    return await db.$transaction(async (tx) => {
      const used = await tx.userToken.updateMany({ where: { id: row.id, usedAt: null, expiresAt: { gt: now } }, data: { usedAt: now } });
      if (used.count !== 1) throw new DomainError('emailChangeLinkUsed');
      const taken = await tx.user.findUnique({ where: { email: newEmail }, select: { id: true } });
      if (taken) throw new DomainError('emailTaken');
      const changed = await tx.user.updateMany({ where: { id: user.id, email: user.email, disabledAt: null }, data: { email: newEmail, emailConfirmedAt: now } });
      if (changed.count !== 1) throw new DomainError('emailChangeLinkUnknown');
      // The used link and every other open link of the account stop working; their mails forget
      // their tokens (ADR 024).
      const others = await tx.userToken.findMany({ where: { userId: user.id, purpose: { in: ['PASSWORD_RESET', 'EMAIL_CHANGE'] }, usedAt: null }, select: { tokenHash: true } });
      await forgetMailLinkTokens({ db: tx, tokenHashes: [hashToken(token), ...others.map((other) => other.tokenHash)] });
      await tx.userToken.deleteMany({ where: { userId: user.id, purpose: { in: ['PASSWORD_RESET', 'EMAIL_CHANGE'] }, usedAt: null } });
      await recordAuditEvent({
        db: tx,
        actorId: user.id,
        action: 'user.email-changed',
        subjectType: 'User',
        subjectId: user.id,
        details: { before: { email: user.email }, after: { email: newEmail } },
      });
      return { email: newEmail };
    });
  } catch (error) {
    // Taken by a registration at the same moment: the unique index decides.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002') throw new DomainError('emailTaken');
    throw error;
  }
}
