'use client';

import { useRouter } from 'next/navigation';
import { signOutHere } from '@/components/auth/auth-requests';
import { buttonClass } from '@/components/ui/button-classes';

/** „Abmelden“: ends the session, then shows the start page, on the host the browser uses. */
export function SignOutButton({ label }: { label: string }) {
  const router = useRouter();
  async function signOut() {
    await signOutHere();
    router.push('/');
    router.refresh();
  }
  return (
    <button type="button" onClick={() => void signOut()} className={buttonClass('secondary', 'compact')}>
      {label}
    </button>
  );
}
