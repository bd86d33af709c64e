import type { Tx } from '@/lib/db/types';
import { recordAuditEvent } from '@/lib/audit/record-audit-event';
import { discardUnconfirmedAccounts } from '@/lib/registration/discard-unconfirmed-accounts';

/**
 * Inside the caller's transaction: an earlier registration of `email` that was never confirmed
 * gives way to a new one (a registration at /register, or an accepted staff invitation), whoever
 * made it (ADR 024): the account, its tokens and the organisation it registered go
 * (lib/registration/discard-unconfirmed-accounts.ts), so nothing of it survives into the account
 * the address's owner confirms. One audit event `user.registration-replaced` per account.
 * Returns false when there was none to replace.
 */
export async function replaceUnconfirmedRegistration({ tx, email }: { tx: Tx; email: string }): Promise<boolean> {
  const discarded = await discardUnconfirmedAccounts({ tx, email });
  for (const userId of discarded.userIds) {
    await recordAuditEvent({
      db: tx,
      actorId: null,
      action: 'user.registration-replaced',
      subjectType: 'User',
      subjectId: userId,
      details: { deletedOrganisationIds: discarded.organisationIds },
    });
  }
  return discarded.userIds.length > 0;
}
