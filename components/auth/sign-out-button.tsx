'use client';

import { useRouter } from 'next/navigation';
import { signOut } from 'next-auth/react';
import { buttonClass } from '@/components/ui/button-classes';

/** „Abmelden“: ends the session, then shows the start page, on the host the browser uses. */
export function SignOutButton({ label }: { label: string }) {
  const router = useRouter();
  async function signOutHere() {
    await signOut({ redirect: false });
    router.push('/');
    router.refresh();
  }
  return (
    <button type="button" onClick={() => void signOutHere()} className={buttonClass('secondary', 'compact')}>
      {label}
    </button>
  );
}
