import { db } from '@/lib/db';
import { recordAuditEvent } from '@/lib/audit/record-audit-event';
import { hasPermission } from '@/lib/auth/permissions';
import type { ScopeActor } from '@/lib/auth/scope';
import { AuthorizationError, NotFoundError } from '@/lib/errors';
import type { Locale } from '@/lib/i18n/config';
import { changeOwnLocaleSchema } from '@/lib/users/change-own-locale-schema';

/**
 * The account's language (User.locale): its mails are written in it, and signing in sets the
 * language cookie to it (lib/i18n/follow-locale-preference.ts). Audit event `user.locale-changed`
 * (before and after) when it changes. The caller sets the cookie for the current browser.
 */
export async function changeOwnLocale({ actor, input }: { actor: ScopeActor; input: unknown }): Promise<{ locale: Locale }> {
  if (!hasPermission(actor.role, 'account:read')) throw new AuthorizationError('forbidden');
  const { locale } = changeOwnLocaleSchema.parse(input);
  return db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id: actor.id }, select: { locale: true } });
    if (!user) throw new NotFoundError('User');
    if (user.locale === locale) return { locale };
    await tx.user.update({ where: { id: actor.id }, data: { locale }, select: { id: true } });
    await recordAuditEvent({
      db: tx,
      actorId: actor.id,
      action: 'user.locale-changed',
      subjectType: 'User',
      subjectId: actor.id,
      details: { before: { locale: user.locale }, after: { locale } },
    });
    return { locale };
  });
}
