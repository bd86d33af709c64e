'use server';

import { revalidatePath } from 'next/cache';
import { requirePermission } from '@/lib/auth/guards';
import { clearSessionCookie, renewSessionCookie } from '@/lib/auth/renew-session-cookie';
import { ok, type ActionResult } from '@/lib/forms/action-result';
import { toActionFailure } from '@/lib/forms/to-action-failure';
import type { Locale } from '@/lib/i18n/config';
import { setLocaleCookie } from '@/lib/i18n/locale-cookie';
import { portalBaseUrl } from '@/lib/mail/portal-base-url';
import { changeOwnLocale } from '@/lib/users/change-own-locale';
import { changeOwnName } from '@/lib/users/change-own-name';
import { changeOwnPassword } from '@/lib/users/change-own-password';
import { endAllSessions } from '@/lib/users/end-all-sessions';
import { requestEmailChange } from '@/lib/users/request-email-change';

/** „Name speichern“ (/account). */
export async function changeNameAction(input: unknown): Promise<ActionResult<{ name: string }>> {
  const actor = await requirePermission('account:read');
  try {
    const result = await changeOwnName({ actor, input });
    revalidatePath('/account');
    return ok(result);
  } catch (error) {
    return toActionFailure(error, 'account/name');
  }
}

/** „Bestätigungslink senden“: a link to the new address, a notice to the old one. */
export async function requestEmailChangeAction(input: unknown): Promise<ActionResult<{ email: string }>> {
  const actor = await requirePermission('account:read');
  try {
    return ok(await requestEmailChange({ actor, input, baseUrl: portalBaseUrl() }));
  } catch (error) {
    return toActionFailure(error, 'account/email');
  }
}

/** „Passwort ändern“: every other session ends; this browser gets a token of the new session version. */
export async function changePasswordAction(input: unknown): Promise<ActionResult<null>> {
  const actor = await requirePermission('account:read');
  try {
    const { sessionVersion } = await changeOwnPassword({ actor, input });
    await renewSessionCookie({ userId: actor.id, sessionVersion });
    return ok(null);
  } catch (error) {
    return toActionFailure(error, 'account/password');
  }
}

/** „Sprache speichern“: the account's language, and this browser's at once. */
export async function changeLocaleAction(input: unknown): Promise<ActionResult<{ locale: Locale }>> {
  const actor = await requirePermission('account:read');
  try {
    const result = await changeOwnLocale({ actor, input });
    await setLocaleCookie(result.locale);
    return ok(result);
  } catch (error) {
    return toActionFailure(error, 'account/locale');
  }
}

/** „Überall abmelden“: every session ends, this one too (the browser then shows the sign-in form). */
export async function signOutEverywhereAction(): Promise<ActionResult<null>> {
  const actor = await requirePermission('account:read');
  try {
    await endAllSessions({ actor });
    await clearSessionCookie();
    return ok(null);
  } catch (error) {
    return toActionFailure(error, 'account/sign-out-everywhere');
  }
}
