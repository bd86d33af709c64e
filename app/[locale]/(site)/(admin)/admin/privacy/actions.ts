'use server';

import { revalidatePath } from 'next/cache';
import { requirePermission } from '@/lib/auth/guards';
import { ok, type ActionResult } from '@/lib/forms/action-result';
import { toActionFailure } from '@/lib/forms/to-action-failure';
import { erasePerson } from '@/lib/privacy/erase-person';

/** „Endgültig löschen“ on /admin/privacy (Art. 17 DSGVO): `{ userId, confirmEmail }`. */
export async function erasePersonAction(input: unknown): Promise<ActionResult<{ userId: string }>> {
  const actor = await requirePermission('privacy:manage');
  try {
    const { userId } = await erasePerson({ actor, input });
    revalidatePath('/admin/privacy');
    return ok({ userId });
  } catch (error) {
    return toActionFailure(error, 'privacy/erase');
  }
}
