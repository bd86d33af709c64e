import { randomBytes } from 'node:crypto';
import { db } from '@/lib/db';
import { recordAuditEvent } from '@/lib/audit/record-audit-event';
import { hasPermission } from '@/lib/auth/permissions';
import type { ScopeActor } from '@/lib/auth/scope';
import { AuthorizationError, ConflictError, DomainError, NotFoundError } from '@/lib/errors';
import { erasePersonSchema } from '@/lib/privacy/erase-person-schema';
import { displayName } from '@/lib/users/display-name';
import { normaliseEmail } from '@/lib/users/normalise-email';

/** Not an Argon2 hash: no password ever verifies against it (lib/auth/password.ts answers false). */
export const UNUSABLE_PASSWORD_HASH = '!erased';

/** A fresh pseudonymous address: lower-case (User_email_lowercase_check), unique, undeliverable (RFC 2606 `.invalid`). */
function pseudonymousEmail(): string {
  return `geloescht-${randomBytes(12).toString('hex')}@invalid`;
}

export type ErasureCounts = {
  tokens: number;
  invitationsRevoked: number;
  invitationsPseudonymised: number;
  notifications: number;
  notificationsNamingThem: number;
  mails: number;
  loginAttempts: number;
  rateLimitEvents: number;
};

/**
 * Art. 17 DSGVO: erases a person (administrators, `privacy:manage`), in one transaction:
 * - the account: name „Gelöschte/r Nutzer/in“, e-mail `geloescht-<random>@invalid`, an unusable
 *   password, no language, no mail preferences, disabled and `erasedAt` set — sign-in and any
 *   open session end (lib/auth/authenticate.ts, current-user.ts); the database keeps the row
 *   that way for good (trigger `User_erasure_final`);
 * - their tokens deleted; the open invitations they sent or that were addressed to them deleted
 *   (revoked), accepted ones addressed to them carry the pseudonym;
 * - their own notifications deleted; other people's notifications that name them (comments and
 *   decisions of theirs) lose the name;
 * - the mails sent to them: recipient pseudonymised, body blanked, never sent any more;
 * - the sign-in attempts and rate-limit rows of their address deleted.
 * Kept as funding records: submitted revisions, answers, decisions, proposals, verdicts, comment
 * texts, evidence — they keep the user id, and every view names the person through
 * `displayName` („Gelöschte/r Nutzer/in“). Nothing in the audit log is changed (it is
 * append-only); the event `user.erased` records the user id and counts only, never the old
 * name or address, so the log does not undo the erasure.
 *
 * Refused: without the permission (AuthorizationError), an unknown id (NotFoundError), oneself
 * (`eraseSelf`), someone already erased (`alreadyErased`), a confirmation that is not the
 * person's address (`confirmationMismatch`, on `confirmEmail`), and the last active
 * administrator (`eraseLastAdmin`). The person's row and every administrator's row are locked
 * first, so two erasures at once cannot remove the last two administrators.
 */
export async function erasePerson({ actor, input, now = new Date() }: { actor: ScopeActor; input: unknown; now?: Date }): Promise<{ userId: string; counts: ErasureCounts }> {
  if (!hasPermission(actor.role, 'privacy:manage')) throw new AuthorizationError('forbidden');
  const { userId, confirmEmail } = erasePersonSchema.parse(input);
  if (userId === actor.id) throw new DomainError('eraseSelf');

  return db.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT "id" FROM "User" WHERE "id" = ${userId} OR "role" = 'ADMIN' ORDER BY "id" FOR UPDATE`;
    const person = await tx.user.findUnique({ where: { id: userId }, select: { id: true, email: true, name: true, role: true, disabledAt: true, erasedAt: true } });
    if (!person) throw new NotFoundError('User');
    if (person.erasedAt) throw new ConflictError('alreadyErased');
    if (normaliseEmail(confirmEmail) !== person.email) {
      throw new DomainError('confirmationMismatch', 'confirmationMismatch', { confirmEmail: ['confirmationMismatch'] });
    }
    if (person.role === 'ADMIN' && !person.disabledAt) {
      const otherActiveAdmins = await tx.user.count({ where: { role: 'ADMIN', disabledAt: null, erasedAt: null, id: { not: person.id } } });
      if (otherActiveAdmins === 0) throw new DomainError('eraseLastAdmin');
    }

    const pseudonym = pseudonymousEmail();
    const oldEmail = person.email;
    await tx.user.update({
      where: { id: person.id },
      data: {
        email: pseudonym,
        name: displayName({ name: '', erasedAt: now }, 'de'),
        passwordHash: UNUSABLE_PASSWORD_HASH,
        locale: null,
        mailOptOut: [],
        disabledAt: person.disabledAt ?? now,
        erasedAt: now,
        // Two-factor sign-in (ADR 023): the secret goes too; recovery codes below.
        totpSecret: null,
        totpPendingSecret: null,
        totpEnabledAt: null,
        totpLastStep: null,
      },
      select: { id: true },
    });
    await tx.recoveryCode.deleteMany({ where: { userId: person.id } });

    const [tokens, invitationsRevoked, invitationsPseudonymised, notifications, notificationsNamingThem, mails, loginAttempts, rateLimitEvents] = await Promise.all([
      tx.userToken.deleteMany({ where: { userId: person.id } }),
      tx.invitation.deleteMany({ where: { acceptedAt: null, OR: [{ invitedById: person.id }, { email: oldEmail }] } }),
      tx.invitation.updateMany({ where: { email: oldEmail, acceptedAt: { not: null } }, data: { email: pseudonym } }),
      tx.notification.deleteMany({ where: { userId: person.id } }),
      // Notifications store the actor's name for their text (lib/notifications/notify.ts): on
      // the self-assessments where this person commented, decided or proposed, it goes.
      tx.$executeRaw`
        UPDATE "Notification" SET "data" = "data" - 'actorName'
        WHERE "data"->>'actorName' = ${person.name}
          AND "assessmentId" IN (
            SELECT "assessmentId" FROM "Comment" WHERE "authorId" = ${person.id}
            UNION SELECT r."assessmentId" FROM "Decision" d JOIN "Revision" r ON r."id" = d."revisionId"
              WHERE d."decidedById" = ${person.id} OR d."confirmedById" = ${person.id}
            UNION SELECT r."assessmentId" FROM "DecisionProposal" p JOIN "Revision" r ON r."id" = p."revisionId"
              WHERE p."proposedById" = ${person.id} OR p."resolvedById" = ${person.id}
          )`,
      tx.mail.updateMany({ where: { to: oldEmail }, data: { to: pseudonym, body: '', nextAttemptAt: null, linkToken: null } }),
      tx.loginAttempt.deleteMany({ where: { email: oldEmail } }),
      // Rate-limit keys end in the address they limit ("register:<address>", "resend:<address>").
      tx.$executeRaw`DELETE FROM "RateLimitEvent" WHERE right("key", ${oldEmail.length + 1}) = ${`:${oldEmail}`}`,
    ]);
    const counts: ErasureCounts = {
      tokens: tokens.count,
      invitationsRevoked: invitationsRevoked.count,
      invitationsPseudonymised: invitationsPseudonymised.count,
      notifications: notifications.count,
      notificationsNamingThem,
      mails: mails.count,
      loginAttempts: loginAttempts.count,
      rateLimitEvents,
    };
    await recordAuditEvent({
      db: tx,
      actorId: actor.id,
      action: 'user.erased',
      subjectType: 'User',
      subjectId: person.id,
      details: { role: person.role, counts },
    });
    return { userId: person.id, counts };
  });
}
