'use server';

import { revalidatePath } from 'next/cache';
import { requirePermission } from '@/lib/auth/guards';
import { publishCatalogueVersion } from '@/lib/catalogue/publish-catalogue-version';
import { parseId } from '@/lib/forms/action-args';
import { ok, type ActionResult } from '@/lib/forms/action-result';
import { toActionFailure } from '@/lib/forms/to-action-failure';

/**
 * „Veröffentlichen“ with the change note. Then the cached public catalogue pages are rendered
 * again: /standards (the newest) and every /standards/[version] (their version list and notice
 * name the newest) — at once in this process, elsewhere within their `revalidate` (ADR 011).
 */
export async function publishAction(versionId: unknown, input: unknown): Promise<ActionResult<{ id: string; number: number }>> {
  const actor = await requirePermission('catalogue:manage');
  try {
    const published = await publishCatalogueVersion({ actor, versionId: parseId(versionId, 'CatalogueVersion'), input });
    revalidatePath('/[locale]/(public)/standards', 'page');
    revalidatePath('/[locale]/(public)/standards/[version]', 'page');
    revalidatePath('/admin/catalogue', 'layout');
    return ok(published);
  } catch (error) {
    return toActionFailure(error, 'catalogue/publish');
  }
}
