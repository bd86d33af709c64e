import { db } from '@/lib/db';
import { recordAuditEvent } from '@/lib/audit/record-audit-event';
import { hashPassword } from '@/lib/auth/password';
import { DomainError } from '@/lib/errors';
import { Prisma } from '@/lib/generated/prisma/client';
import { isLocale } from '@/lib/i18n/config';
import { forgetMailLinkTokens } from '@/lib/mail/mail-link-token';
import { replaceUnconfirmedRegistration } from '@/lib/registration/replace-unconfirmed-registration';
import { hashToken } from '@/lib/tokens/link-token';
import { acceptStaffInvitationSchema } from '@/lib/users/accept-staff-invitation-schema';

/**
 * The invited person sets up their staff account (/register?invitation=… of an administrator's
 * invitation, lib/users/invite-staff.ts): in one transaction the invitation is used up (a
 * conditional UPDATE: of two submissions exactly one succeeds), the user is created with the
 * invitation's role and address — confirmed, since the link reached it, so they can sign in at
 * once — and the audit events `invitation.accepted` and `user.created`. Refused: unknown (also an
 * applicant's invitation: that one registers at /register), used, revoked or expired invitations,
 * and an address that got a confirmed account meanwhile (`emailTaken`); an unconfirmed
 * registration of the address is replaced (ADR 024).
 */
export async function acceptStaffInvitation({
  input,
  locale,
  now = new Date(),
}: {
  input: unknown;
  /** The page's language: the account's preferred language. */
  locale: string;
  now?: Date;
}): Promise<{ email: string }> {
  const fields = typeof input === 'object' && input !== null ? (input as Record<string, unknown>) : {};
  const token = typeof fields.invitation === 'string' ? fields.invitation.trim() : '';
  const invitation =
    token && token.length <= 200
      ? await db.invitation.findUnique({
          where: { tokenHash: hashToken(token) },
          select: { id: true, email: true, role: true, organisationId: true, expiresAt: true, acceptedAt: true, revokedAt: true, tokenHash: true },
        })
      : null;
  if (!invitation || invitation.role === 'APPLICANT' || invitation.organisationId !== null) throw new DomainError('invitationUnknown');
  if (invitation.acceptedAt) throw new DomainError('invitationUsed');
  if (invitation.revokedAt) throw new DomainError('invitationRevoked');
  if (invitation.expiresAt <= now) throw new DomainError('invitationExpired');
  const data = acceptStaffInvitationSchema.parse({ ...fields, email: invitation.email });
  const passwordHash = await hashPassword(data.password);

  try {
    return await db.$transaction(async (tx) => {
      const accepted = await tx.invitation.updateMany({
        where: { id: invitation.id, acceptedAt: null, revokedAt: null, expiresAt: { gt: now } },
        data: { acceptedAt: now },
      });
      if (accepted.count !== 1) throw new DomainError('invitationUsed');
      await forgetMailLinkTokens({ db: tx, tokenHashes: [invitation.tokenHash] });
      // An unconfirmed registration of the address (anyone's) gives way: the link proved the address (ADR 024).
      await replaceUnconfirmedRegistration({ tx, email: invitation.email });
      const user = await tx.user.create({
        data: {
          email: invitation.email,
          name: data.name,
          passwordHash,
          role: invitation.role,
          organisationId: null,
          emailConfirmedAt: now,
          locale: isLocale(locale) ? locale : null,
          createdAt: now,
        },
        select: { id: true, email: true },
      });
      await tx.invitation.update({ where: { id: invitation.id }, data: { acceptedById: user.id }, select: { id: true } });
      await recordAuditEvent({
        db: tx,
        actorId: user.id,
        action: 'invitation.accepted',
        subjectType: 'Invitation',
        subjectId: invitation.id,
        details: { role: invitation.role },
      });
      await recordAuditEvent({
        db: tx,
        actorId: user.id,
        action: 'user.created',
        subjectType: 'User',
        subjectId: user.id,
        details: { email: user.email, role: invitation.role, organisationId: null, viaInvitation: invitation.id },
      });
      return { email: user.email };
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002') throw new DomainError('emailTaken');
    throw error;
  }
}
