'use server';

import { ok, type ActionResult } from '@/lib/forms/action-result';
import { toActionFailure } from '@/lib/forms/to-action-failure';
import { resetPassword } from '@/lib/users/reset-password';

/** /password/reset (public: the link is the proof), bound to the token from the link. */
export async function resetPasswordAction(token: unknown, input: unknown): Promise<ActionResult<{ email: string }>> {
  try {
    return ok(await resetPassword({ token: typeof token === 'string' ? token : '', input }));
  } catch (error) {
    return toActionFailure(error, 'password/reset');
  }
}
