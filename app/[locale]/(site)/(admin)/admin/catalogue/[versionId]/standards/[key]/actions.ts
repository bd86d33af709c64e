'use server';

import { revalidatePath } from 'next/cache';
import { requirePermission } from '@/lib/auth/guards';
import type { StoredDraftStandard } from '@/lib/catalogue/draft-standard-select';
import { retireDraftStandard } from '@/lib/catalogue/retire-draft-standard';
import { updateDraftStandard } from '@/lib/catalogue/update-draft-standard';
import { parseId } from '@/lib/forms/action-args';
import { ok, type ActionResult } from '@/lib/forms/action-result';
import { toActionFailure } from '@/lib/forms/to-action-failure';

/** Saves a standard's texts (a stale save answers `catalogueChanged` with the stored standard in `details`). */
export async function updateStandardAction(versionId: unknown, input: unknown): Promise<ActionResult<StoredDraftStandard, StoredDraftStandard>> {
  const actor = await requirePermission('catalogue:manage');
  try {
    const saved = await updateDraftStandard({ actor, versionId: parseId(versionId, 'CatalogueVersion'), input });
    revalidatePath('/admin/catalogue', 'layout');
    return ok(saved);
  } catch (error) {
    return toActionFailure(error, 'catalogue/update-standard');
  }
}

/** „Als „entfällt“ markieren“ / „Wieder aufnehmen“. */
export async function retireStandardAction(versionId: unknown, input: unknown): Promise<ActionResult<{ retired: boolean }>> {
  const actor = await requirePermission('catalogue:manage');
  try {
    const result = await retireDraftStandard({ actor, versionId: parseId(versionId, 'CatalogueVersion'), input });
    revalidatePath('/admin/catalogue', 'layout');
    return ok(result);
  } catch (error) {
    return toActionFailure(error, 'catalogue/retire-standard');
  }
}
