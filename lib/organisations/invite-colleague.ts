import { db } from '@/lib/db';
import { recordAuditEvent } from '@/lib/audit/record-audit-event';
import { hasPermission } from '@/lib/auth/permissions';
import { organisationScope, type ScopeActor } from '@/lib/auth/scope';
import { AuthorizationError, DomainError, NotFoundError } from '@/lib/errors';
import { consumeMailLimits } from '@/lib/rate-limit/consume-mail-limits';
import { consumeRateLimit, RATE_LIMITS } from '@/lib/rate-limit/consume-rate-limit';
import { mailText } from '@/lib/mail/mail-text';
import { sendMail } from '@/lib/mail/send-mail';
import { generateToken } from '@/lib/tokens/link-token';
import { normaliseEmail } from '@/lib/users/normalise-email';
import { INVITATION_TTL_MS, portalLink } from '@/lib/registration/constants';
import { inviteColleagueSchema } from '@/lib/organisations/invite-colleague-schema';

/**
 * An applicant invites a colleague into their organisation: an Invitation (token stored as its
 * SHA-256, valid 7 days, single use), its audit event and the mail with
 * `${baseUrl}/register?invitation=…`, in one transaction; the mail goes to the outbox after the
 * commit (never sent while the user waits). Limited per organisation, per invited address and
 * per client (`clientIp`, ADR 024).
 */
export async function inviteColleague({
  actor,
  input,
  locale,
  baseUrl,
  clientIp,
  now = new Date(),
}: {
  actor: ScopeActor & { name: string };
  input: unknown;
  /** The inviting applicant's language: the invitee has no account (and language) yet. */
  locale: string;
  baseUrl: string;
  /** The client's address (lib/http/request-client-ip.ts) for the per-client limit; none: not limited per client. */
  clientIp?: string;
  now?: Date;
}): Promise<{ id: string; email: string; expiresAt: Date }> {
  if (!hasPermission(actor.role, 'organisation:manage')) throw new AuthorizationError('forbidden');
  const email = normaliseEmail(inviteColleagueSchema.parse(input).email);
  await consumeMailLimits({ action: 'invite', address: email, clientIp, now });
  if (actor.organisationId) await consumeRateLimit({ key: `invite:${actor.organisationId}`, ...RATE_LIMITS.invite, now });
  const mail = await db.$transaction(async (tx) => {
    const organisation = await tx.organisation.findFirst({ where: organisationScope(actor), select: { id: true, name: true } });
    if (!organisation) throw new NotFoundError('Organisation');
    const member = await tx.user.findFirst({ where: { email, organisationId: organisation.id }, select: { id: true } });
    if (member) throw new DomainError('alreadyMember', 'alreadyMember', { email: ['alreadyMember'] });

    const { token, tokenHash } = generateToken();
    const invitation = await tx.invitation.create({
      data: {
        organisationId: organisation.id,
        email,
        tokenHash,
        invitedById: actor.id,
        expiresAt: new Date(now.getTime() + INVITATION_TTL_MS),
        createdAt: now,
      },
      select: { id: true, email: true, expiresAt: true },
    });
    const link = portalLink(baseUrl, '/register', { invitation: token });
    const text = mailText({ locale, template: 'invitation', values: { inviter: actor.name, organisation: organisation.name, link } });
    const queued = await sendMail({ tx, to: email, locale, ...text, link: { token, tokenHash, expiresAt: invitation.expiresAt } });
    await recordAuditEvent({
      db: tx,
      actorId: actor.id,
      action: 'invitation.created',
      subjectType: 'Invitation',
      subjectId: invitation.id,
      details: { organisationId: organisation.id, email, expiresAt: invitation.expiresAt.toISOString(), mailId: queued.id },
    });
    return { queued, invitation };
  });
  await mail.queued.deliver({ background: true });
  return mail.invitation;
}
