import { db } from '@/lib/db';
import { recordAuditEvent } from '@/lib/audit/record-audit-event';
import { hasPermission } from '@/lib/auth/permissions';
import type { ScopeActor } from '@/lib/auth/scope';
import { AuthorizationError } from '@/lib/errors';
import { getSettings } from '@/lib/settings/get-settings';
import { SETTING_DEFINITIONS, SETTING_KEYS, type SettingKey, type Settings } from '@/lib/settings/setting-definitions';
import { updateSettingsSchema } from '@/lib/settings/update-settings-schema';

/**
 * Changes settings (administrators, `settings:manage`). `input` is the form's
 * (`updateSettingsSchema`: field name → value; fields left out stay as they are). The settings are
 * read and written in one transaction, holding a lock on the table against a second
 * administrator's save in between, and the audit event `settings.updated` records before and
 * after of every setting that changed. Returns all settings as they are now.
 */
export async function updateSettings({ actor, input }: { actor: ScopeActor; input: unknown }): Promise<Settings> {
  if (!hasPermission(actor.role, 'settings:manage')) throw new AuthorizationError('forbidden');
  const data = updateSettingsSchema.parse(input);
  return db.$transaction(async (tx) => {
    // Saves queue up; reads (getSettings elsewhere) go on.
    await tx.$executeRaw`LOCK TABLE "Setting" IN SHARE ROW EXCLUSIVE MODE`;
    const before = await getSettings({ db: tx });
    const changed: SettingKey[] = SETTING_KEYS.filter((key) => {
      const value = data[SETTING_DEFINITIONS[key].field];
      return value !== undefined && JSON.stringify(value) !== JSON.stringify(before[key]);
    });
    if (changed.length === 0) return before;
    const after: Settings = { ...before };
    for (const key of changed) (after as Record<SettingKey, unknown>)[key] = data[SETTING_DEFINITIONS[key].field];
    // One statement for every changed setting.
    await tx.$executeRaw`
      INSERT INTO "Setting" ("key", "value", "updatedAt", "updatedById")
      SELECT k, v, now(), ${actor.id} FROM unnest(${changed}::text[], ${changed.map((key) => JSON.stringify(after[key]))}::jsonb[]) AS u(k, v)
      ON CONFLICT ("key") DO UPDATE SET "value" = EXCLUDED."value", "updatedAt" = EXCLUDED."updatedAt", "updatedById" = EXCLUDED."updatedById"`;
    await recordAuditEvent({
      db: tx,
      actorId: actor.id,
      action: 'settings.updated',
      subjectType: 'Setting',
      subjectId: changed.join(','),
      details: {
        before: Object.fromEntries(changed.map((key) => [key, before[key]])),
        after: Object.fromEntries(changed.map((key) => [key, after[key]])),
      },
    });
    return after;
  });
}
