import { db } from '@/lib/db';
import type { Tx } from '@/lib/db/types';
import { recordAuditEvent } from '@/lib/audit/record-audit-event';
import { hashPassword } from '@/lib/auth/password';
import { DomainError } from '@/lib/errors';
import { Prisma } from '@/lib/generated/prisma/client';
import { forgetMailLinkTokens } from '@/lib/mail/mail-link-token';
import { mailText } from '@/lib/mail/mail-text';
import { sendMail, type QueuedMail } from '@/lib/mail/send-mail';
import { hashToken } from '@/lib/tokens/link-token';
import { normaliseEmail } from '@/lib/users/normalise-email';
import { consumeMailLimits } from '@/lib/rate-limit/consume-mail-limits';
import { portalLink } from '@/lib/registration/constants';
import { replaceUnconfirmedRegistration } from '@/lib/registration/replace-unconfirmed-registration';
import { issueConfirmationMail } from '@/lib/registration/issue-confirmation-mail';
import { registerApplicantSchema } from '@/lib/registration/register-applicant-schema';

type Invitation = { id: string; organisationId: string; email: string; tokenHash: string; expiresAt: Date; acceptedAt: Date | null; revokedAt: Date | null };
type InvitationRow = Omit<Invitation, 'organisationId'> & { organisationId: string | null };

/**
 * An invitation that cannot be used: a form-level message (`register.errors.*`). A staff
 * invitation (no organisation) is accepted by lib/users/accept-staff-invitation.ts, not here.
 */
function assertUsable(invitation: InvitationRow | null, email: string, now: Date): asserts invitation is Invitation {
  if (!invitation || invitation.organisationId === null) throw new DomainError('invitationUnknown');
  if (invitation.acceptedAt) throw new DomainError('invitationUsed');
  if (invitation.revokedAt) throw new DomainError('invitationRevoked');
  if (invitation.expiresAt <= now) throw new DomainError('invitationExpired');
  if (normaliseEmail(invitation.email) !== email) {
    throw new DomainError('invitationEmailMismatch', 'invitationEmailMismatch', { email: ['invitationEmailMismatch'] });
  }
}

/** The address is taken: mail its owner a notice instead (the visitor sees the same answer). */
async function notifyExistingAccount({ tx, email, baseUrl }: { tx: Tx; email: string; baseUrl: string }): Promise<QueuedMail | null> {
  const owner = await tx.user.findUnique({ where: { email }, select: { id: true, name: true, locale: true } });
  if (!owner) return null;
  const text = mailText({
    locale: owner.locale,
    template: 'existingAccount',
    values: { name: owner.name, loginLink: portalLink(baseUrl, '/login'), resendLink: portalLink(baseUrl, '/register/resend') },
  });
  const mail = await sendMail({ tx, to: email, locale: owner.locale, ...text });
  await recordAuditEvent({
    db: tx,
    actorId: null,
    action: 'user.registration-refused-existing',
    subjectType: 'User',
    subjectId: owner.id,
    details: { mailId: mail.id },
  });
  return mail;
}

/**
 * Self-registration of an applicant (/register). In ONE transaction: the unconfirmed APPLICANT
 * user, a new organisation or the accepted invitation, the confirmation token, the audit events
 * and the mail row; the mail goes to the outbox after the commit, never sent while the visitor
 * waits (ADR 024). An address with a confirmed (or disabled) account gets a notice mail instead,
 * and the caller the same answer (no account enumeration); an unconfirmed earlier registration of
 * the address is replaced — its password, name and organisation are gone, its links dead.
 * Limited per address and per client (`clientIp`, from the request). An unusable invitation
 * throws a DomainError (`invitationUnknown|Used|Expired|EmailMismatch`).
 */
export async function registerApplicant({
  input,
  locale,
  baseUrl,
  clientIp,
  now = new Date(),
}: {
  input: unknown;
  /** The visitor's language: the account's preferred language and the mail's. */
  locale: string;
  /** The portal's public URL (NEXTAUTH_URL), for the link in the mail. */
  baseUrl: string;
  /** The client's address (lib/http/request-client-ip.ts) for the per-client limit; none: not limited per client. */
  clientIp?: string;
  now?: Date;
}): Promise<{ email: string }> {
  const data = registerApplicantSchema.parse(input);
  const email = normaliseEmail(data.email);
  await consumeMailLimits({ action: 'register', address: email, clientIp, now });
  // Hashing first, for both outcomes: a taken address answers as slowly as a new one.
  const passwordHash = await hashPassword(data.password);

  let mail: QueuedMail | null;
  try {
    mail = await db.$transaction(async (tx) => {
      const invitation = data.invitation
        ? await tx.invitation.findUnique({
            where: { tokenHash: hashToken(data.invitation) },
            select: { id: true, organisationId: true, email: true, tokenHash: true, expiresAt: true, acceptedAt: true, revokedAt: true },
          })
        : null;
      if (data.invitation) assertUsable(invitation, email, now);

      const existing = await tx.user.findUnique({ where: { email }, select: { emailConfirmedAt: true, disabledAt: true } });
      if (existing && (existing.emailConfirmedAt || existing.disabledAt || !(await replaceUnconfirmedRegistration({ tx, email })))) {
        return notifyExistingAccount({ tx, email, baseUrl });
      }

      const organisationId =
        invitation?.organisationId ??
        (
          await tx.organisation.create({
            data: {
              name: data.organisationName,
              legalForm: data.legalForm || null,
              street: data.street,
              postalCode: data.postalCode,
              city: data.city,
            },
            select: { id: true },
          })
        ).id;

      const user = await tx.user.create({
        data: { email, name: data.name, passwordHash, role: 'APPLICANT', organisationId, locale, createdAt: now },
        select: { id: true, email: true, name: true, locale: true },
      });

      if (invitation) {
        // Single use, also against a concurrent registration with the same link.
        const accepted = await tx.invitation.updateMany({
          where: { id: invitation.id, acceptedAt: null, revokedAt: null, expiresAt: { gt: now } },
          data: { acceptedAt: now, acceptedById: user.id },
        });
        if (accepted.count !== 1) throw new DomainError('invitationUsed');
        await forgetMailLinkTokens({ db: tx, tokenHashes: [invitation.tokenHash] });
        await recordAuditEvent({
          db: tx,
          actorId: user.id,
          action: 'invitation.accepted',
          subjectType: 'Invitation',
          subjectId: invitation.id,
          details: { organisationId },
        });
      } else {
        await recordAuditEvent({
          db: tx,
          actorId: user.id,
          action: 'organisation.created',
          subjectType: 'Organisation',
          subjectId: organisationId,
          details: { name: data.organisationName, legalForm: data.legalForm || null, street: data.street, postalCode: data.postalCode, city: data.city },
        });
      }
      await recordAuditEvent({
        db: tx,
        actorId: user.id,
        action: 'user.registered',
        subjectType: 'User',
        subjectId: user.id,
        details: { email, role: 'APPLICANT', organisationId, viaInvitation: Boolean(invitation) },
      });
      return issueConfirmationMail({ tx, user, baseUrl, now });
    });
  } catch (error) {
    // Registered concurrently a moment ago: the same answer as for a taken address.
    if (!(error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002')) throw error;
    mail = await db.$transaction((tx) => notifyExistingAccount({ tx, email, baseUrl }));
  }
  await mail?.deliver({ background: true });
  return { email };
}
