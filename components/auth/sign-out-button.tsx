'use client';

import { signOut } from 'next-auth/react';
import { buttonClass } from '@/components/ui/button-classes';

export function SignOutButton({ label }: { label: string }) {
  return (
    <button
      type="button"
      onClick={() => void signOut({ callbackUrl: '/' })}
      className={buttonClass('secondary', 'compact')}
    >
      {label}
    </button>
  );
}
