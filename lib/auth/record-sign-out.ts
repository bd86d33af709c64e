import { db } from '@/lib/db';
import { recordAuditEvent } from '@/lib/audit/record-audit-event';

/**
 * „Abmelden“: the audit event `user.sign-out` for the user whose session ended (next-auth's
 * `signOut` event, lib/auth/auth-options.ts). A session cookie that could not be read names no
 * user and records nothing.
 */
export async function recordSignOut({ userId }: { userId: string | null | undefined }): Promise<void> {
  if (!userId) return;
  await recordAuditEvent({ db, actorId: userId, action: 'user.sign-out', subjectType: 'User', subjectId: userId });
}
