'use server';

import { revalidatePath } from 'next/cache';
import { requirePermission } from '@/lib/auth/guards';
import { addDraftStandard } from '@/lib/catalogue/add-draft-standard';
import { discardDraftVersion } from '@/lib/catalogue/discard-draft-version';
import { moveDraftStandard } from '@/lib/catalogue/move-draft-standard';
import { updateDraftHeading, type StoredDraftHeading } from '@/lib/catalogue/update-draft-heading';
import { parseId } from '@/lib/forms/action-args';
import { ok, type ActionResult } from '@/lib/forms/action-result';
import { toActionFailure } from '@/lib/forms/to-action-failure';

/**
 * The draft editor's overview (/admin/catalogue/[versionId]), each action bound to the version's
 * id: parse → authorize → call → answer. The domain functions parse the input with their schema.
 */
async function run<T, E = unknown>(where: string, work: () => Promise<T>): Promise<ActionResult<T, E>> {
  try {
    const data = await work();
    revalidatePath('/admin/catalogue', 'layout');
    return ok(data);
  } catch (error) {
    return toActionFailure<E>(error, where);
  }
}

export async function updateHeadingAction(versionId: unknown, input: unknown): Promise<ActionResult<StoredDraftHeading, StoredDraftHeading>> {
  const actor = await requirePermission('catalogue:manage');
  return run<StoredDraftHeading, StoredDraftHeading>('catalogue/heading', () => updateDraftHeading({ actor, versionId: parseId(versionId, 'CatalogueVersion'), input }));
}

export async function addStandardAction(versionId: unknown, input: unknown): Promise<ActionResult<{ key: string; number: number }>> {
  const actor = await requirePermission('catalogue:manage');
  return run('catalogue/add-standard', () => addDraftStandard({ actor, versionId: parseId(versionId, 'CatalogueVersion'), input }));
}

export async function moveStandardAction(versionId: unknown, input: unknown): Promise<ActionResult<{ moved: boolean }>> {
  const actor = await requirePermission('catalogue:manage');
  return run('catalogue/move-standard', () => moveDraftStandard({ actor, versionId: parseId(versionId, 'CatalogueVersion'), input }));
}

export async function discardDraftAction(versionId: unknown): Promise<ActionResult<{ number: number }>> {
  const actor = await requirePermission('catalogue:manage');
  return run('catalogue/discard-draft', () => discardDraftVersion({ actor, versionId: parseId(versionId, 'CatalogueVersion') }));
}
