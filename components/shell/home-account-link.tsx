'use client';

import { useSessionUser } from '@/components/shell/session-context';
import { buttonClass } from '@/components/ui/button-classes';

/** The start page's second button: „Zu meiner Startseite“ when signed in, else „Anmelden“ (kept invisible while a cached page still asks). */
export function HomeAccountLink({ labels }: { labels: { signIn: string; goHome: string } }) {
  const user = useSessionUser();
  if (user === undefined) {
    return (
      <span aria-hidden="true" className={`${buttonClass('secondary')} invisible`}>
        {labels.signIn}
      </span>
    );
  }
  return user ? (
    <a href="/home" className={buttonClass('secondary')}>
      {labels.goHome}
    </a>
  ) : (
    <a href="/login" className={buttonClass('secondary')}>
      {labels.signIn}
    </a>
  );
}
