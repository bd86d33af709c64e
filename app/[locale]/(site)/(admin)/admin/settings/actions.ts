'use server';

import { revalidatePath } from 'next/cache';
import { requirePermission } from '@/lib/auth/guards';
import { ok, type ActionResult } from '@/lib/forms/action-result';
import { toActionFailure } from '@/lib/forms/to-action-failure';
import type { Settings } from '@/lib/settings/setting-definitions';
import { updateSettings } from '@/lib/settings/update-settings';

/** Saves the settings form (/admin/settings). */
export async function saveSettings(input: unknown): Promise<ActionResult<Settings>> {
  const actor = await requirePermission('settings:manage');
  try {
    const settings = await updateSettings({ actor, input });
    revalidatePath('/admin/settings');
    return ok(settings);
  } catch (error) {
    return toActionFailure(error, 'settings/save');
  }
}
