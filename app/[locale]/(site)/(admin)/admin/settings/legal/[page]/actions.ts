'use server';

import { revalidatePath } from 'next/cache';
import { requirePermission } from '@/lib/auth/guards';
import { ok, type ActionResult } from '@/lib/forms/action-result';
import { toActionFailure } from '@/lib/forms/to-action-failure';
import { isLegalPage } from '@/lib/legal/legal-pages';
import { updateLegalText, type LegalTextConflict } from '@/lib/legal/update-legal-text';
import { NotFoundError } from '@/lib/errors';
import type { Settings } from '@/lib/settings/setting-definitions';
import { updateSettings } from '@/lib/settings/update-settings';

/** Saves a legal page's texts (bound to the page) and renews its cached public page in both languages. */
export async function saveLegalText(page: unknown, input: unknown): Promise<ActionResult<{ updatedAt: string }, LegalTextConflict>> {
  const actor = await requirePermission('settings:manage');
  try {
    if (typeof page !== 'string' || !isLegalPage(page)) throw new NotFoundError('LegalPage');
    const { updatedAt } = await updateLegalText({ actor, page, input });
    // The route file's path, route groups included (Next matches the page's cache tags by it).
    revalidatePath(`/[locale]/(public)/(legal)/${page}`, 'page');
    revalidatePath(`/admin/settings`);
    return ok({ updatedAt: updatedAt.toISOString() });
  } catch (error) {
    return toActionFailure(error, 'settings/legal');
  }
}

/**
 * Saves the Barrierefreiheitserklärung's structured parts (settings `accessibility.*`, audited as
 * `settings.updated`) and renews its cached public page.
 */
export async function saveAccessibilityStatement(input: unknown): Promise<ActionResult<Settings>> {
  const actor = await requirePermission('settings:manage');
  try {
    const settings = await updateSettings({ actor, input });
    revalidatePath('/[locale]/(public)/(legal)/barrierefreiheit', 'page');
    revalidatePath('/admin/settings/legal/barrierefreiheit');
    return ok(settings);
  } catch (error) {
    return toActionFailure(error, 'settings/accessibility');
  }
}
