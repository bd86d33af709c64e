import { db } from '@/lib/db';
import { recordAuditEvent } from '@/lib/audit/record-audit-event';
import { hasPermission } from '@/lib/auth/permissions';
import type { ScopeActor } from '@/lib/auth/scope';
import { AuthorizationError, ConflictError } from '@/lib/errors';
import { LOCALES, type Locale } from '@/lib/i18n/config';
import { legalSettingKey, legalTexts, type LegalPage } from '@/lib/legal/legal-pages';
import { updateLegalTextSchema } from '@/lib/legal/update-legal-text-schema';

/** What a conflict hands the form: the texts saved in between, and their version. */
export type LegalTextConflict = Record<Locale, string> & { updatedAt: string };

/**
 * Saves a legal page's text in every language (administrators, `settings:manage`). Optimistic
 * concurrency: `expectedUpdatedAt` must be the stored version (null: none stored yet), else
 * ConflictError('legalTextChanged') with the stored texts and nothing is overwritten. The read,
 * the write and the audit event `legal.updated` (before and after) are one transaction, under
 * the same table lock as the other settings. Returns the new version.
 */
export async function updateLegalText({ actor, page, input }: { actor: ScopeActor; page: LegalPage; input: unknown }) {
  if (!hasPermission(actor.role, 'settings:manage')) throw new AuthorizationError('forbidden');
  const data = updateLegalTextSchema.parse(input);
  const key = legalSettingKey(page);
  return db.$transaction(async (tx) => {
    await tx.$executeRaw`LOCK TABLE "Setting" IN SHARE ROW EXCLUSIVE MODE`;
    const stored = await tx.setting.findUnique({ where: { key }, select: { value: true, updatedAt: true } });
    const before = stored ? legalTexts(stored.value) : null;
    if ((stored?.updatedAt.toISOString() ?? null) !== data.expectedUpdatedAt) {
      throw new ConflictError<LegalTextConflict | undefined>(
        'legalTextChanged',
        stored && before ? { ...before, updatedAt: stored.updatedAt.toISOString() } : undefined,
      );
    }
    const value = Object.fromEntries(LOCALES.map((locale) => [locale, data[locale]])) as Record<Locale, string>;
    const saved = await tx.setting.upsert({
      where: { key },
      create: { key, value, updatedById: actor.id },
      update: { value, updatedById: actor.id },
      select: { updatedAt: true },
    });
    await recordAuditEvent({
      db: tx,
      actorId: actor.id,
      action: 'legal.updated',
      subjectType: 'Setting',
      subjectId: key,
      details: { before, after: value },
    });
    return { updatedAt: saved.updatedAt };
  });
}
