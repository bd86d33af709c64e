'use client';

import { signOutHere } from '@/components/auth/auth-requests';
import { buttonClass } from '@/components/ui/button-classes';

/**
 * „Abmelden“: ends the session, then loads the start page on the host the browser uses — a
 * full navigation, like signing in, so that no page or header keeps the signed-in state.
 */
export function SignOutButton({ label }: { label: string }) {
  async function signOut() {
    await signOutHere();
    // Deliberately a full navigation (see above), not the client router.
    // eslint-disable-next-line @next/next/no-location-assign-relative-destination
    window.location.assign('/');
  }
  return (
    <button type="button" onClick={() => void signOut()} className={buttonClass('secondary', 'compact')}>
      {label}
    </button>
  );
}
