import { db } from '@/lib/db';
import { recordAuditEvent } from '@/lib/audit/record-audit-event';
import { hasPermission } from '@/lib/auth/permissions';
import type { ScopeActor } from '@/lib/auth/scope';
import { AuthorizationError, DomainError } from '@/lib/errors';
import { mailText } from '@/lib/mail/mail-text';
import { consumeMailLimits } from '@/lib/rate-limit/consume-mail-limits';
import { sendMail } from '@/lib/mail/send-mail';
import { INVITATION_TTL_MS, portalLink } from '@/lib/registration/constants';
import { generateToken } from '@/lib/tokens/link-token';
import { inviteStaffSchema } from '@/lib/users/invite-staff-schema';
import { normaliseEmail } from '@/lib/users/normalise-email';
import type { StaffRole } from '@/lib/users/staff-roles';

/**
 * An administrator invites a funding officer or an administrator: an Invitation with the role and
 * no organisation (the mechanism applicants use for colleagues, lib/organisations/invite-colleague.ts;
 * token stored as its SHA-256, valid 7 days, single use), its audit event and the mail with
 * `${baseUrl}/register?invitation=…`, in one transaction; the mail is delivered after the commit.
 * The link leads to a form for name and password (lib/users/accept-staff-invitation.ts). An address
 * that already has a confirmed (or disabled) account is refused (`emailTaken`: administrators see
 * every account anyway); an unconfirmed registration does not block it — accepting replaces it
 * (ADR 024). Limited per invited address and per client (`clientIp`); the mail goes to the outbox.
 */
export async function inviteStaff({
  actor,
  input,
  locale,
  baseUrl,
  clientIp,
  now = new Date(),
}: {
  actor: ScopeActor & { name: string };
  input: unknown;
  /** The inviting administrator's language: the invitee has no account (and language) yet. */
  locale: string;
  baseUrl: string;
  /** The client's address (lib/http/request-client-ip.ts) for the per-client limit; none: not limited per client. */
  clientIp?: string;
  now?: Date;
}): Promise<{ id: string; email: string; role: StaffRole; expiresAt: Date }> {
  if (!hasPermission(actor.role, 'users:manage')) throw new AuthorizationError('forbidden');
  const parsed = inviteStaffSchema.parse(input);
  const email = normaliseEmail(parsed.email);
  const { role } = parsed;
  await consumeMailLimits({ action: 'invite', address: email, clientIp, now });
  const result = await db.$transaction(async (tx) => {
    const taken = await tx.user.findUnique({ where: { email }, select: { emailConfirmedAt: true, disabledAt: true } });
    if (taken && (taken.emailConfirmedAt || taken.disabledAt)) throw new DomainError('emailTaken', 'emailTaken', { email: ['emailTaken'] });
    const { token, tokenHash } = generateToken();
    const invitation = await tx.invitation.create({
      data: { organisationId: null, role, email, tokenHash, invitedById: actor.id, expiresAt: new Date(now.getTime() + INVITATION_TTL_MS), createdAt: now },
      select: { id: true, email: true, expiresAt: true },
    });
    const link = portalLink(baseUrl, '/register', { invitation: token });
    const text = mailText({ locale, template: 'staffInvitation', values: { inviter: actor.name, role, link } });
    const mail = await sendMail({ tx, to: email, ...text, link: { token, tokenHash, expiresAt: invitation.expiresAt } });
    await recordAuditEvent({
      db: tx,
      actorId: actor.id,
      action: 'invitation.created',
      subjectType: 'Invitation',
      subjectId: invitation.id,
      details: { role, email, expiresAt: invitation.expiresAt.toISOString(), mailId: mail.id },
    });
    return { mail, invitation: { ...invitation, role } };
  });
  await result.mail.deliver({ background: true });
  return result.invitation;
}
