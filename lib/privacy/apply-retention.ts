import { db } from '@/lib/db';
import { recordAuditEvent } from '@/lib/audit/record-audit-event';
import { discardUnconfirmedAccounts } from '@/lib/registration/discard-unconfirmed-accounts';
import { getSettings } from '@/lib/settings/get-settings';

const DAY_MS = 24 * 60 * 60_000;

export type RetentionCounts = {
  /** Accounts never confirmed, older than the period, that created no project. */
  unconfirmedAccounts: number;
  /** Organisations registered with such an account and left without users and projects. */
  organisations: number;
  /** Confirmation and password-reset tokens used or expired before the period. */
  tokens: number;
  loginAttempts: number;
  rateLimitEvents: number;
  /** Mails whose body was blanked. */
  mailBodies: number;
};

/**
 * The retention job (daily, lib/jobs/start-job-worker.ts): deletes what the portal no longer
 * needs, each after its period in days from the settings (`retention.*`, /admin/settings):
 * - accounts whose address was never confirmed, created before the period (they expired then,
 *   ADR 024), that created no project and are not erased (an erased person's row is a funding
 *   record's author) — and an organisation registered with one that is then left without users
 *   and projects (lib/registration/discard-unconfirmed-accounts.ts, shared with registration);
 * - confirmation and password-reset tokens used, or expired, before the period;
 * - sign-in attempts and rate-limit rows older than the period;
 * - the mail log's bodies older than the period: blanked (recipient, subject, status stay), and
 *   such a mail is never sent any more.
 * Exactly what is older than its period, nothing younger. One transaction with one audit event
 * `retention.applied` (the counts and periods; never a name or address). Returns the counts.
 */
export async function applyRetention({ now = new Date() }: { now?: Date } = {}): Promise<RetentionCounts> {
  return db.$transaction(async (tx) => {
    const settings = await getSettings({ db: tx });
    const periods = {
      unconfirmedAccountDays: settings['retention.unconfirmedAccountDays'],
      tokenDays: settings['retention.tokenDays'],
      loginAttemptDays: settings['retention.loginAttemptDays'],
      rateLimitDays: settings['retention.rateLimitDays'],
      mailBodyDays: settings['retention.mailBodyDays'],
    };
    const before = (days: number) => new Date(now.getTime() - days * DAY_MS);

    const discarded = await discardUnconfirmedAccounts({ tx, createdBefore: before(periods.unconfirmedAccountDays) });

    const tokenCutoff = before(periods.tokenDays);
    const mailCutoff = before(periods.mailBodyDays);
    const [tokens, loginAttempts, rateLimitEvents, mailBodies] = await Promise.all([
      tx.userToken.deleteMany({ where: { OR: [{ usedAt: { lt: tokenCutoff } }, { expiresAt: { lt: tokenCutoff } }] } }),
      tx.loginAttempt.deleteMany({ where: { at: { lt: before(periods.loginAttemptDays) } } }),
      tx.rateLimitEvent.deleteMany({ where: { at: { lt: before(periods.rateLimitDays) } } }),
      tx.mail.updateMany({ where: { createdAt: { lt: mailCutoff }, body: { not: '' } }, data: { body: '', nextAttemptAt: null, linkToken: null } }),
    ]);

    const counts: RetentionCounts = {
      unconfirmedAccounts: discarded.userIds.length,
      organisations: discarded.organisationIds.length,
      tokens: tokens.count,
      loginAttempts: loginAttempts.count,
      rateLimitEvents: rateLimitEvents.count,
      mailBodies: mailBodies.count,
    };
    await recordAuditEvent({ db: tx, actorId: null, action: 'retention.applied', subjectType: 'Retention', details: { counts, periods } });
    return counts;
  });
}
