'use server';

import { revalidatePath } from 'next/cache';
import { requirePermission } from '@/lib/auth/guards';
import { createDraftVersion } from '@/lib/catalogue/create-draft-version';
import { ok, type ActionResult } from '@/lib/forms/action-result';
import { toActionFailure } from '@/lib/forms/to-action-failure';

/** „Entwurf anlegen“ (/admin/catalogue): a draft copied from the latest published version. */
export async function createDraftAction(): Promise<ActionResult<{ id: string; number: number }>> {
  const actor = await requirePermission('catalogue:manage');
  try {
    const draft = await createDraftVersion({ actor });
    revalidatePath('/admin/catalogue', 'layout');
    return ok(draft);
  } catch (error) {
    return toActionFailure(error, 'catalogue/create-draft');
  }
}
